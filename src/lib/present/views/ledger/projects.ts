/**
 * /projects/ (the latest ledger by tier), /projects/by-unit/, /projects/by-stage/, the same for every
 * year at /projects/2005/… (kept when a new year's ledger arrives), and /projects/<id>/ (a project's timeline).
 */
import { unitNameOf } from '../../../schema/units.ts';
import { formatMonth, formatPercent } from '../../format.ts';
import { amountWithUnit, yearLinks, yearPages } from './format.ts';
import type { Board } from '../../../score/board.ts';
import type { Project, ProjectLedger } from '../../../schema/ledger/projects.ts';
import { ledgerMonth, ledgerTotals, projectStatus, type ProjectStatus } from '../../../score/ledger.ts';
import { eventUrl, ledgerDataUrl, projectsUrl, projectUrl, unitUrl } from '../../urls.ts';

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
      { href: ledgerDataUrl('projects', ledger.year, 'csv'), label: 'CSV' },
      { href: ledgerDataUrl('projects', ledger.year, 'json'), label: 'JSON（含合计）' },
      { href: ledgerDataUrl('projects-months', ledger.year), label: '逐月记录 CSV' },
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
        months: p.months.map((m, i) => ({ ...m, stageChanged: i > 0 && p.months[i - 1].stage !== m.stage })),
      };
    }),
    downloads: [{ href: ledgerDataUrl('projects-months', latest.year), label: `${latest.year}年逐月记录 CSV` }],
  };
}
