/**
 * The stage boundaries (.dependency-cruiser.cjs, run by `npm run lint`): the real tree keeps them,
 * and a copy of it with one import planted against the direction, or a cycle, is refused.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const depcruise = join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruiser.mjs');
const work = mkdtempSync(join(tmpdir(), 'stages-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const cruise = (cwd: string, ...paths: string[]) =>
  spawnSync(process.execPath, [depcruise, '--config', join(root, '.dependency-cruiser.cjs'), ...paths], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });

/** A copy of src/lib (and the tsconfig) to plant a change in. */
function copyOfTheTree(name: string): string {
  const copy = join(work, name);
  cpSync(join(root, 'src', 'lib'), join(copy, 'src', 'lib'), { recursive: true });
  cpSync(join(root, 'tsconfig.json'), join(copy, 'tsconfig.json'));
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
  return copy;
}

describe('the stage boundaries', () => {
  it('hold on the real tree: no import runs against read → … → pages, and no cycle', () => {
    const run = cruise(root, 'src', 'scripts', 'test', 'e2e', 'astro.config.mjs');
    expect(run.stdout).toMatch(/no dependency violations found/);
    expect(run.status).toBe(0);
  }, 60_000);

  it('refuse an import that runs backwards (read importing score), naming the rule and the edge', () => {
    const copy = copyOfTheTree('back-edge');
    writeFileSync(
      join(copy, 'src/lib/read/planted.ts'),
      "import { round } from '../score/round.ts';\nexport const planted = round(1, 0);\n",
    );
    const run = cruise(copy, 'src');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/error stage-read: src\/lib\/read\/planted\.ts → src\/lib\/score\/round\.ts/);
  }, 60_000);

  it('refuse a cycle made of type-only imports', () => {
    const copy = copyOfTheTree('type-cycle');
    appendFileSync(
      join(copy, 'src/lib/score/round.ts'),
      "\nimport type { Board } from './board.ts';\nexport type Planted = Board;\n",
    );
    const run = cruise(copy, 'src');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/error no-circular: src\/lib\/score\/board\.ts →[\s\S]*src\/lib\/score\/round\.ts →/);
  }, 60_000);

  it('refuse a stage importing the leaves’ way round: the settings module importing a stage', () => {
    const copy = copyOfTheTree('leaf');
    appendFileSync(join(copy, 'src/lib/config.ts'), "\nexport { beijingPeriod } from './schema/period.ts';\n");
    const run = cruise(copy, 'src');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/error leaves-stay-leaves: src\/lib\/config\.ts → src\/lib\/schema\/period\.ts/);
  }, 60_000);

  it('refuse a ledger kind’s file importing a later stage of its own folder (its schema.ts importing its urls.ts)', () => {
    const copy = copyOfTheTree('ledger-kind');
    appendFileSync(
      join(copy, 'src/lib/ledger/service/schema.ts'),
      "\nimport { serviceUrl } from './urls.ts';\nexport const planted = serviceUrl();\n",
    );
    const run = cruise(copy, 'src');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(
      /error stage-schema: src\/lib\/ledger\/service\/schema\.ts → src\/lib\/ledger\/service\/urls\.ts/,
    );
  }, 60_000);

  it('give every file of src/lib/ and src/build/ a stage (or make it a leaf), so no folder slips past the check', () => {
    const config = createRequire(import.meta.url)(join(root, '.dependency-cruiser.cjs')) as {
      stages: Array<{ paths: string[] }>;
      leaves: string[];
    };
    const named = [...config.stages.flatMap((stage) => stage.paths), ...config.leaves].map((path) => new RegExp(path));
    const files = ['src/lib', 'src/build'].flatMap((folder) =>
      readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map((file) => `${folder}/${file.split('\\').join('/')}`),
    );
    expect(files).toContain('src/lib/ledger/projects/schema.ts');
    expect(files).toContain('src/lib/excel/import.ts');
    expect(files).toContain('src/build/finish.ts');
    expect(files.filter((file) => !named.some((path) => path.test(file)))).toEqual([]);
  });

  it('refuse the clerk’s Excel intake importing from the pages (it has a stage, so it is checked)', () => {
    const copy = copyOfTheTree('excel');
    appendFileSync(
      join(copy, 'src/lib/excel/cells.ts'),
      "\nimport { planted } from '../../build/planted.ts';\nexport const p = planted;\n",
    );
    cpSync(join(root, 'src', 'build'), join(copy, 'src', 'build'), { recursive: true });
    writeFileSync(join(copy, 'src/build/planted.ts'), 'export const planted = 1;\n');
    const run = cruise(copy, 'src');
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/error stage-forms: src\/lib\/excel\/cells\.ts → src\/build\/planted\.ts/);
  }, 60_000);
});
