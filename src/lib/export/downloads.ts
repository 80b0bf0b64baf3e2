/**
 * The catalogue of downloads: every file the site offers under /data/, its stable address, label
 * and body. One route (src/pages/data/[...file].ts) serves them all, the 数据下载 page and every
 * page's download links point at them, README.txt lists them. To add a download, add a kind here.
 */
import { join } from 'node:path';
import type { UnitId } from '../schema/common.ts';
import { boardConfig } from '../config.ts';
import { formatMonth, formatWholeArea } from '../present/format.ts';
import {
  assessmentDataUrl,
  compareDataUrl,
  groupDataUrl,
  observationsDataUrl,
  releaseDataUrl,
  totalsDataUrl,
  triangleDataUrl,
  warningDataUrl,
  monthDataUrl,
  unitDataUrl,
  yearDataUrl,
} from '../present/urls.ts';
import { assessAll } from '../score/assessment.ts';
import { releaseBoard, releasesOf } from '../score/releases.ts';
import { compareData, compareYears } from '../present/compare-data.ts';
import { trianglesOf } from '../present/triangle.ts';
import { observationsDocument, observationsTable, triangleTable } from './vintages.ts';
import type { Board, PeriodResult } from '../score/board.ts';
import { assessmentDocument, assessmentTable } from './assessment.ts';
import { warningTable } from './warning.ts';
import { totalsTable } from './totals.ts';
import { warningYears } from '../score/warning.ts';
import { csvHead, csvRows, toCsv } from './csv.ts';
import { rankingsWorkbook } from './workbook.ts';
import { monthDocument, toJson, yearDocument } from './json.ts';
import { periodsTable, periodTable, tableHead, unitTable } from './table.ts';
import { LEDGER_DOWNLOADS } from '../ledger/export.ts';
import { bothFormats, type DownloadKind, type DownloadOf, type Listed } from './download.ts';
import {
  correctionsDocument,
  correctionsTable,
  correctionYears,
  methodDocument,
  planDocument,
  planTable,
  unitsDocument,
  unitsTable,
} from './method.ts';
import { METHOD_SCHEMA } from './method-schema.ts';
import { methodExamples } from './examples.ts';

/** Months of a download, found by its period. */
const periodResultOf = (board: Board, download: Listed) => board.periods.find((p) => p.period === download.period)!;

/**
 * A group's rows of a month as CSV lines, written once per board: the group's file, the month's
 * file (its groups' rows in order) and the year's file (its months' rows in order) stack them
 * under one header, instead of writing every row three times.
 */
const rowsWritten = new WeakMap<Board, Map<string, string>>();
function groupRows(board: Board, period: PeriodResult, group: string): string {
  let written = rowsWritten.get(board);
  if (!written) rowsWritten.set(board, (written = new Map<string, string>()));
  const key = `${period.period}/${group}`;
  let rows = written.get(key);
  if (rows === undefined) written.set(key, (rows = csvRows(periodTable(board.model, period, { group }))));
  return rows;
}
const monthRows = (board: Board, period: PeriodResult) =>
  period.groups.map((g) => groupRows(board, period, g.group.id)).join('');

/**
 * Months stacked under the year's header when each month has the year's columns (one plan a year), else written anew.
 */
function yearCsv(board: Board, months: PeriodResult[]): string {
  const head = csvHead(tableHead(board.model, months));
  if (months.some((p) => csvHead(tableHead(board.model, [p])) !== head))
    return toCsv(periodsTable(board.model, months));
  return head + months.map((p) => monthRows(board, p)).join('');
}

/** A month, every group: CSV (the groups' rows stacked under one header) or JSON. */
function monthBody(board: Board, d: Listed): string {
  const period = periodResultOf(board, d);
  return d.format === 'json'
    ? toJson(monthDocument(board.model, period))
    : csvHead(tableHead(board.model, [period])) + monthRows(board, period);
}

/** A month's group as CSV. */
function groupBody(board: Board, d: Listed): string {
  const period = periodResultOf(board, d);
  return csvHead(tableHead(board.model, [period])) + groupRows(board, period, d.group!);
}

/** The units scored in a year, in registry order. */
function unitsOfYear(board: Board, year: number): UnitId[] {
  const seen = new Set(
    board.periods.filter((p) => p.year === year).flatMap((p) => p.groups.flatMap((g) => g.units.map((u) => u.unit))),
  );
  return board.model.units.filter((u) => seen.has(u.id)).map((u) => u.id);
}

/** A check's verdict as CSV or JSON. */
function assessmentBody(board: Board, d: Listed): string {
  const a = assessAll(board).find((x) => x.year === d.year && x.check.id === d.check)!;
  return d.format === 'json' ? toJson(assessmentDocument(board.model, a)) : toCsv(assessmentTable(board.model, a));
}

const DOWNLOAD_KINDS = {
  month: {
    names: 'rankings-YYYY-MM.csv / .json',
    about: () => '某月全部组别的排名（CSV 有“组别”列）',
    list: (board) =>
      board.periods.flatMap((p) =>
        bothFormats((format) => ({
          format,
          href: monthDataUrl(p.period, format),
          label: `${formatMonth(p.period)} 全部组别`,
          period: p.period,
          year: p.year,
        })),
      ),
    body: monthBody,
  },
  monthWorkbook: {
    names: 'rankings-YYYY-MM.xlsx',
    about: (model) =>
      `某月的排名，Excel 工作簿：每个组别一张表、${formatWholeArea(model.site.city)}合计一张表，数字为数值（可直接计算），表头冻结`,
    list: (board) =>
      board.periods.map((p) => ({
        format: 'xlsx' as const,
        href: monthDataUrl(p.period, 'xlsx'),
        label: `${formatMonth(p.period)} Excel`,
        period: p.period,
        year: p.year,
      })),
    body: (board, d) =>
      rankingsWorkbook(board.model, periodResultOf(board, d), join(boardConfig().imageCache, 'workbooks')),
  },
  monthTotals: {
    names: 'totals-YYYY-MM.csv',
    about: (model) =>
      `某月${formatWholeArea(model.site.city)}和各组别的合计（每项指标一行）：目标、1—N月累计、完成率、超欠序时进度、未报送单位数，合计所含未报送单位最近一次报送数逐个写明`,
    list: (board) =>
      board.periods.map((p) => ({
        format: 'csv' as const,
        href: totalsDataUrl(p.period),
        label: `${formatMonth(p.period)} 合计`,
        period: p.period,
        year: p.year,
      })),
    body: (board, d) => toCsv(totalsTable(board.model, periodResultOf(board, d))),
  },
  monthGroup: {
    names: 'rankings-YYYY-MM-<组别代码>.csv',
    about: (model) => `某月一个组别的排名（组别代码：${model.groups.map((g) => `${g.id}=${g.name}`).join('，')}）`,
    list: (board) =>
      board.periods.flatMap((p) =>
        p.groups.map((g) => ({
          format: 'csv' as const,
          href: groupDataUrl(p.period, g.group.id),
          label: `${formatMonth(p.period)} ${g.group.name}`,
          period: p.period,
          year: p.year,
          group: g.group.id,
        })),
      ),
    body: groupBody,
  },
  year: {
    names: 'rankings-YYYY.csv / .json',
    about: () => '全年各月的排名（CSV 有“月份”列）',
    list: (board) =>
      [...new Set(board.periods.map((p) => p.year))].flatMap((year) =>
        bothFormats((format) => ({ format, href: yearDataUrl(year, format), label: `${year}年全年各月`, year })),
      ),
    body: (board, d) => {
      const months = board.periods.filter((p) => p.year === d.year);
      return d.format === 'csv' ? yearCsv(board, months) : toJson(yearDocument(board.model, d.year!, board.periods));
    },
  },
  unit: {
    names: 'unit-<单位代码>.csv',
    about: () => '一个单位逐月的情况',
    list: (board) => {
      const scored = new Set(board.periods.flatMap((p) => p.groups.flatMap((g) => g.units.map((u) => u.unit))));
      return board.model.units
        .filter((u) => scored.has(u.id))
        .map((u) => ({ format: 'csv' as const, href: unitDataUrl(u.id), label: `${u.name} 逐月`, unit: u.id }));
    },
    body: (board, d) => toCsv(unitTable(board.model, board.periods, d.unit!)),
  },
  method: {
    names: 'method.json · method.schema.json',
    about: () =>
      '计算方法的数据形式：指标、权重、150% 上限、四舍五入、并列规则、色带界限、序时进度、未报送结转、月均需完成、各项考核的门槛和免考（由计分所用的同一份数据生成），及其 JSON Schema',
    list: (board) =>
      board.model.plans.length
        ? [
            { format: 'json' as const, href: '/data/method.json', label: '计算方法（数据形式）' },
            { format: 'json' as const, href: '/data/method.schema.json', label: '计算方法的 JSON Schema' },
          ]
        : [],
    body: (board, d) => toJson(d.href.endsWith('schema.json') ? METHOD_SCHEMA : methodDocument(board)),
  },
  methodExamples: {
    names: 'method-examples.json',
    about: () =>
      '每条规则的例题：输入和计分代码给出的输出（含色带边界、恰好为 0、并列、考核门槛等情形），可用来检验另写的程序',
    list: (board) =>
      board.model.plans.length
        ? [{ format: 'json' as const, href: '/data/method-examples.json', label: '计算方法例题' }]
        : [],
    body: (board) => toJson(methodExamples(board.model.plans.at(-1))),
  },
  units: {
    names: 'units.csv / .json',
    about: () =>
      '单位名录：组别、是否计入全市合计、起止月份（activeFrom / activeUntil）、合并自哪些单位；名录的先后即并列单位的先后',
    list: () => bothFormats((format) => ({ format, href: `/data/units.${format}`, label: '单位名录' })),
    body: (board, d) => (d.format === 'json' ? toJson(unitsDocument(board.model)) : toCsv(unitsTable(board.model))),
  },
  plan: {
    names: 'plan-YYYY.csv / .json',
    about: () => '年度目标（责任状）：全市目标、各单位各指标的确保目标和力争目标、不下达目标的单位与指标及原因',
    list: (board) =>
      board.model.plans.flatMap((p) =>
        bothFormats((format) => ({
          format,
          href: `/data/plan-${p.year}.${format}`,
          label: `${p.year}年目标任务`,
          year: p.year,
        })),
      ),
    body: (board, d) =>
      d.format === 'json' ? toJson(planDocument(board.model, d.year!)) : toCsv(planTable(board.model, d.year!)),
  },
  corrections: {
    names: 'corrections-YYYY.csv / .json',
    about: () => '一年的全部更正、修订（原数、新数、日期、原因）和核减（核减额、原因）',
    list: (board) =>
      correctionYears(board.model).flatMap((year) =>
        bothFormats((format) => ({
          format,
          href: `/data/corrections-${year}.${format}`,
          label: `${year}年更正、修订和核减`,
          year,
        })),
      ),
    body: (board, d) =>
      d.format === 'json'
        ? toJson(correctionsDocument(board.model, d.year!))
        : toCsv(correctionsTable(board.model, d.year!)),
  },
  release: {
    names: 'releases/YYYY-MM/<当月的文件>',
    about: () =>
      '按发布时的数据：某月的 rankings-YYYY-MM.csv / .json、totals-YYYY-MM.csv、各组别 CSV，以及当时已公布的考核结果（assessment-…）和预警（warnings-YYYY.csv）在发布当天的样子（之后的更正、修订不计入），由 data/ 和更正记录重建；每个文件夹有 SHA256SUMS（sha256sum -c 可核对）',
    list: (board) =>
      releasesOf(board).flatMap(({ period }) => {
        const p = board.periods.find((x) => x.period === period)!;
        const month = bothFormats((format) => ({
          format,
          href: releaseDataUrl(period, monthDataUrl(period, format)),
          label: `${formatMonth(period)} 发布时 全部组别`,
          period,
          year: p.year,
        }));
        const totals = {
          format: 'csv' as const,
          href: releaseDataUrl(period, totalsDataUrl(period)),
          label: `${formatMonth(period)} 发布时 合计`,
          period,
          year: p.year,
          check: 'totals',
        };
        const groups = p.groups.map((g) => ({
          format: 'csv' as const,
          href: releaseDataUrl(period, groupDataUrl(period, g.group.id)),
          label: `${formatMonth(period)} 发布时 ${g.group.name}`,
          period,
          year: p.year,
          group: g.group.id,
        }));
        const then = releaseBoard(board, period);
        const verdicts = assessAll(then)
          .filter((a) => a.year === p.year)
          .flatMap((a) =>
            bothFormats((format) => ({
              format,
              href: releaseDataUrl(period, assessmentDataUrl(a.year, a.check.id, format)),
              label: `${formatMonth(period)} 发布时 ${a.year}年${a.check.name}`,
              period,
              year: p.year,
              check: a.check.id,
            })),
          );
        const warnings = warningYears(then)
          .filter((year) => year === p.year)
          .map((year) => ({
            format: 'csv' as const,
            href: releaseDataUrl(period, warningDataUrl(year)),
            label: `${formatMonth(period)} 发布时 ${year}年预警`,
            period,
            year,
            check: 'warning',
          }));
        return [...month, totals, ...groups, ...verdicts, ...warnings];
      }),
    body: (board, d) => {
      const then = releaseBoard(board, d.period!);
      if (d.check === 'warning') return toCsv(warningTable(then, d.year!));
      if (d.check === 'totals') return toCsv(totalsTable(then.model, periodResultOf(then, d)));
      if (d.check) return assessmentBody(then, d);
      return d.group ? groupBody(then, d) : monthBody(then, d);
    },
  },
  observations: {
    names: 'observations.csv / .json',
    about: () =>
      '每个已发布的数字一行（单位、指标、月份、数值），带发布日期、被取代日期和更正、修订的原因：一个数字改过几次就有几行',
    list: (board) =>
      board.periods.length
        ? bothFormats((format) => ({ format, href: observationsDataUrl(format), label: '全部观测值（含历次修订）' }))
        : [],
    body: (board, d) =>
      d.format === 'json'
        ? toJson(observationsDocument(board.model, board.periods))
        : toCsv(observationsTable(board.model)),
  },
  triangle: {
    names: 'triangle-YYYY.csv · triangle-YYYY-<单位代码>.csv',
    about: (model) =>
      `修订三角：${formatWholeArea(model.site.city)}（或一个单位）各指标，行是数字所属月份，列是发布它的各期（及“最新”），先累计、后当月新增；修订过的格在“修订说明”列写明`,
    list: (board) =>
      compareYears(board)
        .reverse()
        .filter((year) => releasesOf(board).some((r) => r.period.startsWith(`${year}-`)))
        .flatMap((year) => [
          {
            format: 'csv' as const,
            href: triangleDataUrl(year),
            label: `${year}年修订三角 ${formatWholeArea(board.model.site.city)}`,
            year,
          },
          ...unitsOfYear(board, year).map((unit) => ({
            format: 'csv' as const,
            href: triangleDataUrl(year, unit),
            label: `${year}年修订三角 ${unit}`,
            year,
            unit,
          })),
        ]),
    body: (board, d) => toCsv(triangleTable(trianglesOf(board, d.year!, d.unit ?? null))),
  },
  compare: {
    names: 'compare-YYYY.json',
    about: (model) =>
      `单位对比页用的数据：每个单位、${formatWholeArea(model.site.city)}和各组平均逐月的综合完成率、各指标完成率（%）和 1—N月累计，以及各组最新一期的第一名`,
    list: (board) =>
      compareYears(board)
        .reverse()
        .map((year) => ({ format: 'json' as const, href: compareDataUrl(year), label: `${year}年单位对比数据`, year })),
    body: (board, d) => toJson(compareData(board, d.year!)),
  },
  assessment: {
    names: 'assessment-YYYY-<考核代码>.csv / .json',
    about: (model) => {
      const codes = [
        ...new Set(model.plans.flatMap((p) => p.assessments?.checks.map((c) => `${c.id}=${c.name}`) ?? [])),
      ];
      return `一项考核（季度考评、双过半、年终考核等）的结果：各单位各指标完成率与结果、总体结果、红黑榜、免考理由（${codes.length ? `考核代码：${codes.join('，')}` : '年度计划未规定考核办法，暂无此类文件'}）`;
    },
    list: (board) =>
      assessAll(board).flatMap((a) =>
        bothFormats((format) => ({
          format,
          href: assessmentDataUrl(a.year, a.check.id, format),
          label: `${a.year}年${a.check.name}`,
          year: a.year,
          period: a.period.period,
          check: a.check.id,
        })),
      ),
    body: (board, d) => assessmentBody(board, d),
  },
  warnings: {
    names: 'warnings-YYYY.csv',
    about: () =>
      '预警：每个单位每月一行——连续落后月数，以及按当前进度推算到此后每次考核的各指标完成率和预计未达的指标（已到期的考核留空）',
    list: (board) =>
      warningYears(board).map((year) => ({
        format: 'csv' as const,
        href: warningDataUrl(year),
        label: `${year}年预警（各月）`,
        year,
      })),
    body: (board, d) => toCsv(warningTable(board, d.year!)),
  },
  ...LEDGER_DOWNLOADS,
} satisfies Record<string, DownloadKind>;

export type DownloadKindId = keyof typeof DOWNLOAD_KINDS;
/** A file the site offers, of one of the catalogue's kinds. */
export type Download = DownloadOf<DownloadKindId>;

const KINDS = Object.entries(DOWNLOAD_KINDS) as Array<[DownloadKindId, DownloadKind]>;

/** Every data file the site offers, kind by kind, in a stable order. */
export function listDownloads(board: Board): Download[] {
  return KINDS.flatMap(([kind, k]) => k.list(board).map((d) => ({ kind, ...d })));
}

/** The body of a download, as listed by listDownloads. */
export const downloadBody = (board: Board, d: Download) => DOWNLOAD_KINDS[d.kind].body(board, d);

/**
 * The kinds as README.txt lists them: file names and what they hold (a kind with no file on this board is left out).
 */
export const downloadKindsExplained = (board: Board) =>
  KINDS.filter(([, k]) => k.list(board).length > 0).map(([, k]) => ({ names: k.names, about: k.about(board.model) }));
