/**
 * /compare/: a few units (and 全市, group averages) on one chart, month by month. The page is
 * prerendered with the default comparison — the latest month's group leaders, on the ranking score —
 * so it reads without JavaScript; its script (src/client/compare.ts) takes the choice from the
 * address and redraws from the year's compare file.
 */
import type { Board } from '../../../score/board.ts';
import { chartOf, defaultIds, resolveQuery, tableOf, type CompareData, type CompareLine } from '../../compare.ts';
import { compareData, compareYears } from '../../compare-data.ts';
import { compareDataUrl, compareUrl } from '../../urls.ts';

/** The chooser: units by group, then the reference lines (全市, each group's average). */
export function chooserOf(data: CompareData, chosen: string[]) {
  const entry = (l: CompareLine) => ({ id: l.id, name: l.name, checked: chosen.includes(l.id) });
  return {
    groups: data.groups
      .map((g) => ({
        id: g.id,
        name: g.name,
        units: data.lines.filter((l) => l.kind === 'unit' && l.group === g.id).map(entry),
      }))
      .filter((g) => g.units.length > 0),
    references: data.lines.filter((l) => l.kind !== 'unit').map(entry),
  };
}

/** The caption of a comparison: what is drawn, for whom. */
export function compareCaption(data: CompareData, names: string[], label: string) {
  return `${data.year}年逐月${label}：${names.join('、')}`;
}

export function compareView(board: Board) {
  const years = compareYears(board);
  const [year] = years;
  if (year === undefined) return undefined;
  const data = compareData(board, year);
  const ids = defaultIds(data);
  const { lines, measure } = resolveQuery(data, { ids });
  return {
    data,
    years,
    ids,
    measures: data.measures,
    measure,
    chooser: chooserOf(data, ids),
    /** The compare file's address with {year} for the year: the script fills it in. */
    source: compareDataUrl(0).replace('-0.', '-{year}.'),
    caption: compareCaption(
      data,
      lines.map((l) => l.name),
      measure.label,
    ),
    spec: chartOf(data, lines, measure),
    table: tableOf(data, lines, measure),
    /** The same comparison as a link (what the script writes into the address). */
    href: compareUrl({ units: ids }),
  };
}
