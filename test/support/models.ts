/** Small hand-built models for unit tests: a report is a period and each unit's figures or 未报送. */
import type { Report, Site, Unit } from '../../src/lib/model.ts';

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

/** 甲镇 … 戊镇 (t1 … t5), all in the group `towns`, reporting since 2004. */
export const fiveTowns = (): Unit[] =>
  ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇'].map((name, i) => ({ id: `t${i + 1}`, name, group: 'towns', activeFrom: 2004 }));

/** Site settings for a test model. */
export const testSite = (overrides: Partial<Site> = {}): Site => ({
  city: '某市', title: '某市排行榜', publisher: '督查室', subject: '利用外资', description: '…', illustrative: true, ...overrides,
});
