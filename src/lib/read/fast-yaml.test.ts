import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { quickLoad } from './fast-yaml.ts';

const strict = (text: string) => parse(text, { version: '1.2', schema: 'core', merge: false, uniqueKeys: true });
const ROOT = join(import.meta.dirname, '..', '..', '..');

describe('the quick reader', () => {
  it('resolves every plain scalar as the YAML 1.2 core schema of `yaml` does', () => {
    const values = [
      ...['1_000', '0b1', 'yes', 'no', 'on', '2005-03', '2005-03-05', '012', '+5', '-5', '0o17', '0x1F', '0xg'],
      ...['.5', '-.5', '1.', '1.50', '1e3', '-1E-2', '.inf', '-.Inf', '+.INF', '12345678901234567890'],
      ...['~', 'null', 'Null', 'NULL', 'nULL', '', 'true', 'True', 'TRUE', 'tRUE', 'false', '"1"', "'~'", '1:2'],
    ];
    for (const v of values) expect(quickLoad(`a: ${v}\n`), v).toEqual(strict(`a: ${v}\n`));
    expect(Number.isNaN((quickLoad('a: .nan\n') as { a: number }).a)).toBe(true);
    expect(quickLoad('a: [1, b, ~, 2.5]\nb: |\n  x\n  y\n')).toEqual(strict('a: [1, b, ~, 2.5]\nb: |\n  x\n  y\n'));
  });

  it('gives every data file of the shipped board and the test boards the value `yaml` gives', () => {
    const dirs = [join(ROOT, 'data'), join(ROOT, 'test', 'fixtures'), join(ROOT, 'test', 'golden')];
    const files = dirs.flatMap((dir) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
        .map((d) => join(d.parentPath, d.name)),
    );
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const quick = quickLoad(text);
      if (quick !== undefined) expect(quick, file).toEqual(strict(text));
    }
  });

  it('leaves to `yaml` what it would have to judge: a duplicate key, a second document, a syntax error, no value', () => {
    for (const text of ['a: 1\na: 2\n', 'a: 1\n---\nb: 2\n', 'a: [1, 2\n', 'a: b: c\n', '# only a comment\n', ''])
      expect(quickLoad(text), JSON.stringify(text)).toBeUndefined();
  });
});
