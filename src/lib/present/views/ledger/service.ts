/**
 * /service/: the service environment per quarter — the investors' forum and the complaints — with its history, newest
 * first.
 */
import type { Board } from '../../../score/board.ts';
import { formatDate } from '../../format.ts';
import { serviceDataUrl } from '../../urls.ts';

export function serviceView(board: Board) {
  const years = [...board.model.serviceYears].reverse();
  return {
    latest: years[0],
    about: years[0].about ?? '各季度座谈会召开情况与投诉受理、查实、办结情况，最新的年份在前。',
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
