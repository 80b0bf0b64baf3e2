/** What every page's frame shows: title, navigation, the illustrative notice, the data stamp and the footer. */
import type { Board, PeriodResult } from '../../../score/board.ts';
import { governmentFooter } from '../../government.ts';
import { fileNotice, illustrativeNotice } from '../../notice.ts';
import { latestPeriod } from '../../queries.ts';
import { currentMark, sectionsFor } from '../../sections.ts';
import { homeUrl, rankingUrl } from '../../urls.ts';

export interface LayoutInput {
  title?: string;
  description?: string;
  /** The month whose figures the page shows; defaults to the latest. */
  period?: PeriodResult;
  /** The page's own address, for the navigation's "you are here". */
  path: string;
  /**
   * The page shows a data file of its own (a ledger page): its unit of measure in the footer, and whether it is
   * illustrative.
   */
  ownData?: { unit?: string; illustrative: boolean; year: number };
}

export function layoutView(board: Board, input: LayoutInput) {
  const site = board.model.site;
  const period = input.period ?? latestPeriod(board);
  return {
    site,
    homeHref: homeUrl(),
    fullTitle: input.title ? `${input.title} - ${site.title}` : site.title,
    description: input.description ?? site.description,
    period,
    periodHref: period && rankingUrl(period.period),
    notice: input.ownData?.illustrative
      ? fileNotice(site, board.model.plans, input.ownData)
      : illustrativeNotice(site, period),
    amountUnits: input.ownData
      ? input.ownData.unit
      : [...new Set(board.model.indicators.map((i) => i.unit))].join('、'),
    /** 主办单位, 备案号 … (data/site.yaml's government block), or undefined. */
    government: governmentFooter(site),
    nav: sectionsFor(board.model)
      .filter((s) => s.inNav !== false)
      .map((s) => ({ ...s, current: currentMark(s.href, input.path) })),
  };
}
