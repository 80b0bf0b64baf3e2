/** The site's sections, in one list: the navigation, the 404 page and the home page's 更多 read it. */
import type { Model } from '../model/model.ts';
import {
  assessmentsUrl,
  compareUrl,
  cooperationUrl,
  correctionsUrl,
  dataUrl,
  eventsUrl,
  homeUrl,
  methodologyUrl,
  projectsUrl,
  rankingsUrl,
  releasesUrl,
  serviceUrl,
  unitsUrl,
} from './urls.ts';

export interface Section {
  href: string;
  /** The name in the navigation. */
  label: string;
  /** What is there, in a few words (404 page, home page). */
  summary: string;
  /** A section shown only when the board has its data (the ledger's files are optional). */
  when?: (model: Model) => boolean;
  /** A name that comes from the data (e.g. the cooperation tracker's title), instead of `label`. */
  labelOf?: (model: Model) => string;
  /** false: listed on the home page and the 404 page, but not in the top navigation (kept short for phones). */
  inNav?: boolean;
}

export const SECTIONS: readonly Section[] = [
  { href: homeUrl(), label: '首页', summary: '最新一期概况' },
  { href: rankingsUrl(), label: '排行榜', summary: '全部月份的排行榜' },
  {
    href: assessmentsUrl(),
    label: '考评',
    summary: '季度考评、双过半、年终考核、红黑榜与预警',
    when: (m) => m.plans.some((p) => p.assessments),
  },
  { href: unitsUrl(), label: '单位', summary: '各单位的目标、逐月完成情况与位次' },
  { href: compareUrl(), label: '对比', summary: '几个单位逐月对比完成率，可加总数与组平均作参照' },
  {
    href: projectsUrl(),
    label: '项目台账',
    summary: '重点项目的责任单位、责任人、协议金额、逐月到位资金与进度',
    when: (m) => m.projectLedgers.length > 0,
  },
  {
    href: eventsUrl(),
    label: '大活动',
    summary: '招商活动、签约项目与跟踪转化',
    when: (m) => m.eventYears.length > 0,
    inNav: false,
  },
  {
    href: cooperationUrl(),
    label: '合作项目',
    summary: '合作项目个数与投资总额对照目标和序时进度',
    when: (m) => m.cooperationYears.length > 0,
    labelOf: (m) => m.cooperationYears.at(-1)!.title,
    inNav: false,
  },
  {
    href: serviceUrl(),
    label: '服务环境',
    summary: '每季度座谈会与投诉办理',
    when: (m) => m.serviceYears.length > 0,
    inNav: false,
  },
  { href: dataUrl(), label: '数据下载', summary: 'CSV、JSON，按月、按组、按年、按单位' },
  { href: methodologyUrl(), label: '方法说明', summary: '计算公式、并列规则、色带、数据来源与更正' },
  {
    href: releasesUrl(),
    label: '历次发布',
    summary: '每期发布时的数据、全部观测值与修订三角：看一个数字发布后怎样变动',
    inNav: false,
  },
  { href: correctionsUrl(), label: '更正', summary: '已发布数字的更正、修订与核减，及其对位次的影响', inNav: false },
];

/** The sections this board has, with names from its data. */
export const sectionsFor = (model: Model): Section[] =>
  SECTIONS.filter((s) => !s.when || s.when(model)).map((s) => (s.labelOf ? { ...s, label: s.labelOf(model) } : s));

/** aria-current for a navigation link on the page at `path`: the page itself, or a page inside its section. */
export function currentMark(href: string, path: string): 'page' | 'true' | undefined {
  if (path === href) return 'page';
  const inside = href === homeUrl() ? path === href : path.startsWith(href);
  return inside ? 'true' : undefined;
}
