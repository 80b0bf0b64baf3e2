/**
 * /projects/ (the latest ledger by tier), /projects/by-unit/, /projects/by-stage/, the same for every
 * year at /projects/2005/… (kept when a new year's ledger arrives), and /projects/<id>/ (a project's timeline).
 */
import { unitNameOf } from '../../schema/units.ts';
import { formatAmount, formatMonth, formatPercent } from '../../present/format.ts';
import { amountWithUnit, yearLinks, yearPages } from '../common/views.ts';
import type { Board } from '../../score/board.ts';
import type { Project, ProjectLedger } from './schema.ts';
import { ledgerMonth, ledgerTotals, projectStatus, type ProjectStatus } from './score.ts';
import { unitUrl } from '../../present/urls.ts';
import { projectMonthsDataUrl, projectsDataUrl, projectsUrl, projectUrl } from './urls.ts';
import { eventUrl } from '../events/urls.ts';
import { indicatorOf } from '../../schema/indicators.ts';
import type { LedgerPresentation } from '../../present/section.ts';

export type LedgerGrouping = 'tier' | 'unit' | 'stage';

const GROUPINGS: Array<{ by: LedgerGrouping; label: string; view?: 'by-unit' | 'by-stage' }> = [
  { by: 'tier', label: '按类别' },
  { by: 'unit', label: '按责任单位', view: 'by-unit' },
  { by: 'stage', label: '按阶段', view: 'by-stage' },
];

/**
 * The ledger pages the site builds: each grouping of the latest ledger (no year in the address) and of every year's.
 */
export function ledgerPages(board: Board): Array<{ by: LedgerGrouping; year?: number; path: string }> {
  return yearPages(board.model.projectLedgers.map((l) => l.year)).flatMap((year) =>
    GROUPINGS.map((g) => ({ by: g.by, year, path: projectsUrl(g.view, year) })),
  );
}

export const latestLedger = (board: Board): ProjectLedger | undefined => board.model.projectLedgers.at(-1);
const ledgerOf = (board: Board, year?: number) =>
  year === undefined ? latestLedger(board) : board.model.projectLedgers.find((l) => l.year === year);

function groupsOf(board: Board, ledger: ProjectLedger, rows: ProjectStatus[], by: LedgerGrouping) {
  if (by === 'tier')
    return ledger.tiers.map((t) => ({
      id: t.id,
      title: t.name,
      href: undefined,
      rows: rows.filter((r) => r.project.tier === t.id),
    }));
  if (by === 'stage')
    return [...ledger.stages]
      .reverse()
      .map((s, i) => ({ id: `stage-${i}`, title: s, href: undefined, rows: rows.filter((r) => r.latest.stage === s) }));
  return board.model.units.map((u) => ({
    id: u.id,
    title: u.name,
    href: unitUrl(u.id),
    rows: rows.filter((r) => r.project.unit === u.id),
  }));
}

/** A ledger page: the year's ledger (the latest without a year), grouped by tier, unit or stage. */
export function ledgerView(board: Board, by: LedgerGrouping, year?: number) {
  const ledger = ledgerOf(board, year)!;
  const view = GROUPINGS.find((g) => g.by === by)!.view;
  const rows = ledger.tiers.flatMap((t) => ledger.projects.filter((p) => p.tier === t.id)).map(projectStatus);
  const totals = ledgerTotals(rows, ledger.agreedTarget);
  const money = (v: number) => amountWithUnit(v, ledger.unit);
  const through = ledgerMonth(ledger);
  return {
    ledger,
    through,
    title: `${ledger.year}年重点项目台账`,
    unit: ledger.unit,
    totals,
    summary: [
      `共 ${totals.count} 个项目（${ledger.tiers.map((t) => `${t.name} ${rows.filter((r) => r.project.tier === t.id).length} 个`).join('，')}）。`,
      `${ledger.agreedLabel}合计 ${money(totals.agreed)}${ledger.agreedTarget !== undefined ? `，目标 ${money(ledger.agreedTarget)}，达到目标的 ${formatPercent(totals.agreedShare)}` : ''}。`,
      `截至${formatMonth(through)}，到位资金累计 ${money(totals.inPlace)}，占当年计划投资 ${money(totals.planned)} 的 ${formatPercent(totals.inPlaceShare)}；按计划推进 ${totals.onPlan} 个，未按计划 ${totals.count - totals.onPlan} 个。`,
    ],
    groupings: GROUPINGS.map((g) => ({
      by: g.by,
      label: g.label,
      href: projectsUrl(g.view, year),
      current: g.by === by,
    })),
    years: yearLinks(
      board.model.projectLedgers.map((l) => l.year),
      ledger.year,
      (y) => projectsUrl(view, y),
    ),
    groups: groupsOf(board, ledger, rows, by)
      .filter((g) => g.rows.length > 0)
      .map((g) => ({
        ...g,
        totals: ledgerTotals(g.rows),
        rows: g.rows.map((r) => ({
          ...r,
          href: projectUrl(r.project.id),
          unitName: unitNameOf(board.model, r.project.unit),
          unitHref: unitUrl(r.project.unit),
          share: r.project.planned > 0 ? r.latest.inPlace / r.project.planned : null,
        })),
      })),
    downloads: [
      { href: projectsDataUrl(ledger.year, 'csv'), label: 'CSV' },
      { href: projectsDataUrl(ledger.year, 'json'), label: 'JSON（含合计）' },
      { href: projectMonthsDataUrl(ledger.year), label: '逐月记录 CSV' },
    ],
  };
}

/** Every project id on file, newest ledger's version of each. */
export function projectsOnFile(board: Board): Project[] {
  const byId = new Map<string, Project>();
  for (const ledger of board.model.projectLedgers) for (const p of ledger.projects) byId.set(p.id, p);
  return [...byId.values()];
}

export function projectView(board: Board, id: string) {
  const { model } = board;
  const years = model.projectLedgers.filter((l) => l.projects.some((p) => p.id === id)).reverse();
  const latest = years[0];
  if (!latest) throw new Error(`no project ledger lists the project ${id}`);
  const project = latest.projects.find((p) => p.id === id)!;
  const unit = model.units.find((u) => u.id === project.unit);
  const money = (v: number) => amountWithUnit(v, latest.unit);
  const signings = model.eventYears.flatMap((y) =>
    y.events.flatMap((e) =>
      e.signings.filter((s) => s.project === id).map((s) => ({ event: e, signing: s, href: eventUrl(e.id) })),
    ),
  );
  const status = projectStatus(project);
  return {
    project,
    tier: latest.tiers.find((t) => t.id === project.tier)?.name ?? project.tier,
    ledgerHref: projectsUrl(undefined, latest.year),
    facts: [
      { term: '责任单位', text: unit?.name ?? project.unit, href: unitUrl(project.unit) },
      { term: '挂钩领导', text: project.leader ?? '—' },
      { term: '责任人', text: project.person ?? '未填写' },
      { term: '投资方', text: project.investor },
      { term: '国别（地区）', text: project.country },
      { term: latest.agreedLabel, text: money(project.agreed) },
      { term: `${latest.year}年计划投资`, text: money(project.planned) },
      {
        term: `到位资金（截至${formatMonth(status.latest.month)}）`,
        text: `${money(status.latest.inPlace)}，占计划 ${formatPercent(project.planned > 0 ? status.latest.inPlace / project.planned : null)}`,
      },
      { term: '当前阶段', text: `${status.latest.stage}（${status.latest.onPlan ? '按计划推进' : '未按计划推进'}）` },
    ],
    signings,
    unitOfMeasure: latest.unit,
    ledger: latest,
    years: years.map((l) => {
      const p = l.projects.find((x) => x.id === id)!;
      return {
        year: l.year,
        stages: l.stages,
        months: p.months.map((m, i) => ({ ...m, stageChanged: i > 0 && p.months[i - 1]?.stage !== m.stage })),
      };
    }),
    downloads: [{ href: projectMonthsDataUrl(latest.year), label: `${latest.year}年逐月记录 CSV` }],
  };
}

/** The ledger's section of the site and its paragraph of /methodology/ (from the latest year's ledger). */
export const projectsPresentation: LedgerPresentation = {
  section: {
    href: projectsUrl(),
    label: '项目台账',
    summary: '重点项目的责任单位、责任人、协议金额、逐月到位资金与进度',
    when: (m) => m.projectLedgers.length > 0,
  },
  method: ({ model }) => {
    const ledger = model.projectLedgers.at(-1);
    return (
      ledger && {
        title: '重点项目台账',
        lines: [
          `每个项目一行，逐月记录到位资金、所处阶段和是否按计划推进；金额单位为台账自己的单位（${ledger.unit}）。`,
          `${ledger.agreedLabel}合计 = 台账上各项目${ledger.agreedLabel}之和${ledger.agreedTarget !== undefined ? `，与目标之比 = 合计 ÷ 目标（${formatAmount(ledger.agreedTarget)} ${ledger.unit}）` : ''}。到位资金累计 = 各项目最新一个月的到位资金之和，占当年计划投资 = 到位资金累计 ÷ 各项目当年计划投资之和。按计划推进的项目数以各项目最新一个月的记录为准。`,
          `台账与月度报表分别填报，数字不相加。${ledger.comparesWith ? `某单位台账项目的到位资金合计超过该单位同月报表中的${indicatorOf(model, ledger.comparesWith).name}时，检查数据时给出提醒（两者之一有误）。` : ''}`,
        ],
      }
    );
  },
};
