import { describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_KIND, githubAnnotations, githubSummary, inert } from './github.ts';
import type { Issue } from '../read/issue.ts';

const issue = (over: Partial<Issue>): Issue => ({
  severity: 'error',
  file: 'data/reports/2005/2005-03.yaml',
  line: 7,
  col: 5,
  field: 'units[1].contractd',
  expected: '这些字段之一：unit、contracted',
  got: '不认识的字段“contractd”',
  rule: 'schema',
  ...over,
});
/** The same mistake in `n` files, at a line of its own in each. */
const sameInFiles = (n: number, over: Partial<Issue> = {}) =>
  Array.from({ length: n }, (_, i) =>
    issue({ file: `data/reports/m${String(i).padStart(3, '0')}.yaml`, line: 10 + (i % 9), ...over }),
  );

const decoded = (command: string) => decodeURIComponent(command.replace(/%(?![0-9A-F]{2})/g, '%25'));
/** `file:line` of every place an annotation names: its own file and line, and any listed in its message. */
function placesNamed(commands: string[]): Set<string> {
  const places = new Set<string>();
  for (const c of commands) {
    const props = /^::\w+ file=([^,]+),line=(\d+)/.exec(c)!;
    places.add(`${decoded(props[1])}:${props[2]}`);
    for (const m of decoded(c.slice(c.indexOf('::', 2) + 2)).matchAll(/data\/[\w/.-]+\.yaml:\d+/g)) places.add(m[0]);
  }
  return places;
}

describe('GitHub annotations', () => {
  it("stay within GitHub's 10 errors and 10 warnings a step", () => {
    const issues = [
      ...sameInFiles(300),
      ...sameInFiles(40, { severity: 'warning', field: 'units[0].actual', got: '偏高' }),
    ];
    const commands = githubAnnotations(issues);
    expect(commands.filter((c) => c.startsWith('::error '))).toHaveLength(ANNOTATIONS_PER_KIND);
    expect(commands.filter((c) => c.startsWith('::warning '))).toHaveLength(ANNOTATIONS_PER_KIND);
  });

  it('name every one of 300 files that share a mistake, each with its line', () => {
    const issues = sameInFiles(300);
    const named = placesNamed(githubAnnotations(issues));
    expect(issues.filter((i) => !named.has(`${i.file}:${i.line}`)).map((i) => i.file)).toEqual([]);
  });

  it('put one annotation on each file first, then share the rest among the files in turn', () => {
    const issues = [
      ...Array.from({ length: 12 }, (_, i) => issue({ line: 10 + i })),
      issue({ file: 'data/units.yaml', line: 3 }),
    ];
    const commands = githubAnnotations(issues);
    expect(commands).toHaveLength(10);
    expect(commands.filter((c) => c.includes('file=data/units.yaml'))).toHaveLength(1);
    expect(commands[0]).toContain('line=10');
    expect(decoded(commands[0])).toContain('这个文件共 12 处问题');
    expect(commands.at(-1)).toContain('file=data/units.yaml');
  });

  it('annotate every problem, with no note, when they fit', () => {
    const commands = githubAnnotations([issue({}), issue({ line: 9 })]);
    expect(commands).toEqual([
      '::error file=data/reports/2005/2005-03.yaml,line=7,col=5,title=schema::units[1].contractd 应为：这些字段之一：unit、contracted；实际：不认识的字段“contractd”',
      '::error file=data/reports/2005/2005-03.yaml,line=9,col=5,title=schema::units[1].contractd 应为：这些字段之一：unit、contracted；实际：不认识的字段“contractd”',
    ]);
  });

  it("keep the list of further files below GitHub's 64 KB a message, saying how many are left out", () => {
    const commands = githubAnnotations(
      sameInFiles(3000, { file: undefined }).map((i, n) => ({
        ...i,
        file: `data/reports/${'很长的文件夹名'.repeat(5)}/m${n}.yaml`,
      })),
    );
    expect(Buffer.byteLength(commands.at(-1)!)).toBeLessThan(64_000);
    expect(decoded(commands.at(-1)!)).toMatch(/……等 \d+ 个/);
  });
});

describe('the log of --format github', () => {
  it('is printed between stop-commands and its token, so no text from a data file runs as a command', () => {
    expect(inert(['data/a.yaml:1:1 x “::error::y”'], 'tok')).toEqual([
      '::stop-commands::tok',
      'data/a.yaml:1:1 x “::error::y”',
      '::tok::',
    ]);
  });
});

describe('the step summary', () => {
  it('lists every problem of every file, under a count', () => {
    const issues = [...sameInFiles(300), issue({ file: 'data/units.yaml', line: 3, severity: 'warning' })];
    const summary = githubSummary(issues);
    expect(summary).toMatch(/^## 数据检查未通过：300 处错误、1 处提醒，涉及 301 个文件/);
    for (const i of issues)
      expect(summary).toContain(`### ${i.file.replace(/[-._]/g, (c) => (c === '-' ? '\\-' : c)).replace(/_/g, '\\_')}`);
    expect(summary.match(/^- \d+:\d+ /gm)).toHaveLength(301);
  });

  it('says the check passed when nothing was found', () => {
    expect(githubSummary([])).toMatch(/^## 数据检查通过/);
  });

  it("folds repeats inside a file when every line would pass GitHub's size limit", () => {
    const issues = Array.from({ length: 50 }, (_, i) => issue({ line: 10 + i, field: `units[${i}].contractd` }));
    const summary = githubSummary(issues, 3_000);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(3_000);
    expect(summary.match(/^- /gm)).toHaveLength(4);
    expect(summary).toContain('同样的问题还有 47 处');
  });

  it('keeps one line a file when even the folded list is too long, and never passes the limit', () => {
    const issues = sameInFiles(300).flatMap((i) => [
      i,
      { ...i, line: i.line + 1, field: 'units[2].actual', got: '-5' },
    ]);
    const summary = githubSummary(issues, 70_000);
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(70_000);
    expect(summary).not.toContain('### ');
    expect(summary.match(/^- data/gm)).toHaveLength(300);
    const tiny = githubSummary(issues, 5_000);
    expect(Buffer.byteLength(tiny)).toBeLessThanOrEqual(5_000);
    expect(tiny).toMatch(/另有 \d+ 个文件有问题，见日志/);
  });

  it('shows text from a data file as text, never as Markdown or HTML', () => {
    const summary = githubSummary([
      issue({ got: '“<img src=x onerror=alert(1)> [链接](javascript:alert(1)) **粗** | `码`”' }),
    ]);
    expect(summary).not.toMatch(/(?<!\\)[<>`|]|(?<!\\)\]\(|(?<!\\)\*/);
    expect(summary).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
  });
});
