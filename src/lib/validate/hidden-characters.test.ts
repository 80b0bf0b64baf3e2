import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateMinimal } from '../../../test/support/tree.ts';
import { kindOf } from '../schema/kinds.ts';
import { showHidden } from './hidden-characters.ts';

const fixture = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal', 'data');
const fixtureFiles = readdirSync(fixture, { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile())
  .map((d) => relative(fixture, join(d.parentPath, d.name)).split('\\').join('/'))
  .sort();

/**
 * Puts `char` after the first Chinese character of the file's first Chinese text that is not a comment; returns the
 * line it went on.
 */
function inject(text: string, char: string): { text: string; line: number } {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => !l.trimStart().startsWith('#') && /\p{Script=Han}/u.test(l));
  lines[line] = lines[line].replace(/\p{Script=Han}/u, (c) => c + char);
  return { text: lines.join('\n'), line: line + 1 };
}

const hiddenIssues = (edits: Parameters<typeof validateMinimal>[0]) =>
  validateMinimal(edits).filter((i) => i.rule === 'hidden-characters');

describe('hidden characters in text', () => {
  it('pass the fixture, whose texts hold none', () => {
    expect(validateMinimal()).toEqual([]);
  });

  it.each(fixtureFiles.map((f) => [`${kindOf(f)} (${f})`, f] as const))(
    'are refused in any text of a %s file, at the line that holds them',
    (_, file) => {
      let line = 0;
      const issues = hiddenIssues({
        [file]: (t) => {
          const edited = inject(t, '\u202E');
          line = edited.line;
          return edited.text;
        },
      });
      expect(issues.map((i) => ({ file: i.file, line: i.line, severity: i.severity }))).toEqual([
        { file: `data/${file}`, line, severity: 'error' },
      ]);
      expect(issues[0].got).toContain('\\u202E');
      expect(issues[0].field).not.toBe('');
    },
  );

  it.each([
    ['right-to-left override', '\u202E'],
    ['left-to-right embedding', '\u202A'],
    ['right-to-left isolate', '\u2067'],
    ['pop directional isolate', '\u2069'],
    ['left-to-right mark', '\u200E'],
    ['right-to-left mark', '\u200F'],
    ['Arabic letter mark', '\u061C'],
    ['zero-width space', '\u200B'],
    ['zero-width non-joiner', '\u200C'],
    ['zero-width joiner', '\u200D'],
    ['word joiner', '\u2060'],
    ['byte order mark inside text', '\uFEFF'],
    ['soft hyphen', '\u00AD'],
    ['C1 control (NEL)', '\u0085'],
    ['Hangul filler', '\u3164'],
    ['line separator', '\u2028'],
    ['tag character', '\u{E0041}'],
  ])('refuse a %s and write it as \\uXXXX', (_, char) => {
    const issues = hiddenIssues({ 'units.yaml': (t) => t.replace('name: 大中镇', `name: 大中${char}镇`) });
    expect(issues).toMatchObject([{ file: 'data/units.yaml', line: 15, field: 'units[2].name' }]);
    expect(issues[0].got).toContain(showHidden(char));
    expect(showHidden(char)).toMatch(/^\\u[0-9A-F]{4,5}$/);
  });

  it('refuse what a double-quoted escape puts in a value, and a tab or a bell written as an escape', () => {
    const issues = hiddenIssues({
      'units.yaml': (t) =>
        t
          .replace('name: 大中镇', 'name: "大中\\u202e镇"')
          .replace('name: 裕华镇', 'name: "裕华\\t镇"')
          .replace('name: 新丰镇', 'name: "新丰\\a镇"'),
    });
    expect(issues.map((i) => [i.field, i.got.match(/\\u[0-9A-F]{4}/g)?.[0]])).toEqual([
      ['units[2].name', '\\u202E'],
      ['units[3].name', '\\u0009'],
      ['units[4].name', '\\u0007'],
    ]);
  });

  it('name every character a text holds, once each', () => {
    const [issue] = hiddenIssues({
      'units.yaml': (t) => t.replace('name: 大中镇', 'name: "\\u202e大\\u200b中\\u200b镇"'),
    });
    expect(issue.got.match(/\\u[0-9A-F]{4}/g)).toEqual(['\\u202E', '\\u200B', '\\u200B', '\\u202E', '\\u200B']);
  });

  it('show a long text only around the first hidden character', () => {
    const long = `${'很长的备注'.repeat(20)}\u202E结尾`;
    const [issue] = hiddenIssues({ 'units.yaml': (t) => t.replace('note: 2005 年新设。', `note: ${long}`) });
    expect(issue.got.length).toBeLessThan(120);
    expect(issue.got).toContain('\\u202E结尾');
  });

  it('are told once when they also break an id: the message says what to delete', () => {
    const issues = validateMinimal({ 'units.yaml': (t) => t.replace('id: dazhong', 'id: "dazhong\\u200b"') });
    expect(issues.filter((i) => i.field === 'units[2].id').map((i) => i.rule)).toEqual(['hidden-characters']);
  });

  it('are told once when they also make a unit unknown in a report', () => {
    const issues = validateMinimal({
      'reports/2005/2005-03.yaml': (t) => t.replace('unit: dazhong', 'unit: "dazhong\\u200b"'),
    });
    expect(issues.filter((i) => i.field === 'units[2].unit').map((i) => i.rule)).toEqual(['hidden-characters']);
  });

  it('in a field name keep the message that lists the fields allowed', () => {
    const issues = validateMinimal({
      'reports/2005/2005-03.yaml': (t) => t.replace('    contracted: 210', '    contr\u200Bacted: 210'),
    });
    expect(issues.map((i) => [i.rule, i.field])).toEqual([['schema', 'units[2].contr\\u200Bacted']]);
  });

  it('in a key the schema checks as an id are refused once, as hidden characters', () => {
    const issues = validateMinimal({
      'plans/2005.yaml': (t) => t.replace('weights: { contracted: 40', 'weights: { "contr\\u200bacted": 40'),
    });
    expect(issues.filter((i) => i.rule !== 'plan').map((i) => [i.rule, i.field])).toEqual([
      ['hidden-characters', 'ranking.weights.contr\\u200Bacted'],
    ]);
  });

  it('leave ordinary text alone: line breaks in a block, no-break and full-width spaces, emoji, rare characters', () => {
    const issues = validateMinimal({
      'plans/2005.yaml': (t) =>
        t.replace(/tieRule: .*/, 'tieRule: |\n    并列同一位次，\n    其后“位次 顺延”　（如 1、2、2、4）🏅 𠀀。'),
    });
    expect(issues).toEqual([]);
  });
});
