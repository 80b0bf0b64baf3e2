/** The deploy refuses a preview build: any page marked 草稿·未发布 stops it. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROGRAM_MS } from './support/setup.ts';

const board = join(import.meta.dirname, '..', 'scripts', 'board.ts');
const work = mkdtempSync(join(tmpdir(), 'deployable-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const site = (name: string, pages: Record<string, string>) => {
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(work, name, path, '..'), { recursive: true });
    writeFileSync(join(work, name, path), html);
  }
  return spawnSync(process.execPath, [board, 'check-deployable', join(work, name)], { encoding: 'utf8' });
};

describe('the deploy check', () => {
  it(
    'ships a site with no draft preview page',
    () => {
      const run = site('published', {
        'index.html': '<html><head></head></html>',
        'units/a/index.html': '<html></html>',
      });
      expect(run.status).toBe(0);
    },
    PROGRAM_MS,
  );
  it(
    'refuses a site where any page is marked 草稿·未发布',
    () => {
      const run = site('preview', {
        'index.html': '<html></html>',
        'rankings/index.html': '<meta name="board-preview" content="草稿·未发布">',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('是草稿预览（1 个页面标有“草稿·未发布”），不能发布');
    },
    PROGRAM_MS,
  );
  it(
    'refuses an empty folder',
    () => {
      expect(site('empty', {}).status).toBe(1);
    },
    PROGRAM_MS,
  );
});
