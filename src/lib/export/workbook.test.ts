import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import JSZip from 'jszip';
import { describe, expect, it, vi } from 'vitest';
import { SAMPLE } from '../../../test/support/sample.ts';
import { loadData } from '../model/load.ts';
import { scoreBoard } from '../score/board.ts';
import { workbookText } from '../../../test/support/workbook-text.ts';
import { rankingsWorkbook, WORKBOOK_ENGINE } from './workbook.ts';

const boardOf = (folder: string) => {
  const { model, issues } = loadData({ root: folder, currentPeriod: '2026-11' });
  if (!model) throw new Error(issues.map((i) => i.expected).join('\n'));
  return scoreBoard(model);
};
const shipped = boardOf(SAMPLE);
const hostile = boardOf(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'hostile'));

describe('the rankings workbook (rankings-YYYY-MM.xlsx)', () => {
  const period = shipped.periods.at(-1)!;

  it('has a sheet per group and one for the city, with the title, source and notice above the table', async () => {
    const wb = XLSX.read(await rankingsWorkbook(shipped.model, period), { type: 'buffer' });
    expect(wb.SheetNames).toEqual([...shipped.model.groups.map((g) => g.name), '全市']);
    // The lines above start after 位次 and 单位 (the columns every printed page repeats).
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['镇'], { header: 1 });
    expect(rows[0].filter(Boolean)).toEqual(['2005年1—12月利用外资排行榜·镇']);
    expect(String(rows[1][2])).toMatch(/^来源：大丰市利用外资排行榜（.+，2006-01-\d\d 发布）/);
    expect(rows[2][2]).toBe(shipped.model.site.illustrativeNotice);
    expect(rows[3]).toContain('单位');
    expect(rows[3]).toContain('合同利用外资');
    expect(rows[4]).toContain('1—N月累计\n(万美元)');
  });

  it('writes figures as numbers with the indicator’s decimals, never as text', async () => {
    const wb = XLSX.read(await rankingsWorkbook(shipped.model, period), { type: 'buffer', cellNF: true });
    const ws = wb.Sheets['镇'];
    const [top, header] = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1 }).slice(3, 5);
    const col = header.indexOf('1—N月累计\n(万美元)', top.indexOf('合同利用外资'));
    const rate = top.indexOf('综合完成率\n(%)');
    const first = ws[XLSX.utils.encode_cell({ r: 5, c: col })] as XLSX.CellObject;
    expect(first.t).toBe('n');
    expect(first.z).toBe('0');
    const score = ws[XLSX.utils.encode_cell({ r: 5, c: rate })] as XLSX.CellObject;
    expect([score.t, score.z]).toEqual(['n', '0.0']);
  });

  it('freezes the header and sets column widths', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await rankingsWorkbook(shipped.model, period)).buffer);
    const ws = wb.getWorksheet('镇')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 5, xSplit: 2 });
    expect(ws.getRow(4).getCell(1).font?.bold).toBe(true);
    // A column left at Excel’s default width (9) is not written out, and reads back without one.
    expect(ws.columns.map((c) => c.width ?? 9).every((w) => w >= 6 && w <= 30)).toBe(true);
  });

  it('is dated the month’s release date and reads back the same every time it is written', async () => {
    const wb = XLSX.read(await rankingsWorkbook(shipped.model, period), { type: 'buffer', bookProps: true });
    expect(wb.Props?.CreatedDate?.toISOString().slice(0, 10)).toBe(period.report.publishedOn);
    expect(wb.Props?.ModifiedDate?.toISOString().slice(0, 10)).toBe(period.report.publishedOn);
    const once = workbookText(await rankingsWorkbook(shipped.model, period));
    expect(workbookText(await rankingsWorkbook(shipped.model, period))).toBe(once);
  });

  it('is the same bytes when written again at another time (every zip entry carries the release date)', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-01-05T08:00:00Z'));
      const early = Buffer.from(await rankingsWorkbook(shipped.model, period));
      vi.setSystemTime(new Date('2026-07-30T17:45:00Z'));
      const late = Buffer.from(await rankingsWorkbook(shipped.model, period));
      expect(late.equals(early)).toBe(true);
      const zip = await JSZip.loadAsync(early);
      const dates = new Set(Object.values(zip.files).map((entry) => entry.date.toISOString().slice(0, 10)));
      expect([...dates]).toEqual([period.report.publishedOn]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is kept by what it holds: written once, then taken from the cache; a changed figure makes a new one', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'workbooks-'));
    try {
      const first = Buffer.from(await rankingsWorkbook(shipped.model, period, cache));
      expect(readdirSync(cache)).toHaveLength(1);
      const again = Buffer.from(await rankingsWorkbook(shipped.model, period, cache));
      expect(again.equals(first)).toBe(true);
      expect(readdirSync(cache)).toHaveLength(1);
      const changed = structuredClone(period);
      changed.groups[0].units[0].indicators[0].value = 123456;
      const other = Buffer.from(await rankingsWorkbook(shipped.model, changed, cache));
      expect(readdirSync(cache)).toHaveLength(2);
      expect(workbookText(other)).toContain('123456');
      expect(first.equals(Buffer.from(await rankingsWorkbook(shipped.model, period)))).toBe(true);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });

  it('names the ExcelJS it was made with in the cache key', () => {
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8'));
    expect(WORKBOOK_ENGINE).toContain(`exceljs@${pkg.dependencies.exceljs ?? pkg.devDependencies.exceljs}`);
  });

  it('writes hostile text (=HYPERLINK, + - @ …) as text: no cell holds a formula', async () => {
    for (const p of hostile.periods) {
      const wb = XLSX.read(await rankingsWorkbook(hostile.model, p), { type: 'buffer', cellFormula: true });
      const cells = wb.SheetNames.flatMap((n) =>
        Object.entries(wb.Sheets[n]).filter(([k]) => !k.startsWith('!')),
      ) as Array<[string, XLSX.CellObject]>;
      expect(cells.filter(([, c]) => c.f !== undefined)).toEqual([]);
      expect(cells.some(([, c]) => typeof c.v === 'string' && /^[=+\-@]/.test(c.v))).toBe(true);
    }
  });
});
