/**
 * /service/: the service environment per quarter — the investors' forum and the complaints — with its history, newest
 * first.
 */
import type { Board } from '../../score/board.ts';
import { formatDate } from '../../present/format.ts';
import { serviceDataUrl, serviceUrl } from './urls.ts';
import type { LedgerPresentation } from '../../present/section.ts';

export function serviceView(board: Board) {
  const years = [...board.model.serviceYears].reverse();
  return {
    latest: years[0],
    about: years[0]?.about ?? '各季度座谈会召开情况与投诉受理、查实、办结情况，最新的年份在前。',
    years: years.map((y) => {
      const sum = (key: 'received' | 'verified' | 'resolved' | 'suspensions') =>
        y.quarters.reduce((t, q) => t + q.complaints[key], 0);
      return {
        year: y.year,
        quarters: y.quarters.map((q) => ({
          ...q,
          forumText: q.forum.held ? (q.forum.date ? `已召开（${formatDate(q.forum.date)}）` : '已召开') : '未召开',
        })),
        totals: {
          received: sum('received'),
          verified: sum('verified'),
          resolved: sum('resolved'),
          suspensions: sum('suspensions'),
          forums: y.quarters.filter((q) => q.forum.held).length,
        },
      };
    }),
    downloads: [{ href: serviceDataUrl(), label: 'CSV（各季度）' }],
  };
}

/** The service environment's section of the site and its paragraph of /methodology/. */
export const servicePresentation: LedgerPresentation = {
  section: {
    href: serviceUrl(),
    label: '服务环境',
    summary: '每季度座谈会与投诉办理',
    when: (m) => m.serviceYears.length > 0,
    inNav: false,
  },
  method: ({ model }) =>
    model.serviceYears.length > 0
      ? {
          title: '服务环境',
          lines: [
            '按季度列出座谈会、投诉受理、查实、办结和待岗人数，只列数字，不排名、不计算完成率；查实、办结不多于受理，待岗不多于查实。',
          ],
        }
      : undefined,
};
