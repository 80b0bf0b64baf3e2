/**
 * The project ledger as downloads: a row per project, or per project and month, and its JSON with
 * totals. Every amount column names the ledger's own unit; a 说明 column carries the illustrative notice.
 */
import type { Model } from '../../model/model.ts';
import { unitNameOf } from '../../schema/units.ts';
import type { ProjectLedger } from './schema.ts';
import { ledgerMonth, ledgerTotals, projectStatus } from './score.ts';
import { round } from '../../score/round.ts';
import { percent, type Table } from '../../export/table.ts';
import { toCsv, yesNo } from '../../export/csv.ts';
import { toJson } from '../../export/json.ts';
import { bothFormats, type DownloadKind } from '../../export/download.ts';
import { projectMonthsDataUrl, projectsDataUrl } from './urls.ts';
import { noticeOf, table } from '../common/export.ts';

const tierName = (ledger: ProjectLedger, id: string) => ledger.tiers.find((t) => t.id === id)?.name ?? id;
/** One row per project: who answers for it, the amounts and its latest line. */
export function ledgerTable(model: Model, ledger: ProjectLedger): Table {
  const u = ledger.unit;
  const notice = noticeOf(model, ledger);
  return table(
    [
      '年份',
      '类别',
      '项目代码',
      '项目',
      '责任单位代码',
      '责任单位',
      '挂钩领导',
      '责任人',
      '投资方',
      '国别（地区）',
      `${ledger.agreedLabel}（${u}）`,
      `当年计划投资（${u}）`,
      '截至月份',
      `到位资金累计（${u}）`,
      '到位率（%）',
      '阶段',
      '按计划推进',
      '问题',
      '解决单位',
      '说明',
    ],
    [
      0,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      0,
      0,
      undefined,
      0,
      1,
    ],
    ledger.tiers
      .flatMap((tier) => ledger.projects.filter((p) => p.tier === tier.id))
      .map((p) => {
        const { latest } = projectStatus(p);
        return [
          ledger.year,
          tierName(ledger, p.tier),
          p.id,
          p.name,
          p.unit,
          unitNameOf(model, p.unit),
          p.leader ?? null,
          p.person ?? null,
          p.investor,
          p.country,
          p.agreed,
          p.planned,
          latest.month,
          latest.inPlace,
          percent(p.planned > 0 ? latest.inPlace / p.planned : null),
          latest.stage,
          yesNo(latest.onPlan),
          latest.problem ?? null,
          latest.solver ?? null,
          notice,
        ];
      }),
  );
}

/** One row per project and month: the whole record. */
export function ledgerMonthsTable(model: Model, ledger: ProjectLedger): Table {
  const u = ledger.unit;
  const notice = noticeOf(model, ledger);
  return table(
    [
      '月份',
      '项目代码',
      '项目',
      '责任单位',
      `到位资金累计（${u}）`,
      '阶段',
      '按计划推进',
      '问题',
      '解决单位',
      '备注',
      '说明',
    ],
    [undefined, undefined, undefined, undefined, 0],
    ledger.projects.flatMap((p) =>
      p.months.map((m) => [
        m.month,
        p.id,
        p.name,
        unitNameOf(model, p.unit),
        m.inPlace,
        m.stage,
        yesNo(m.onPlan),
        m.problem ?? null,
        m.solver ?? null,
        m.remark ?? null,
        notice,
      ]),
    ),
  );
}

/** The ledger as JSON: totals (all, and per tier) against the target, and every project with its record. */
export function ledgerDocument(model: Model, ledger: ProjectLedger) {
  const rows = ledger.projects.map(projectStatus);
  const totals = (subset: typeof rows, target?: number) => {
    const t = ledgerTotals(subset, target);
    return {
      ...t,
      agreedShare: t.agreedShare === null ? null : round(t.agreedShare * 100, 1),
      inPlaceShare: t.inPlaceShare === null ? null : round(t.inPlaceShare * 100, 1),
    };
  };
  return {
    notice: noticeOf(model, ledger),
    year: ledger.year,
    source: ledger.source,
    unit: ledger.unit,
    through: ledgerMonth(ledger),
    fields: {
      agreedShare: `${ledger.agreedLabel}合计占目标（%）`,
      inPlaceShare: '到位资金占当年计划投资（%）',
      inPlace: `到位资金，当年1—N月累计（${ledger.unit}）`,
    },
    agreedTarget: ledger.agreedTarget ?? null,
    totals: totals(rows, ledger.agreedTarget),
    tiers: ledger.tiers.map((tier) => ({ ...tier, totals: totals(rows.filter((r) => r.project.tier === tier.id)) })),
    stages: ledger.stages.map((stage) => ({ stage, count: rows.filter((r) => r.latest.stage === stage).length })),
    projects: ledger.projects.map((p) => ({ ...p, unitName: unitNameOf(model, p.unit) })),
  };
}

/** The ledger's downloads (export/downloads.ts lists them after the board's own). */
export const projectsDownloads = {
  projects: {
    names: 'projects-YYYY.csv / .json',
    about: (model) =>
      `重点项目台账，每个项目一行：责任单位、责任人、协议金额、到位资金与阶段（金额单位见列名${model.projectLedgers[0] ? `，如${model.projectLedgers[0].unit}` : ''}）；JSON 含合计与目标`,
    list: (board) =>
      board.model.projectLedgers.flatMap((l) =>
        bothFormats((format) => ({
          format,
          href: projectsDataUrl(l.year, format),
          label: `${l.year}年项目台账`,
          year: l.year,
        })),
      ),
    body: (board, d) => {
      const ledger = board.model.projectLedgers.find((l) => l.year === d.year)!;
      return d.format === 'json'
        ? toJson(ledgerDocument(board.model, ledger))
        : toCsv(ledgerTable(board.model, ledger));
    },
  },
  projectMonths: {
    names: 'projects-YYYY-months.csv',
    about: () => '重点项目台账逐月记录，每个项目每月一行',
    list: (board) =>
      board.model.projectLedgers.map((l) => ({
        format: 'csv' as const,
        href: projectMonthsDataUrl(l.year),
        label: `${l.year}年项目台账逐月`,
        year: l.year,
      })),
    body: (board, d) =>
      toCsv(
        ledgerMonthsTable(
          board.model,
          board.model.projectLedgers.find((l) => l.year === d.year)!,
        ),
      ),
  },
} satisfies Record<string, DownloadKind>;
