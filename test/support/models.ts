/** Small hand-built models for unit tests: a report is a period and each unit's figures or 未报送. */
import { DATA_KINDS, KIND_IDS, type KindId } from '../../src/lib/schema/kinds.ts';
import type { Model } from '../../src/lib/model/model.ts';
import type { Plan } from '../../src/lib/schema/plan.ts';
import type { Report } from '../../src/lib/schema/report.ts';
import type { Site } from '../../src/lib/schema/site.ts';
import type { Unit } from '../../src/lib/schema/units.ts';
import { asGroup, asIndicator, asPeriod, asUnit } from './ids.ts';

export type Figures = Record<string, Record<string, number> | '未报送'>;

export function report(
  period: string,
  values: Figures,
  options: { remarks?: Record<string, string>; status?: Report['status'] } = {},
): Report {
  const [year, month] = period.split('-').map(Number);
  const remarks = options.remarks ?? {};
  return {
    file: `data/reports/${year}/${period}.yaml`,
    period: asPeriod(period),
    year,
    month,
    status: options.status ?? 'published',
    publishedOn: `${period}-28`,
    publisher: '督查室',
    entries: Object.entries(values).map(([unit, v]) =>
      v === '未报送'
        ? { unit: asUnit(unit), status: '未报送', values: {}, remark: remarks[unit] }
        : { unit: asUnit(unit), status: '已报送', values: v, remark: remarks[unit] },
    ),
  };
}

/** 甲镇 … 戊镇 (t1 … t5), all in the group `towns`, reporting since 2004. */
export const fiveTowns = (): Unit[] =>
  ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇'].map((name, i) => ({
    id: asUnit(`t${i + 1}`),
    name,
    group: asGroup('towns'),
    activeFrom: 2004,
  }));

/** Site settings for a test model. */
export const testSite = (overrides: Partial<Site> = {}): Site => ({
  city: '某市',
  title: '某市排行榜',
  publisher: '督查室',
  subject: '利用外资',
  description: '…',
  illustrative: true,
  ...overrides,
});

/**
 * A model for tests: the site and registry as given, and every other data-file kind's part empty
 * unless given — so a new kind of data file does not break the hand-built models.
 */
export function testModel(parts: Pick<Model, 'site' | 'groups' | 'units' | 'indicators'> & Partial<Model>): Model {
  const toEmpty = (id: KindId) =>
    (DATA_KINDS[id].toModel as (files: [], inputs: { indicatorIds: string[] }) => object)([], { indicatorIds: [] });
  const empty = KIND_IDS.filter((id) => !DATA_KINDS[id].required).map(toEmpty);
  return Object.assign({}, ...empty, parts) as Model;
}

/** A 2005 plan over indicators `c` (合同) and `a` (实际), ranked by their equal-weight composite, with two bands. */
export const testPlan = (targets: Plan['targets'], overrides: Partial<Plan> = {}): Plan => ({
  file: 'data/plans/2005.yaml',
  year: 2005,
  source: '责任状',
  indicators: [asIndicator('c'), asIndicator('a')],
  cityTargets: { c: 1000, a: 400 },
  ranking: { method: 'composite', weights: { c: 1, a: 1 }, tieDecimals: 1, tieRule: '并列同一位次' },
  bands: [
    { id: 'ahead', label: '超序时', symbol: '▲', minGap: 0, tone: 'good' },
    { id: 'behind', label: '欠序时', symbol: '▼', tone: 'bad' },
  ],
  targets,
  ...overrides,
});

/**
 * 甲镇 … 戊镇 (t1 … t5) in 镇, which counts toward the city, and 某局 (d1, new in 2005) in 部门, which does not;
 * indicators `c` (合同) and `a` (实际) in 万美元: the registry of the scoring and verdict tests.
 */
export const townsAndDepartmentModel = (plans: Plan[], reports: Report[]): Model =>
  testModel({
    site: testSite(),
    groups: [
      { id: asGroup('towns'), name: '镇', countsTowardCity: true },
      { id: asGroup('depts'), name: '部门', countsTowardCity: false },
    ],
    units: [...fiveTowns(), { id: asUnit('d1'), name: '某局', group: asGroup('depts'), activeFrom: 2005 }],
    indicators: [
      { id: asIndicator('c'), name: '合同', unit: '万美元', decimals: 0 },
      { id: asIndicator('a'), name: '实际', unit: '万美元', decimals: 0 },
    ],
    plans,
    reports,
  });
