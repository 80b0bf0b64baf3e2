/**
 * The method as data (/data/method.json) and the inputs as downloads (units, each year's plan, every
 * 更正 / 修订 / 核减), so an auditor rebuilds every published figure from the downloads alone.
 *
 * method.json is read from the same model the scoring reads (the plan's ranking rule, bands and
 * assessments, the indicators' decimals) and from the constants the scoring code exports (PERCENT_DECIMALS,
 * MONTHS_IN_YEAR): it is never a second copy that could drift. The words of each entry restate what the
 * code does; method-examples.json (examples.ts) runs the code on worked cases to pin them.
 */
import { execFileSync } from 'node:child_process';
import type { Model } from '../model/model.ts';
import { PERCENT_DECIMALS } from '../present/measures.ts';
import { requiredShare } from '../schema/assessments.ts';
import { endPeriod, startPeriod } from '../schema/units.ts';
import type { Board } from '../score/board.ts';
import { MONTHS_IN_YEAR } from '../score/formulas.ts';
import type { Table } from './table.ts';

/**
 * The version of the rules (the method) the files were made by: raised, with a line on the methodology page,
 * whenever a rule changes how a published figure is worked out.
 */
export const RULES_VERSION = '2026-12-05';

/** The commit of the working directory, `git rev-parse HEAD`, or "unknown" with no git. */
function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

let commitOnce: string | undefined;
/**
 * The commit of the data the files were built from: BOARD_DATA_COMMIT when set (the golden tests set it so
 * their files stay the same; read each time, as tests share a process), else git's, asked once.
 */
const commit = () => process.env.BOARD_DATA_COMMIT || (commitOnce ??= gitCommit());

/** What every method and input file names: the rules' version and the data's commit. */
export const provenance = () => ({ rulesVersion: RULES_VERSION, dataCommit: commit() });

/** The rules that are the same every year: how the code works them out. */
const FIXED_RULES = {
  completion: {
    formula: 'completion = value / target.base (完成率，对确保目标); stretchCompletion = value / target.stretch',
    noTarget: 'null (shown “—”), never 0',
  },
  pace: {
    formula: `pace = month / ${MONTHS_IN_YEAR} (序时进度)`,
    monthsInYear: MONTHS_IN_YEAR,
  },
  paceGap: { formula: 'paceGap = (completion − pace) × 100, in percentage points (超/欠序时进度)' },
  monthIncrease: {
    formula: 'monthIncrease = value − value of last month of the same year; January: value',
    missing: 'null when this month or last month is 未报送 (never a two-month rise shown as one month)',
  },
  yoy: {
    formula: 'yoy = value / lastYear − 1',
    missing:
      'null when lastYear is not on file or ≤ 0; a merged unit’s lastYear is the sum of the units merged into it, null if any is missing',
  },
  remaining: { formula: 'remaining = max(0, target.base − value)' },
  monthlyNeeded: {
    formula: `monthlyNeeded = roundUp(remaining / (${MONTHS_IN_YEAR} − month), indicator.decimals)`,
    rounding: 'up (toward +∞) at the indicator’s decimals',
    december: 'null',
  },
  rounding: {
    mode: 'half-away-from-zero',
    percentDecimals: PERCENT_DECIMALS,
    amountDecimals: 'the indicator’s decimals (indicators[].decimals)',
    appliedAt:
      'only when a figure is written (page, CSV, JSON); every figure is worked out from unrounded values, and −0 is written 0',
    decisions:
      'bands, pass/fail, warnings and 连续落后 use the unrounded values; ties alone use the rounded score (ranking.tieDecimals)',
  },
  carry: {
    rule: 'a 未报送 unit adds to city and group totals its last reported value of the same year (the latest earlier month with a figure), 0 before its first report, never last year’s',
    marking:
      'every total holding such figures lists them in `carried` [{unit, value, from}] (from null = carried as 0)',
    monthIncreaseAndYoy: 'a total’s monthIncrease and yoy use carried totals on both sides',
    unit: 'the unit itself stays 未报送: unranked, no figures, fails checks, counts in 连续落后',
  },
  cityTotal: {
    units: 'every unit of the groups with countsTowardCity (units register)',
    target: 'the plan’s cityTargets, never the sum of the units’ targets',
  },
  groupTotal: {
    units: 'per indicator, the group’s units with a target for it (exempt units and indicators included)',
    target: 'the sum of those units’ base targets',
  },
  groupAverage: {
    rule: 'compare-YYYY.json: the mean of the unrounded figures of the group’s units that have a target for the measure and reported (无目标、未报送 left out), rounded once',
  },
  ranking: {
    score:
      'composite: Σ weight × min(completion, completionCap) / Σ weight over the indicators the unit has a target for; indicator: min(completion, completionCap) of that indicator',
    tieKey: 'round(score × 100, tieDecimals), half away from zero: units with equal keys share a place',
    places: 'standard competition ranking: 1 + number of units with a strictly higher key (1, 2, 2, 4)',
    order: 'tied units keep the order of the units register (units.json), not the unrounded score',
    unranked: 'no target to rank by (状态 无目标) after the ranked; 未报送 last; neither gets a place',
    previousRank: 'the unit’s place last month of the same year (null in January or when it had none)',
    change: '进位 N when the place number fell, 退位 N when it rose, 持平; null when either place is null',
  },
  bands: {
    input: 'the unit’s composite paceGap (scoreGap), never an indicator’s gap',
    boundary:
      'the first band (highest first) with gap ≥ minGap, unrounded; a gap exactly at minGap falls in that (higher) band; the band without minGap takes the rest',
  },
  verdicts: {
    indicatorPasses: 'completion ≥ requiredShare, unrounded (exact: value ≥ requiredShare × target.base)',
    requiredShare: "threshold 'pace': month / 12 of the check's month; a number: that share of the base target",
    unit: 'pass when every judged indicator passes; 未报送 fails on every judged indicator; not judged: indicators without target, written exemptions (for the checks they list); whole unit exempt: a written unit exemption, or a unit new this year up to newUnits.exemptThrough, or nothing left to judge',
    stretch: 'stretchMet: value ≥ target.stretch on every indicator with one (checks with stretch: true)',
    honour:
      '红榜: the passing ranked units by place, the first `honour` of them, plus any tied on the place of the last one',
    warn: '黑榜: the failing units worst first (未报送 worst), the first `warn`, plus any tied on the edge',
    dueInOwnMonth: 'a check is due in its own month: from that month on nothing is projected to it',
  },
  warnings: {
    projection: 'value / month × check.month (the run rate carried to the check’s month)',
    checksAhead:
      'one per later month with a check: the strictest; of equal requiredShare the one with a fixed share over pace',
    excluded: 'no projection for indicators without target, written exemptions and exempt (new) units: 不列入预警',
    missing: '未报送 units: projected to miss every judged indicator',
    behindStreak:
      'months in a row, within the year, with scoreGap < 0 (unrounded) or 未报送; flagged at warning.behindMonths',
  },
};

/** A year's rules as its plan states them (the same objects the scoring reads). */
function yearRules(model: Model, plan: Model['plans'][number]) {
  return {
    year: plan.year,
    indicators: plan.indicators,
    cityTargets: plan.cityTargets,
    ranking: plan.ranking,
    bands: plan.bands.map((b) => ({ ...b, minGap: b.minGap ?? null })),
    assessments: plan.assessments
      ? {
          ...plan.assessments,
          checks: plan.assessments.checks.map((c) => ({ ...c, requiredShare: requiredShare(c) })),
        }
      : null,
    releaseDay: plan.releaseDay ?? null,
    units: model.units.length,
  };
}

/** /data/method.json: every parameter the methodology names, for every planned year. */
export function methodDocument(board: Board) {
  const { model } = board;
  return {
    ...provenance(),
    title: `${model.site.title} · 计算方法（数据形式）`,
    about:
      '本文件由构建程序从计分所用的同一份数据（data/plans/YYYY.yaml、data/indicators.yaml）和计分代码的常量生成；输入数据见 units.json、plan-YYYY.json、corrections-YYYY.json 和 observations.json，例题见 method-examples.json。',
    indicators: model.indicators.map((i) => ({ id: i.id, name: i.name, unit: i.unit, decimals: i.decimals })),
    rules: FIXED_RULES,
    years: model.plans.map((p) => yearRules(model, p)),
  };
}

/** /data/units.csv: the register, a row per unit (groups in the JSON). */
export function unitsTable(model: Model): Table {
  const group = (id: string) => model.groups.find((g) => g.id === id);
  return {
    headers: ['单位代码', '单位', '简称', '组别代码', '组别', '计入全市合计', '起始月份', '终止月份', '合并自', '说明'],
    decimals: [],
    rows: model.units.map((u) => [
      u.id,
      u.name,
      u.shortName ?? null,
      u.group,
      group(u.group)?.name ?? null,
      group(u.group)?.countsTowardCity ? '是' : '否',
      startPeriod(u),
      endPeriod(u) ?? null,
      u.mergedFrom?.join(' ') ?? null,
      u.note ?? null,
    ]),
  };
}

export const unitsDocument = (model: Model) => ({
  ...provenance(),
  fields: {
    activeFrom: '第一个报送月份（YYYY-MM，含）',
    activeUntil: '最后一个报送月份（YYYY-MM，含）；仍在报送为 null',
    order: '单位的先后即并列单位的先后',
  },
  groups: model.groups,
  units: model.units.map((u) => ({
    id: u.id,
    name: u.name,
    shortName: u.shortName ?? null,
    group: u.group,
    activeFrom: startPeriod(u),
    activeUntil: endPeriod(u) ?? null,
    mergedFrom: u.mergedFrom ?? null,
    note: u.note ?? null,
  })),
});

const planOf = (model: Model, year: number) => model.plans.find((p) => p.year === year)!;

/** /data/plan-YYYY.csv: a row per unit and indicator of the year — base, stretch, or why there is none. */
export function planTable(model: Model, year: number): Table {
  const plan = planOf(model, year);
  const rows = model.units.flatMap((u) =>
    plan.indicators.flatMap((id) => {
      const target = plan.targets[u.id]?.[id];
      const none = plan.noTargets?.find((n) => n.unit === u.id && n.indicator === id);
      if (!target && !none) return [];
      return [[year, u.id, u.name, id, target?.base ?? null, target?.stretch ?? null, none?.reason ?? null]];
    }),
  );
  const cities = plan.indicators.map((id) => [year, '', '全市', id, plan.cityTargets[id] ?? null, null, null]);
  return {
    headers: ['年份', '单位代码', '单位', '指标代码', '确保目标', '力争目标', '无目标原因'],
    decimals: [],
    rows: [...cities, ...rows],
  };
}

export const planDocument = (model: Model, year: number) => {
  const plan = planOf(model, year);
  return {
    ...provenance(),
    year,
    source: plan.source,
    illustrative: plan.illustrative ?? false,
    indicators: plan.indicators,
    cityTargets: plan.cityTargets,
    targets: Object.fromEntries(
      Object.entries(plan.targets).map(([unit, t]) => [
        unit,
        Object.fromEntries(Object.entries(t).map(([id, x]) => [id, { base: x.base, stretch: x.stretch ?? null }])),
      ]),
    ),
    noTargets: plan.noTargets ?? [],
  };
};

/** Years with a revision or a 核减 on file. */
export const correctionYears = (model: Model) =>
  [...new Set([...model.revisions, ...model.adjustments].map((r) => Number(r.period.slice(0, 4))))].sort();

const inYear = <T extends { period: string }>(list: T[], year: number) =>
  list.filter((r) => r.period.startsWith(`${year}-`));

/** /data/corrections-YYYY.csv: every 更正, 修订 and 核减 of a year, in date order. */
export function correctionsTable(model: Model, year: number): Table {
  const rows = [
    ...inYear(model.revisions, year).map((r) => [
      r.date,
      r.kind,
      r.period,
      r.unit,
      r.indicator,
      r.old,
      r.new,
      null,
      r.reason,
    ]),
    ...inYear(model.adjustments, year).map((a) => [
      a.date,
      '核减',
      a.period,
      a.unit,
      a.indicator,
      null,
      null,
      a.amount,
      a.reason,
    ]),
  ].sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  return {
    headers: ['日期', '类别', '月份', '单位代码', '指标代码', '原数', '新数', '核减额', '原因'],
    decimals: [],
    rows,
  };
}

export const correctionsDocument = (model: Model, year: number) => ({
  ...provenance(),
  year,
  fields: {
    revisions: '更正（原数有误）和修订（迟报数据）：old 是发布时（或上次改动后）的数，new 是现在的数；“未报送”为字符串',
    adjustments: '核减：该月 1—N月累计比上月少的原因（合同减少或撤销），amount 为核减额；不是观测值，累计已含核减',
  },
  revisions: inYear(model.revisions, year).map(({ file: _file, ...r }) => r),
  adjustments: inYear(model.adjustments, year).map(({ file: _file, ...a }) => a),
});
