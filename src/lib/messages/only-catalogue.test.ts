/**
 * Rules, the validator, reading and the scripts take every word they say from the catalogue: no
 * string or template literal in their source holds Chinese, except the few listed below that are
 * data (a value a clerk writes, a synthetic data file), not a message. Read with the TypeScript
 * scanner, so comments and regular expressions (patterns a clerk's text is matched against) are
 * not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The code whose words must come from the catalogue. */
const CHECKED = ['src/lib/validate', 'src/lib/read', 'scripts', 'src/data/board.ts'];

/** Chinese characters, Chinese punctuation and full-width forms. */
const CHINESE = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Chinese literals that are data, not messages: file → the literals allowed there ('*': the whole
 * file writes synthetic data files).
 */
const DATA: Record<string, readonly string[]> = {
  // The word that clears a plausibility error: the clerk writes it in a remark, the rule looks for it.
  'src/lib/validate/rules/plausible.ts': ['已核实'],
  // The full-width colon a Chinese input method types, looked for in the clerk's line.
  'src/lib/read/yaml-syntax.ts': ['：'],
  // A trivial page built to time Astro itself.
  'scripts/bench-site.ts': [
    '<html lang="zh-CN"><head><title>第 {n} 页</title></head><body><h1>第 {n} 页</h1><p>一个很小的页面。</p></body></html>',
  ],
  // Synthetic and sample data files (units, plans, reports, ledgers) for benchmarks and the sample board.
  'scripts/bench-board.ts': ['*'],
  // The benchmark fills forms as a unit would: the file name prefix and the cells' sample text.
  'scripts/bench-excel.ts': ['报送表', '填表人', '备注'],
  'scripts/sample/generate-sample.ts': ['*'],
  'scripts/sample/generate-ledger.ts': ['*'],
  // Writes deploy/nginx/csp.conf: a configuration file whose comments are for the server's administrator.
  'scripts/nginx-csp.ts': ['*'],
};

function sourceFiles(path: string): string[] {
  const full = join(ROOT, path);
  if (full.endsWith('.ts')) return [path];
  return readdirSync(full, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => relative(ROOT, join(full, f)).split('\\').join('/'));
}

/** Every string and template literal of a file that holds Chinese, with its line. */
function chineseLiterals(file: string, text: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      if (CHINESE.test(node.text))
        found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the words of rules, the validator, reading and the scripts', () => {
  const files = CHECKED.flatMap(sourceFiles);

  it('looks at the rules and the scripts (the list of files is not empty)', () => {
    expect(files).toContain('src/lib/validate/rules/plausible.ts');
    expect(files).toContain('scripts/validate.ts');
    expect(files.length).toBeGreaterThan(40);
  });

  it('come from the message catalogue: no Chinese literal outside src/lib/messages/ but data', () => {
    const stray = files.flatMap((file) => {
      const allowed = DATA[file] ?? [];
      if (allowed.includes('*')) return [];
      return chineseLiterals(file, readFileSync(join(ROOT, file), 'utf8'))
        .filter((l) => !allowed.includes(l.text))
        .map((l) => `${file}:${l.line} ${l.text}`);
    });
    expect(stray).toEqual([]);
  });

  it('would catch a Chinese message written in place, in a string or a template', () => {
    const code = "const a = say('数据有错误');\nconst b = `共 ${n} 处`;\n// 注释不算\nconst c = /月/;\n";
    expect(chineseLiterals('x.ts', code)).toEqual([
      { line: 1, text: '数据有错误' },
      { line: 2, text: '共 ' },
      { line: 2, text: ' 处' },
    ]);
  });

  it('keeps its allow-list to data that is still there', () => {
    for (const [file, allowed] of Object.entries(DATA)) {
      if (allowed.includes('*')) continue;
      const texts = chineseLiterals(file, readFileSync(join(ROOT, file), 'utf8')).map((l) => l.text);
      for (const text of allowed) expect(texts, file).toContain(text);
    }
  });
});
