/**
 * The 1200×630 link-preview cards (Open Graph, Twitter): one for the site, one per month's ranking,
 * one per unit, one per assessment. A page without a card of its own shows the site's. Pages with cards are listed
 * here,
 * so a new page kind gets its card by adding a few lines.
 */
import { indicatorOf } from '../../../schema/indicators.ts';
import type { Board } from '../../../score/board.ts';
import {
  formatAmount,
  formatDate,
  formatMonth,
  formatPercent,
  formatPeriod,
  formatPlace,
  formatWholeArea,
} from '../../format.ts';
import { illustrativeNotice } from '../../notice.ts';
import { latestPeriod, scoreLabel, unitHistory } from '../../queries.ts';
import { citySentence } from '../../summary.ts';
import { assessAll } from '../../../score/assessment.ts';
import { assessmentUrl, homeUrl, previewImageUrl, rankingUrl, unitUrl } from '../../urls.ts';
import { assessmentTitle } from '../verdicts/assessments.ts';

export interface PreviewCard {
  /** The image's file name (without .png). */
  name: string;
  /** The page it previews. */
  path: string;
  /** Small line above the title: the site. */
  kicker: string;
  title: string;
  lines: string[];
  /** 数据期 and 发布日期 in one line. */
  stamp: string;
  notice: string | null;
}

const SITE_CARD = 'site';

export function previewCards(board: Board): PreviewCard[] {
  const { model } = board;
  const { site } = model;
  const latest = latestPeriod(board);
  const stampOf = (p: NonNullable<typeof latest>) =>
    `数据期：${formatPeriod(p.period)}累计 · 发布日期：${formatDate(p.report.publishedOn)}`;
  const cards: PreviewCard[] = [];
  if (!latest) return cards;
  cards.push({
    name: SITE_CARD,
    path: homeUrl(),
    kicker: site.publisher,
    title: site.title,
    lines: [citySentence(model, latest)],
    stamp: stampOf(latest),
    notice: illustrativeNotice(site, latest),
  });
  // Every month and check keeps its card at its address (src/lib/images/catalogue.ts).
  for (const period of board.periods) {
    cards.push({
      name: `rankings-${period.period}`,
      path: rankingUrl(period.period),
      kicker: site.title,
      title: `${formatPeriod(period.period)}${site.subject}排行榜`,
      lines: [citySentence(model, period)],
      stamp: stampOf(period),
      notice: illustrativeNotice(site, period),
    });
  }
  for (const unit of model.units) {
    const last = unitHistory(board, unit.id).at(-1);
    if (!last) continue;
    const { period, group, row } = last;
    const where = row.state === 'ranked' ? `第 ${formatPlace(row)} 位` : formatPlace(row);
    const place = `${formatMonth(period.period)} ${group.group.name}${where}（共 ${group.units.length} 个单位）`;
    const figures = row.indicators.map((r) => {
      const ind = indicatorOf(model, r.indicator);
      return `${ind.name} ${formatAmount(r.value, ind.decimals)} ${ind.unit}，完成率 ${formatPercent(r.completion)}`;
    });
    const score = row.score === null ? [] : [`${scoreLabel(period.plan, model)} ${formatPercent(row.score)}`];
    cards.push({
      name: `units-${unit.id}`,
      path: unitUrl(unit.id),
      kicker: site.title,
      title: unit.name,
      lines: [place, ...score, ...figures],
      stamp: stampOf(period),
      notice: illustrativeNotice(site, period),
    });
  }
  for (const a of assessAll(board)) {
    const verdict = (name: string, pass: boolean) =>
      `${name}：${pass ? `✓ ${a.check.passLabel}` : `× ${a.check.failLabel}`}`;
    cards.push({
      name: `assessment-${a.year}-${a.check.id}`,
      path: assessmentUrl(a.year, a.check.id),
      kicker: site.title,
      title: assessmentTitle(a),
      lines: [
        verdict(formatWholeArea(site.city), a.city.pass),
        ...a.groups.map((g) => verdict(g.group.name, g.total.pass)),
      ],
      stamp: stampOf(a.period),
      notice: illustrativeNotice(site, a.period),
    });
  }
  return cards;
}

/** The cards of a board, made once: every page's head asks for its own. */
const made = new WeakMap<Board, PreviewCard[]>();
export function previewCardsOnce(board: Board): PreviewCard[] {
  if (!made.has(board)) made.set(board, previewCards(board));
  return made.get(board)!;
}

/** The preview image of the page at `path`: its own card, or the site's. */
export function previewImageFor(cards: PreviewCard[], path: string): string {
  const card = cards.find((c) => c.path === path);
  return previewImageUrl(card?.name ?? SITE_CARD);
}
