/** The site's sections, in one list: the navigation, the 404 page and the home page's 更多 read it. */
import { correctionsUrl, dataUrl, homeUrl, methodologyUrl, rankingsUrl, unitsUrl } from './urls.ts';

export interface Section {
  href: string;
  /** The name in the navigation. */
  label: string;
  /** What is there, in a few words (404 page, home page). */
  summary: string;
}

export const SECTIONS: readonly Section[] = [
  { href: homeUrl(), label: '首页', summary: '最新一期概况' },
  { href: rankingsUrl(), label: '排行榜', summary: '全部月份的排行榜' },
  { href: unitsUrl(), label: '单位', summary: '各单位的目标、逐月完成情况与位次' },
  { href: dataUrl(), label: '数据下载', summary: 'CSV、JSON，按月、按组、按年、按单位' },
  { href: methodologyUrl(), label: '方法说明', summary: '计算公式、并列规则、色带、数据来源与更正' },
  { href: correctionsUrl(), label: '更正', summary: '已发布数字的更正、修订与核减，及其对位次的影响' },
];

/** aria-current for a navigation link on the page at `path`: the page itself, or a page inside its section. */
export function currentMark(href: string, path: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  const inside = href === homeUrl() ? path === href : path.startsWith(href);
  return inside ? 'true' : undefined;
}
