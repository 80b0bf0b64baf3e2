/**
 * The stage boundaries (.dependency-cruiser.cjs, run by `npm run lint`): the real tree keeps them,
 * and a copy of it with one import planted against the direction, or a cycle, is refused.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
});
