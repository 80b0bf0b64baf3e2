import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../../test/support/lang.ts';
import { validateMinimal, type Edits } from '../../../test/support/tree.ts';
import { DATA_KINDS, KIND_IDS, kindOf } from '../schema/kinds.ts';
import { RULES } from './rules/index.ts';
import { fileListBlock } from '../drafts/data-readme.ts';
import { formatIssue } from './issues.ts';
import type { Rule } from './rule.ts';

const ledgerFolder = join(import.meta.dirname, '..', 'ledger');

/**
 * Each rule's test, by the rule's name: a <name>.test.ts in rules/, or a ledger kind's rules.test.ts beside the
 * rules.ts that names it (src/lib/ledger/<kind>/).
 */
const ruleTests = new Map<string, string>([
  ...readdirSync(join(import.meta.dirname, 'rules'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.test.ts'))
    .map((f): [string, string] => [f.split('/').at(-1)!.replace('.test.ts', ''), f]),
  ...readdirSync(ledgerFolder)
    .filter((kind) => existsSync(join(ledgerFolder, kind, 'rules.test.ts')))
    .map((kind): [string, string] => [
      /\n {2}name: '([^']+)',/.exec(readFileSync(join(ledgerFolder, kind, 'rules.ts'), 'utf8'))![1],
      `${kind}/rules.test.ts`,
    ]),
]);

describe('the table of data-file kinds', () => {
  it('knows each kind by its location in the data folder, and nothing else', () => {
    for (const id of KIND_IDS) expect(kindOf(DATA_KINDS[id].example)).toBe(id);
    expect(kindOf('reports/2005/2005-3.yaml')).toBeUndefined();
    expect(kindOf('notes.yaml')).toBeUndefined();
  });

  it('gives every rule a unique name, a one-line description and a test beside it', () => {
    const names = RULES.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const rule of RULES) {
      expect(rule.description.length, rule.name).toBeGreaterThan(20);
      expect(rule.description, rule.name).not.toContain('\n');
      expect(ruleTests.has(rule.name), `rules/**/${rule.name}.test.ts or ledger/<kind>/rules.test.ts`).toBe(true);
    }
  });

  it('runs every rule written in rules/ and in each ledger kind’s folder (a line in rules/index.ts or ledger/rules.ts)', () => {
    expect(RULES.map((r) => r.name).sort()).toEqual([...ruleTests.keys()].sort());
  });

  it('is the file list of data/README.md (npm run docs:data writes it)', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'README.md'), 'utf8');
    expect(readme).toContain(fileListBlock());
  });
});

describe('validating a tree', () => {
  it('says which check raised every issue', () => {
    const issues = validateMinimal({
      'notes.yaml': 'a: 1\n',
      'site.yaml': null,
      'reports/2005/2005-02.yaml': (t) => t.replace('contracted: 380', 'contracted: -1'),
      'reports/2005/2005-03.yaml': (t) => t.replace('period: 2005-03', 'period: 2005-05'),
    });
    expect(issues.map((i) => `${i.file} ${i.rule}`)).toEqual([
      'data/notes.yaml file-location',
      'data/reports/2005/2005-02.yaml schema',
      'data/reports/2005/2005-03.yaml report-period',
      'data/site.yaml required-files',
    ]);
  });

  it('hints where a near-miss file name belongs, from the kinds that could take it', () => {
    const hint = (file: string) =>
      validateMinimal({ [file]: 'a: 1\n' }).find((i) => i.rule === 'file-location')?.suggestion;
    expect(hint('reports/2005/2005-4.yaml')).toBe('改名为 2005-04.yaml（月份写两位）');
    expect(hint('reports/2005-04.yaml')).toBe('放进当年的文件夹：reports/2005/2005-04.yaml');
    expect(hint('reports/2005/2005-04.yml')).toBe('扩展名用 .yaml：改名为 reports/2005/2005-04.yaml');
    expect(hint('reports/2005/2005-04 (1).yaml')).toContain('改名为 2005-04.yaml（');
  });

  it('leaves files that name indicators unchecked while the indicator list is broken, instead of repeating one mistake', () => {
    const issues = validateMinimal({ 'indicators.yaml': (t) => t.replace('id: contracted', 'id: Contracted') });
    expect(new Set(issues.map((i) => i.file))).toEqual(new Set(['data/indicators.yaml']));
  });
});

describe('a rule that throws', () => {
  const brokenRule: Rule = {
    name: 'throws-on-reports',
    description: 'a rule with a bug: it throws while reading the second report of 2005',
    needs: ['units', 'indicators'],
    check: (context) => {
      for (const { value } of context.files.report) if (value.period === '2005-02') throw new Error('boom');
      return [];
    },
  };
  const withBrokenRule = (edits: Edits = {}) => validateMinimal(edits, { rules: [brokenRule, ...RULES] });

  it('is reported as its own failure at the file it was reading, and fails the check', () => {
    const issues = withBrokenRule().filter((i) => i.rule === 'throws-on-reports');
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'data/reports/2005/2005-02.yaml',
        line: 1,
        got: '检查“throws-on-reports”自身出错：boom',
      }),
    ]);
  });

  it('does not stop the other rules: their issues are still reported', () => {
    const issues = withBrokenRule({
      'reports/2005/2005-03.yaml': (t) => t.replace('period: 2005-03', 'period: 2005-05'),
    });
    expect(issues.map((i) => `${i.file} ${i.rule}`)).toEqual([
      'data/reports/2005/2005-02.yaml throws-on-reports',
      'data/reports/2005/2005-03.yaml report-period',
    ]);
  });

  it('is located at the data folder when it threw before reading any file', () => {
    const early: Rule = {
      ...brokenRule,
      check: () => {
        throw new Error('boom');
      },
    };
    const issues = validateMinimal({}, { rules: [early] });
    expect(issues.map((i) => `${i.file} ${i.rule} ${i.severity}`)).toEqual(['data throws-on-reports error']);
  });

  describe('in English', () => {
    inEnglish();
    it('says so in English', () => {
      const issue = withBrokenRule().find((i) => i.rule === 'throws-on-reports');
      expect(formatIssue(issue!)).toBe(
        'data/reports/2005/2005-02.yaml:1:1: expected the check "throws-on-reports" to finish, got the check ' +
          '"throws-on-reports" itself failed: boom — not a mistake in the data, and the other checks ran: ' +
          'report this line to the developers',
      );
    });
  });
});
