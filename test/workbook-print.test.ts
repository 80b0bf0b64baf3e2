/**
 * The rankings workbook as LibreOffice prints it (to PDF): landscape pages at full size, the header and the
 * unit's name on every page, a sane number of pages. Before, a 30-column group sheet was shrunk onto one
 * A4 width (a grey strip of 3 pt text).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankingsWorkbook } from '../src/lib/export/workbook.ts';
import { loadData } from '../src/lib/model/load.ts';
import { scoreBoard } from '../src/lib/score/board.ts';

const work = mkdtempSync(join(tmpdir(), 'workbook-print-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the rankings workbook printed (LibreOffice to PDF)', () => {
  const board = scoreBoard(loadData({ root: join(import.meta.dirname, '..'), currentPeriod: '2026-11' }).model!);
  const period = board.periods.at(-1)!;
  const pdf = join(work, 'rankings.pdf');
  const pageText = (page: number) =>
    execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' });
  let pages = 0;

  beforeAll(async () => {
    writeFileSync(join(work, 'rankings.xlsx'), await rankingsWorkbook(board.model, period));
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--convert-to', 'pdf', 'rankings.xlsx'],
      { cwd: work, stdio: 'ignore', timeout: 150_000 },
    );
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  }, 180_000);

  it('prints landscape A4 pages, a few per sheet (not one shrunk page, not dozens)', () => {
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const [width, height] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!.slice(1).map(Number);
    expect(width).toBeGreaterThan(height);
    const sheets = period.groups.length + 1;
    expect(pages).toBeGreaterThan(sheets);
    expect(pages).toBeLessThanOrEqual(sheets * 5);
  });

  it('repeats the header and the unit names on every page of a group sheet', () => {
    for (let page = 1; page < pages; page++) {
      const text = pageText(page);
      if (text.includes('全市合计')) continue;
      expect(text, `page ${page}`).toContain('位次');
      expect(text, `page ${page}`).toContain('单位');
      const names = period.groups.flatMap((g) => g.units.map((u) => u.name));
      expect(
        names.some((name) => text.includes(name)),
        `page ${page}: a unit's name`,
      ).toBe(true);
    }
    expect(pageText(2)).toMatch(/确保目标|1—N月累计/);
  });

  it('prints text at 9 pt or more (word boxes at least 9 pt tall)', () => {
    const boxes = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', String(pages), pdf, '-'], { encoding: 'utf8' });
    const heights = [...boxes.matchAll(/yMin="([\d.]+)"[^>]*yMax="([\d.]+)"/g)].map((m) => Number(m[2]) - Number(m[1]));
    expect(heights.length).toBeGreaterThan(100);
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(9);
  });

  it('breaks no header inside a word (全市目标 on one line)', () => {
    expect(pageText(pages)).toContain('全市目标');
  });
});
