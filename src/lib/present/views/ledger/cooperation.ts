/**
 * /cooperation/: the cooperation tracker (接轨上海) — projects signed and their total against the
 * count and total targets, with the time pace. Its amounts are in the file's own unit (万元):
 * written with it everywhere, never set beside the FDI figures.
 */
import { unitNameOf } from '../../../schema/units.ts';
import type { Board } from '../../../score/board.ts';
import { cooperationProgress } from '../../../score/ledger.ts';
import { formatAmount, formatDate, formatMonth, formatPaceGapText, formatPercent } from '../../format.ts';
import { amountWithUnit, yearLinks, yearPages } from './format.ts';
import { cooperationUrl, ledgerDataUrl, unitUrl } from '../../urls.ts';

export const latestCooperationYear = (board: Board) => board.model.cooperationYears.at(-1);

/** The month the tracker is shown as of: the board's latest published month of that year, else its December. */
function asOf(board: Board, year: number): string {
  return board.periods.filter((p) => p.year === year).at(-1)?.period ?? `${year}-12`;
}

/**
 * The years with a tracker page: undefined is the latest, at /cooperation/ (every year's kept at /cooperation/2005/).
 */
export const cooperationPages = (board: Board) => yearPages(board.model.cooperationYears.map((y) => y.year));

export function cooperationView(board: Board, shown?: number) {
  const year =
    shown === undefined ? latestCooperationYear(board)! : board.model.cooperationYears.find((y) => y.year === shown)!;
  const progress = cooperationProgress(year, asOf(board, year.year));
  const now = progress.at(-1)!;
  const money = (v: number) => amountWithUnit(v, year.unit);
  const gap = (rate: number | null) => (rate === null ? null : (rate - now.pace) * 100);
  return {
    year,
    title: `${year.year}年${year.title}`,
    years: yearLinks(
      board.model.cooperationYears.map((y) => y.year),
      year.year,
      cooperationUrl,
    ),
    unit: year.unit,
    subject: board.model.site.subject,
    /** The indicators' units that differ from this file's: said, so no one adds the two. */
    otherUnits: [...new Set(board.model.indicators.map((i) => i.unit))].filter((unit) => unit !== year.unit).join('、'),
    through: formatMonth(now.period),
    cards: [
      {
        title: '合作项目个数',
        big: `${now.count} 个`,
        target: `目标不少于 ${year.targets.count} 个（每个 ${money(year.minimum)}以上）`,
        rate: formatPercent(now.countRate),
        gap: formatPaceGapText(gap(now.countRate)),
      },
      {
        title: '投资总额',
        big: money(now.total),
        target: `目标不低于 ${money(year.targets.total)}`,
        rate: formatPercent(now.totalRate),
        gap: formatPaceGapText(gap(now.totalRate)),
      },
    ],
    pace: formatPercent(now.pace),
    months: progress.map((m) => ({
      ...m,
      total: formatAmount(m.total),
      countRate: formatPercent(m.countRate),
      totalRate: formatPercent(m.totalRate),
      pace: formatPercent(m.pace),
    })),
    projects: [...year.projects]
      .sort((a, b) => a.signedOn.localeCompare(b.signedOn))
      .map((p) => ({
        ...p,
        amountText: formatAmount(p.amount),
        date: formatDate(p.signedOn),
        unitName: unitNameOf(board.model, p.unit),
        unitHref: unitUrl(p.unit),
      })),
    downloads: [{ href: ledgerDataUrl('cooperation', year.year), label: 'CSV' }],
  };
}
