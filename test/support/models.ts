/** Small hand-built models for unit tests: a report is a period and each unit's figures or 未报送. */
import type { Report } from '../../src/lib/model.ts';

export type Figures = Record<string, Record<string, number> | '未报送'>;

export function report(period: string, values: Figures, options: { remarks?: Record<string, string>; status?: Report['status'] } = {}): Report {
  const [year, month] = period.split('-').map(Number);
  const remarks = options.remarks ?? {};
  return {
    file: `data/reports/${year}/${period}.yaml`, period, year, month, status: options.status ?? 'published',
    publishedOn: `${period}-28`, publisher: '督查室', illustrative: false,
    entries: Object.entries(values).map(([unit, v]) =>
      v === '未报送' ? { unit, status: '未报送', values: {}, remark: remarks[unit] } : { unit, status: '已报送', values: v, remark: remarks[unit] },
    ),
  };
}
