import { correctionYears } from './method.ts';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { fiveTowns, report, testModel, testPlan, testSite } from '../../../test/support/models.ts';
import type { Model } from '../model/model.ts';
import { loadData } from '../model/load.ts';
import { scoreBoard, type Board } from '../score/board.ts';
import { round } from '../score/round.ts';
import { assessmentModel } from '../../../test/support/assessment-models.ts';
import { assessAll } from '../score/assessment.ts';
import { assessmentDocument, assessmentTable } from './assessment.ts';
import { toCsv } from './csv.ts';
import { downloadBody, listDownloads } from './downloads.ts';
import { monthDocument, toJson, yearDocument } from './json.ts';
import { readmeText } from './readme.ts';
import { periodTable, periodsTable, unitTable, type Table } from './table.ts';
import { asGroup, asIndicator, asPeriod, asUnit } from '../../../test/support/ids.ts';

// ── a tiny hand-built board ───────────────────────────────────────────────────────
// t3 has no target at all; t4 has no 实际 target.
const plan = testPlan({
  t1: { c: { base: 100, stretch: 150 }, a: { base: 40 } },
  t2: { c: { base: 100 }, a: { base: 40 } },
  t4: { c: { base: 1000 } },
  t5: { c: { base: 100 } },
});

function tinyModel(illustrative = false): Model {
  return testModel({
    site: testSite({ illustrative, illustrativeNotice: '示意数据，非真实统计。' }),
    groups: [{ id: asGroup('towns'), name: '镇', countsTowardCity: true }],
    units: fiveTowns(),
    indicators: [
      { id: asIndicator('c'), name: '合同外资', unit: '万美元', decimals: 0 },
      { id: asIndicator('a'), name: '实际外资', unit: '万美元', decimals: 0 },
    ],
    plans: [plan],
    reports: [
      report('2005-02', { t1: { c: 10, a: 4 }, t2: { c: 30, a: 12 }, t3: { c: 5 }, t4: { c: 1500 }, t5: { c: 1 } }),
      report(
        '2005-03',
        { t1: { c: 30, a: 12 }, t2: { c: 30, a: 12 }, t3: { c: 20, a: 0 }, t4: { c: 12345 }, t5: '未报送' },
        { remarks: { t1: '签约 2 个, 其中 1 个"韩资"\n另有在谈', t2: '=HYPERLINK("http://x")', t5: '-未报送' } },
      ),
    ],
  });
}

const tinyBoard = (illustrative = false) => scoreBoard(tinyModel(illustrative));
const march = (board: Board) => board.periods.find((p) => p.period === '2005-03')!;

/** The row of a unit, as a header → cell record. */
function rowOf(t: Table, unit: string, period?: string): Record<string, unknown> {
  const u = t.headers.indexOf('单位代码');
  const m = t.headers.indexOf('月份');
  const row = t.rows.find((r) => r[u] === unit && (period === undefined || r[m] === period));
  if (!row) throw new Error(`no row for ${unit}`);
  return Object.fromEntries(t.headers.map((h, i) => [h, row[i]]));
}

/** The CSV line of a unit (the tiny data has no line breaks inside that unit's cells). */
const csvLine = (csv: string, unit: string) => csv.split('\r\n').find((l) => l.includes(`,${unit},`))!;

// ── a data tree on disk (a fixture, never the shipped data/) ──────────────────────
const real = (() => {
  const { model } = loadData({
    root: join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'minimal'),
    currentPeriod: '2026-11',
  });
  if (!model) throw new Error('test/fixtures/minimal does not load');
  return scoreBoard(model);
})();

describe('columns', () => {
  it('orders columns as the field expects', () => {
    const t = periodTable(real.model, real.periods[2]);
    const perIndicator = (name: string) => [
      `${name}确保目标(万美元)`,
      `${name}力争目标(万美元)`,
      `${name}1—N月累计(万美元)`,
      `${name}已修订`,
      `${name}当月新增(万美元)`,
      `${name}完成率(%)`,
      `${name}力争完成率(%)`,
      `${name}超欠序时进度(百分点)`,
      `${name}同比(%)`,
      `${name}尚需完成(万美元)`,
      `${name}月均需完成(万美元)`,
    ];
    expect(t.headers).toEqual([
      '月份',
      '组别',
      '位次',
      '并列',
      '较上月',
      '单位代码',
      '单位',
      '状态',
      ...perIndicator('合同利用外资'),
      ...perIndicator('实际利用外资'),
      '综合完成率(%)',
      '序时进度(%)',
      '色带',
      '备注',
      '说明',
    ]);
  });

  it('takes indicator names and units from the data, never from code', () => {
    const t = periodTable(tinyModel(), march(tinyBoard()));
    expect(t.headers).toContain('合同外资确保目标(万美元)');
    expect(t.headers).toContain('实际外资尚需完成(万美元)');
    expect(t.headers.some((h) => h.includes('合同利用外资'))).toBe(false);
  });

  it('gives every CSV the same columns, so files can be stacked', () => {
    const p = real.periods.at(-1)!;
    const headers = (csv: string) => csv.split('\r\n')[0];
    const month = headers(toCsv(periodTable(real.model, p)));
    expect(headers(toCsv(periodTable(real.model, p, { group: 'towns' })))).toBe(month);
    expect(headers(toCsv(periodsTable(real.model, real.periods)))).toBe(month);
    expect(headers(toCsv(unitTable(real.model, real.periods, 'dazhong')))).toBe(month);
  });
});

describe('cells', () => {
  const board = tinyBoard();
  const t = periodTable(board.model, march(board));

  it('writes a blank cell, never 0, for a unit with no target', () => {
    const row = rowOf(t, 't3');
    expect(row['状态']).toBe('无目标');
    expect(row['位次']).toBeNull();
    expect(row['并列']).toBeNull();
    for (const h of [
      '合同外资确保目标(万美元)',
      '合同外资完成率(%)',
      '合同外资超欠序时进度(百分点)',
      '合同外资尚需完成(万美元)',
      '综合完成率(%)',
      '色带',
    ]) {
      expect(row[h], h).toBeNull();
    }
    // What it did report still shows — a reported 0 is a 0.
    expect(row['合同外资1—N月累计(万美元)']).toBe(20);
    expect(row['实际外资1—N月累计(万美元)']).toBe(0);
    const line = csvLine(toCsv(t), 't3');
    // 当月新增 is 15 for 合同 (5 → 20), and blank for 实际, which it did not report in February.
    expect(line).toContain(',丙镇,无目标,,,20,否,15,,,,,,,,,0,否,,,,,,,,');
  });

  it('leaves the figures of a unit that did not report blank, keeps its targets, and gives it no place', () => {
    const row = rowOf(t, 't5');
    expect(row['状态']).toBe('未报送');
    expect(row['位次']).toBeNull();
    expect(row['较上月']).toBeNull();
    expect(row['合同外资确保目标(万美元)']).toBe(100);
    for (const h of [
      '合同外资1—N月累计(万美元)',
      '合同外资完成率(%)',
      '合同外资同比(%)',
      '合同外资尚需完成(万美元)',
      '综合完成率(%)',
    ]) {
      expect(row[h], h).toBeNull();
    }
    expect(t.rows.at(-1)![t.headers.indexOf('单位代码')]).toBe('t5');
  });

  it('marks tied places: the same numeric 位次 and 并列 是', () => {
    const [a, b, c] = [rowOf(t, 't1'), rowOf(t, 't2'), rowOf(t, 't4')];
    expect([a['位次'], b['位次']]).toEqual([2, 2]);
    expect([a['并列'], b['并列']]).toEqual(['是', '是']);
    expect(c['位次']).toBe(1);
    expect(c['并列']).toBe('否');
  });

  it('writes 较上月 as 进位 N, 退位 N or 持平', () => {
    // February: t4 1 (150%), t2 2, t1 3. March: t4 1, t1 2, t2 2.
    expect(rowOf(t, 't1')['较上月']).toBe('进位 1');
    expect(rowOf(t, 't2')['较上月']).toBe('持平');
    const feb = periodTable(board.model, board.periods[0]);
    expect(rowOf(feb, 't1')['较上月']).toBeNull();
    const worse = scoreBoard({
      ...tinyModel(),
      reports: [
        tinyModel().reports[0],
        report('2005-03', { t1: { c: 90, a: 40 }, t2: { c: 1, a: 1 }, t3: {}, t4: { c: 1500 }, t5: { c: 1 } }),
      ],
    });
    expect(rowOf(periodTable(worse.model, march(worse)), 't2')['较上月']).toBe('退位 1');
  });

  it('writes plain numbers: no thousands separators, amounts with the indicator decimals, percentages with one decimal', () => {
    const csv = toCsv(t);
    const line = csvLine(csv, 't4');
    expect(line).toContain(',1000,,12345,否,10845,1234.5,,1209.5,');
    expect(line).not.toMatch(/12,345/);
    // 序时进度 after March is 25.0, with its decimal.
    expect(csvLine(csv, 't1')).toMatch(/,25\.0,/);
    // 欠序时进度 is a plain negative number, not escaped as a formula.
    expect(csvLine(toCsv(periodTable(board.model, board.periods[0])), 't1')).toContain(',10.0,6.7,-6.7,');
  });

  it('rounds half away from zero without binary noise', () => {
    expect(round(2.25, 1)).toBe(2.3);
    expect(round(-2.25, 1)).toBe(-2.3);
    expect(round(1.005, 2)).toBe(1.01);
    expect(Object.is(round(-0.04, 1), 0)).toBe(true);
  });
});

describe('CSV', () => {
  const board = tinyBoard();
  const csv = toCsv(periodTable(board.model, march(board)));

  it('starts the CSV with a UTF-8 BOM and uses CRLF', () => {
    expect([...Buffer.from(csv, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.startsWith('\uFEFF月份,组别,位次,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    // Every line break outside a quoted cell is CRLF.
    const outside = csv.replace(/"(?:[^"]|"")*"/g, '""');
    expect(outside).not.toMatch(/[^\r]\n/);
    expect(outside.split('\r\n')).toHaveLength(1 + 5 + 1);
  });

  it('quotes cells that hold a comma, a quote or a line break', () => {
    expect(csv).toContain('"签约 2 个, 其中 1 个""韩资""\n另有在谈"');
  });

  it('keeps a spreadsheet from running text as a formula', () => {
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(",'-未报送,");
    expect(csv).not.toContain(',=HYPERLINK');
  });

  it('says in every row, in the 说明 column, that sample data is illustrative — and says nothing for real data', () => {
    const sample = tinyBoard(true);
    const t = periodTable(sample.model, march(sample));
    expect(t.rows.every((r) => r.at(-1) === '示意数据，非真实统计。')).toBe(true);
    expect(periodTable(board.model, march(board)).rows.every((r) => r.at(-1) === null)).toBe(true);
  });
});

describe('tables of one group, a year, a unit', () => {
  it('keeps one group only when asked', () => {
    const t = periodTable(real.model, real.periods[0], { group: 'towns' });
    const groups = new Set(t.rows.map((r) => r[1]));
    expect([...groups]).toEqual(['镇']);
    expect(t.rows).toHaveLength(real.model.units.filter((u) => u.group === 'towns').length);
  });

  it('stacks a whole year: one row per unit per month, months in order', () => {
    const t = periodsTable(real.model, real.periods);
    expect(t.rows).toHaveLength(real.periods.length * real.model.units.length);
    expect(t.rows[0][0]).toBe(real.periods[0].period);
    expect(t.rows.at(-1)![0]).toBe(real.periods.at(-1)!.period);
  });

  it("gives a unit's month-by-month history", () => {
    const t = unitTable(real.model, real.periods, 'dazhong');
    expect(t.rows.map((r) => r[0])).toEqual(real.periods.map((p) => p.period));
    expect(new Set(t.rows.map((r) => r[5]))).toEqual(new Set(['dazhong']));
  });
});

describe('JSON', () => {
  it('has the month facts at the top and null, never 0, for missing values', () => {
    const board = tinyBoard(true);
    const doc = monthDocument(board.model, march(board));
    expect(doc).toMatchObject({
      period: '2005-03',
      publishedOn: '2005-03-28',
      publisher: '督查室',
      illustrative: true,
      notice: '示意数据，非真实统计。',
      pace: 25,
    });
    const units = doc.groups[0].units;
    const t3 = units.find((u) => u.unit === 't3')!;
    expect(t3).toMatchObject({ rank: null, status: '无目标', score: null });
    expect(t3.indicators.c).toMatchObject({ base: null, value: 20, completion: null, remaining: null });
    const t5 = units.find((u) => u.unit === 't5')!;
    expect(t5).toMatchObject({ rank: null, tied: null, status: '未报送' });
    expect(t5.indicators.c).toMatchObject({ base: 100, value: null, completion: null });
    const t1 = units.find((u) => u.unit === 't1')!;
    expect(t1).toMatchObject({ rank: 2, tied: true, change: '进位 1' });
    expect(t1.indicators.c).toMatchObject({
      base: 100,
      stretch: 150,
      value: 30,
      completion: 30,
      stretchCompletion: 20,
    });
  });

  it('has no notice for real data', () => {
    const board = tinyBoard(false);
    expect(monthDocument(board.model, march(board))).toMatchObject({ illustrative: false, notice: null });
  });

  it('writes a year as its months in order', () => {
    const doc = yearDocument(real.model, 2005, real.periods);
    expect(doc.year).toBe(2005);
    expect(doc.illustrative).toBe(true);
    expect(doc.periods.map((p) => p.period)).toEqual(real.periods.map((p) => p.period));
  });

  it('is pretty but compact: one line per unit, and parses back', () => {
    const text = toJson(monthDocument(real.model, real.periods[0]));
    expect(text.endsWith('}\n')).toBe(true);
    const back = JSON.parse(text);
    expect(back.groups[1].units).toHaveLength(real.model.units.filter((u) => u.group === 'towns').length);
    const unitLines = text.split('\n').filter((l) => l.trimStart().startsWith('{"rank":'));
    expect(unitLines).toHaveLength(real.model.units.length);
  });
});

describe('the downloads', () => {
  const downloads = listDownloads(real);

  it('offers the stable URLs', () => {
    const hrefs = downloads.map((d) => d.href);
    for (const href of [
      '/data/rankings-2005-03.csv',
      '/data/rankings-2005-03.json',
      '/data/rankings-2005-03.xlsx',
      '/data/rankings-2005-03-towns.csv',
      '/data/totals-2005-03.csv',
      '/data/releases/2005-03/totals-2005-03.csv',
      '/data/rankings-2005.csv',
      '/data/rankings-2005.json',
      '/data/unit-dazhong.csv',
    ]) {
      expect(hrefs).toContain(href);
    }
    expect(new Set(hrefs).size).toBe(hrefs.length);
    const months = real.periods.length;
    const { projectLedgers, eventYears, cooperationYears, serviceYears } = real.model;
    const ledgerFiles =
      projectLedgers.length * 3 + eventYears.length * 2 + cooperationYears.length + (serviceYears.length ? 1 : 0);
    // Each month twice (as now and as released: CSV, JSON, totals, a CSV per group) and its workbook, the year,
    // the units, observations (2), a triangle of the city and of each unit a year, the year's compare file.
    const years = new Set(real.periods.map((p) => p.year)).size;
    const vintageFiles = 2 + years * (1 + real.model.units.length) + years;
    // The method and the inputs: method.json, its schema, the examples, the unit register (2), each plan (2),
    // each year of corrections (2); a release also keeps the verdicts published by its day (counted apart).
    const inputs = downloads.filter((d) =>
      ['method', 'methodExamples', 'units', 'plan', 'corrections'].includes(d.kind),
    );
    expect(inputs).toHaveLength(3 + 2 + 2 * real.model.plans.length + 2 * correctionYears(real.model).length);
    const verdictsAsReleased = downloads.filter(
      (d) => d.kind === 'release' && d.check !== undefined && d.check !== 'totals',
    );
    expect(downloads.length - inputs.length - verdictsAsReleased.length).toBe(
      2 + 2 * months * (3 + real.model.groups.length) + months + real.model.units.length + ledgerFiles + vintageFiles,
    );
  });

  it('builds every listed file', async () => {
    for (const d of downloads) {
      const written = downloadBody(real, d);
      if (typeof written !== 'string') {
        expect(d.format, d.href).toBe('xlsx');
        expect([...(await written).subarray(0, 2)], d.href).toEqual([0x50, 0x4b]); // PK: a zip, as .xlsx is
        continue;
      }
      const body = written;
      const ranking = ['month', 'monthGroup', 'year', 'unit'].includes(d.kind);
      if (d.format === 'csv') expect(body.startsWith(ranking ? '\uFEFF月份,' : '\uFEFF'), d.href).toBe(true);
      else expect(() => JSON.parse(body), d.href).not.toThrow();
    }
  });

  it('explains the files in README.txt, with the illustrative notice', () => {
    const text = readmeText(real);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain(real.model.site.illustrativeNotice!);
    expect(text).toContain('rankings-YYYY-MM.csv');
  });
});

describe('revised figures in the downloads', () => {
  const revision = {
    file: 'data/revisions/2005.yaml',
    date: '2005-04-10',
    period: asPeriod('2005-03'),
    unit: asUnit('t2'),
    indicator: asIndicator('c'),
    old: 25,
    new: 30,
    kind: '修订' as const,
    reason: '迟报的项目补入',
  };
  const board = scoreBoard({ ...tinyModel(), revisions: [revision] });
  const period = march(board);

  it('flags every revised figure 是 in the CSV’s 已修订 column after its 1—N月累计, and 否 for the others', () => {
    const t = periodTable(board.model, period);
    expect(rowOf(t, 't2')['合同外资已修订']).toBe('是');
    expect(rowOf(t, 't2')['实际外资已修订']).toBe('否');
    expect(rowOf(t, 't1')['合同外资已修订']).toBe('否');
    expect(rowOf(unitTable(board.model, board.periods, 't2'), 't2', '2005-02')['合同外资已修订']).toBe('否');
    expect(t.headers.indexOf('合同外资已修订')).toBe(t.headers.indexOf('合同外资1—N月累计(万美元)') + 1);
  });

  it('gives the JSON a revised flag on every figure, and the revision’s date, kind and reason where it was revised', () => {
    const doc = JSON.parse(toJson(monthDocument(board.model, period)));
    const t2 = doc.groups[0].units.find((u: { unit: string }) => u.unit === 't2');
    expect(t2.indicators.c).toMatchObject({
      value: 30,
      revised: true,
      revisions: [{ date: '2005-04-10', kind: '修订', old: 25, new: 30, reason: '迟报的项目补入' }],
    });
    expect(t2.indicators.a.revised).toBe(false);
    expect(t2.indicators.a.revisions).toBeUndefined();
    expect(doc.fields['indicators.*.revised']).toContain('更正或修订');
  });

  it('flags it in the assessment downloads of that month too, and README.txt says how', () => {
    const model = assessmentModel([
      report('2005-03', {
        t1: { c: 30, a: 12 },
        t2: { c: 30, a: 10 },
        t3: { c: 30 },
        t4: { c: 30, a: 10 },
        t5: { c: 30, a: 10 },
        d1: { c: 10 },
      }),
    ]);
    const revised = scoreBoard({ ...model, revisions: [revision] });
    const q1 = assessAll(revised)[0];
    const table = assessmentTable(revised.model, q1);
    const t2 = table.rows.find((r) => r[table.headers.indexOf('单位代码')] === 't2')!;
    expect(t2[table.headers.indexOf('合同已修订')]).toBe('是');
    expect(t2[table.headers.indexOf('实际已修订')]).toBe('否');
    const units = assessmentDocument(revised.model, q1).groups[0].units;
    expect(units.find((u) => u.unit === 't2')!.indicators.c).toMatchObject({
      revised: true,
      revisions: [{ date: '2005-04-10' }],
    });
    expect(readmeText(revised)).toContain('“<指标>已修订”列为“是”');
  });
});
