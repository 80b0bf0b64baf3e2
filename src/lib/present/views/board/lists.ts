/** The index pages: /rankings/ (every month), /units/ (every unit) and /data/ (every download). */
import { formatWholeArea } from '../../format.ts';
import type { Board } from '../../../score/board.ts';
import { cityTotalGroups, latestPeriod, periodsByYear, scoreLabel } from '../../queries.ts';
import { nextReleaseText, releaseNote } from '../../release.ts';
import {
  groupDataUrl,
  methodologyUrl,
  monthDataUrl,
  rankingUrl,
  unitDataUrl,
  unitUrl,
  yearDataUrl,
} from '../../urls.ts';

/** /rankings/: every published month, grouped by year, newest year first. */
export function rankingsView(board: Board) {
  const latest = latestPeriod(board);
  return {
    subject: board.model.site.subject,
    latest: latest && { period: latest.period, href: rankingUrl(latest.period) },
    nextRelease: nextReleaseText(board, board.model),
    years: periodsByYear(board).map(({ year, periods }) => ({
      year,
      months: periods.map((p) => ({
        period: p,
        href: rankingUrl(p.period),
        release: releaseNote(p.plan, p.period, p.report.publishedOn),
      })),
      downloads: [
        { href: yearDataUrl(year, 'csv'), label: 'CSV' },
        { href: yearDataUrl(year, 'json'), label: 'JSON' },
      ],
    })),
  };
}

/** /units/: every unit, by group, with its place in the latest month. */
export function unitsView(board: Board) {
  const { model } = board;
  const latest = latestPeriod(board);
  return {
    latest,
    description: `${model.groups.map((g) => g.name).join('、')}各单位的目标、逐月完成情况与排名。`,
    /** Under a group left out of the city total: why. */
    overlapNote: `数字与${cityTotalGroups(model).counted}重叠，不计入${formatWholeArea(model.site.city)}合计`,
    scoreLabel: latest && scoreLabel(latest.plan, model),
    groups: model.groups.map((group) => {
      const rows = latest?.groups.find((g) => g.group.id === group.id)?.units ?? [];
      const units = model.units.filter((u) => u.group === group.id);
      return {
        group,
        count: units.length,
        units: units.map((unit) => ({ unit, href: unitUrl(unit.id), row: rows.find((r) => r.unit === unit.id) })),
      };
    }),
  };
}

/** /data/: every download, by year and month, then each unit's history. */
export function downloadsView(board: Board) {
  const { model } = board;
  return {
    groups: model.groups,
    /** 全市, 全县 …: the workbook's sheet of totals. */
    area: formatWholeArea(model.site.city),
    amountUnits: [...new Set(model.indicators.map((i) => i.unit))].join('、'),
    methodologyHref: methodologyUrl(),
    years: periodsByYear(board).map(({ year, periods }) => ({
      year,
      csv: yearDataUrl(year, 'csv'),
      json: yearDataUrl(year, 'json'),
      months: periods.map((p) => ({
        period: p,
        href: rankingUrl(p.period),
        csv: monthDataUrl(p.period, 'csv'),
        json: monthDataUrl(p.period, 'json'),
        xlsx: monthDataUrl(p.period, 'xlsx'),
        groups: model.groups.map((g) => ({ group: g, csv: groupDataUrl(p.period, g.id) })),
      })),
    })),
    units: model.groups.map((g) => ({
      group: g,
      units: model.units
        .filter((u) => u.group === g.id)
        .map((u) => ({ unit: u, href: unitUrl(u.id), csv: unitDataUrl(u.id) })),
    })),
  };
}
