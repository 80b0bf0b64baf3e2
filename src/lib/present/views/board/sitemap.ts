/** /sitemap/ (网站地图): every section of this board, and every published month with its pages. */
import type { Board } from '../../../score/board.ts';
import { periodsByYear } from '../../queries.ts';
import { sectionsFor } from '../../sections.ts';
import { bulletinUrl, rankingUrl, slidesUrl } from '../../urls.ts';

export function siteMapView(board: Board) {
  return {
    sections: sectionsFor(board.model),
    years: periodsByYear(board).map(({ year, periods }) => ({
      year,
      months: periods.map((p) => ({
        period: p.period,
        ranking: rankingUrl(p.period),
        links: [
          { label: '督查通报', href: bulletinUrl(p.period) },
          { label: '幻灯片', href: slidesUrl(p.period) },
        ],
      })),
    })),
    /** @astrojs/sitemap's index. */
    xml: '/sitemap-index.xml',
  };
}
