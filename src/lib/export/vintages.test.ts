import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../../../test/support/sample.ts';
import { loadData } from '../model/load.ts';
import { scoreBoard } from '../score/board.ts';
import { trianglesOf } from '../present/triangle.ts';
import { downloadBody, listDownloads } from './downloads.ts';
import { observations, triangleTable } from './vintages.ts';
import { toCsv } from './csv.ts';
import { asUnit } from '../../../test/support/ids.ts';

const { model } = loadData({ root: SAMPLE, currentPeriod: '2026-11' });
if (!model) throw new Error('the sample data do not load');
const board = scoreBoard(model);
const csvLine = (csv: string, start: string) => csv.split('\r\n').find((l) => l.startsWith(start));

describe('what was known when (the 2005 revision: 西团镇 2005-03 合同 56 → 62)', () => {
  it('observations: the first figure, superseded on the revision day, then the revised one with its reason', () => {
    const rows = observations(model).filter(
      (o) => o.unit === 'xituan' && o.indicator === 'contracted' && o.period === '2005-03',
    );
    expect(rows.map((o) => [o.value, o.publishedAt, o.supersededAt, o.kind])).toEqual([
      [56, '2005-04-05', '2005-04-20', '首次发布'],
      [62, '2005-04-20', null, '修订'],
    ]);
    expect(rows[1].reason).toContain('港资项目');
  });

  it('observations: a revision of month k flags 当月新增 of k and k+1', () => {
    const revised = observations(model).find((o) => o.unit === 'xituan' && o.kind === '修订')!;
    expect(revised.monthIncreaseChanged).toEqual(['2005-03', '2005-04']);
  });

  it('observations: one row per figure that was never revised', () => {
    const rows = observations(model).filter(
      (o) => o.unit === 'xituan' && o.indicator === 'actual' && o.period === '2005-03',
    );
    expect(rows).toHaveLength(1);
  });

  it('the city triangle: 2005-03 合同 moves by 6 in the 2005-04 release, and both 当月新增 cells are flagged', () => {
    const [contracted] = trianglesOf(board, 2005, null);
    const march = contracted.cumulative.find((r) => r.period === '2005-03')!;
    const labels = contracted.columns.map((c) => c.label);
    const at = (label: string) => march.cells[labels.indexOf(label)]!;
    expect(at('2005-04期').value! - at('2005-03期').value!).toBe(6);
    expect(at('2005-04期').revised).toBe(true);
    expect(at('2005-03期').revised).toBe(false);
    const flagged = contracted.increase
      .filter((r) => r.cells.some((c) => c?.revised))
      .map((r) => [r.period, r.notes.join()]);
    expect(flagged).toEqual([
      ['2005-03', '2005-04期：本月累计修订'],
      ['2005-04', '2005-04期：上月累计修订'],
    ]);
  });

  it("the unit triangle CSV: 西团镇's March 合同 reads 56 in its own release and 62 from the next", () => {
    const csv = toCsv(triangleTable(trianglesOf(board, 2005, asUnit('xituan'))));
    expect(csvLine(csv, '合同利用外资(万美元),1—N月累计,2005-03,')).toMatch(/^[^,]+,[^,]+,2005-03,,,56,62,62,/);
  });

  it('the 2005-03 release, as published, ranks 西团镇 10th; the current file 9th', () => {
    const files = listDownloads(board);
    const then = files.find((d) => d.href === '/data/releases/2005-03/rankings-2005-03-towns.csv')!;
    const now = files.find((d) => d.href === '/data/rankings-2005-03-towns.csv')!;
    expect(csvLine(downloadBody(board, then) as string, '2005-03,镇,10,')).toContain(',xituan,');
    expect(csvLine(downloadBody(board, now) as string, '2005-03,镇,9,')).toContain(',xituan,');
  });

  it('a release with no later revision is the current file byte for byte', () => {
    const files = listDownloads(board);
    const body = (href: string) =>
      downloadBody(
        board,
        files.find((d) => d.href === href)!,
      );
    expect(body('/data/releases/2005-06/rankings-2005-06.json')).toBe(body('/data/rankings-2005-06.json'));
  });
});
