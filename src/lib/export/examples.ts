/**
 * /data/method-examples.json: each rule with worked cases — inputs and the outputs the scoring code gives
 * for them, including every boundary the methodology names (a gap of exactly −10, an exact 0, −0.03, a
 * tie after rounding, a completion exactly at the required share, the cap, 月均需完成 rounded up). The
 * outputs are computed here by the scoring functions themselves, so they cannot drift from the code;
 * examples.test.ts runs each published case through those functions again and through the independent checker's
 * exact arithmetic (test/independent/), as anyone can test an independent implementation against them.
 */
import type { Band, Plan } from '../schema/plan.ts';
import { requiredShare } from '../schema/assessments.ts';
import { passes } from '../score/assessment.ts';
import { bandFor } from '../score/board.ts';
import {
  completionRate,
  monthIncrease,
  monthlyRateNeeded,
  paceGap,
  rankingScore,
  remainingAmount,
  timePace,
  yearOnYear,
} from '../score/formulas.ts';
import { competitionRanks } from '../score/rank.ts';
import { round } from '../score/round.ts';
import { runRateProjection } from '../score/warning.ts';
import { provenance } from './method.ts';

/** The sample bands the examples use when a board has no plan (the shape of 2005's). */
const SAMPLE_BANDS: Band[] = [
  { id: 'ahead', label: '达到或超过序时进度', symbol: '▲', minGap: 0, tone: 'good' },
  { id: 'near', label: '落后序时进度 10 个百分点以内', symbol: '◆', minGap: -10, tone: 'neutral' },
  { id: 'behind', label: '落后序时进度 10 个百分点以上', symbol: '▼', tone: 'bad' },
];
const SAMPLE_RANKING: Plan['ranking'] = {
  method: 'composite',
  weights: { contracted: 40, actual: 60 },
  completionCap: 1.5,
  tieDecimals: 1,
  tieRule: '',
};

export function methodExamples(plan?: Plan) {
  const bands = plan?.bands ?? SAMPLE_BANDS;
  const ranking = plan?.ranking ?? SAMPLE_RANKING;
  // The weights name one indicator at least (or the ranking names its one), so `first` is always there.
  const [first = ranking.indicator ?? 'x', second = first] = Object.keys(ranking.weights ?? {});
  const band = (gap: number) => bandFor(gap, bands)?.id ?? null;
  const example = (rule: string, input: Record<string, unknown>, output: Record<string, unknown>, note?: string) => ({
    rule,
    input,
    output,
    ...(note ? { note } : {}),
  });
  const rounding = [2.25, -2.25, 0.05, -0.05, -0.03, 1.005, 12.345].flatMap((x) =>
    [0, 1, 2].map((d) => example('rounding', { value: x, decimals: d }, { rounded: round(x, d) })),
  );
  const paces = [1, 3, 6, 12].map((m) => example('pace', { month: m }, { pace: timePace(m) }));
  const gaps = [
    { value: 25, base: 100, month: 3 },
    { value: 15, base: 100, month: 3 },
    { value: 149, base: 1000, month: 3 },
    { value: 1497, base: 6000, month: 3 },
    { value: 0, base: 100, month: 1 },
  ].map(({ value, base, month }) => {
    const completion = completionRate(value, base)!;
    const gap = paceGap(completion, month)!;
    return example(
      'band',
      { value, base, month, bands: bands.map((b) => ({ id: b.id, minGap: b.minGap ?? null })) },
      { completion, paceGap: gap, paceGapShown: round(gap, 1), band: band(gap) },
      'the band is decided on the unrounded gap; a gap exactly at minGap falls in the higher band',
    );
  });
  const exactBands = [0, -10, -10.000001, -0.03, 0.04].map((gap) =>
    example('band', { paceGap: gap }, { band: band(gap), paceGapShown: round(gap, 1) }),
  );
  const scores = [
    { [first]: 0.5, [second]: 0.5 },
    { [first]: 2, [second]: 0.3 },
    { [first]: 0.4, [second]: null },
    { [first]: null, [second]: null },
  ].map((c) => example('score', { completions: c, ranking }, { score: rankingScore(c, ranking) }));
  const tieScores = [0.8534, 0.8526, 0.853, 0.7, null, 0.9];
  const ties = example(
    'ties',
    { scores: tieScores, tieDecimals: ranking.tieDecimals },
    { ranks: competitionRanks(tieScores, ranking.tieDecimals) },
    'equal after rounding the percentage to tieDecimals share a place; the next place skips (1, 2, 2, 4)',
  );
  const increases = [
    { value: 30, lastMonth: 20, month: 2 },
    { value: 30, lastMonth: null, month: 2 },
    { value: 30, lastMonth: null, month: 1 },
    { value: 10, lastMonth: 30, month: 7 },
  ].map((x) => example('monthIncrease', x, { monthIncrease: monthIncrease(x.value, x.lastMonth, x.month) }));
  const yoys = [
    { value: 120, lastYear: 100 },
    { value: 120, lastYear: 0 },
    { value: 120, lastYear: null },
  ].map((x) => example('yoy', x, { yoy: yearOnYear(x.value, x.lastYear) }));
  const needed = [
    { value: 100, base: 450, month: 3, decimals: 0 },
    { value: 100, base: 400, month: 9, decimals: 0 },
    { value: 500, base: 450, month: 3, decimals: 0 },
    { value: 100, base: 450, month: 12, decimals: 0 },
    { value: 1, base: 2, month: 9, decimals: 1 },
  ].map(({ value, base, month, decimals }) => {
    const remaining = remainingAmount(value, { base })!;
    return example(
      'monthlyNeeded',
      { value, base, month, decimals },
      { remaining, monthlyNeeded: monthlyRateNeeded(remaining, month, decimals) },
    );
  });
  const verdicts = [
    { value: 25, base: 100, threshold: 'pace' as const, month: 3 },
    { value: 24.99, base: 100, threshold: 'pace' as const, month: 3 },
    { value: 50, base: 100, threshold: 0.5, month: 6 },
    { value: 100, base: 100, threshold: 1, month: 12 },
    { value: 99.9, base: 100, threshold: 1, month: 12 },
  ].map((x) => {
    const share = requiredShare(x);
    return example('verdict', x, { requiredShare: share, passes: passes(completionRate(x.value, x.base), share) });
  });
  const projections = [
    { value: 80, month: 11, toMonth: 12 },
    { value: 30, month: 2, toMonth: 3 },
  ].map((x) => example('projection', x, { projected: runRateProjection(x.value, x.month, x.toMonth) }));
  return {
    ...provenance(),
    about:
      '每条规则的例题：输入和计分代码对它给出的输出（由构建程序运行计分代码生成，测试再核对一遍）。数值未经四舍五入，除非规则本身是四舍五入。',
    examples: [
      ...rounding,
      ...paces,
      ...gaps,
      ...exactBands,
      ...scores,
      ties,
      ...increases,
      ...yoys,
      ...needed,
      ...verdicts,
      ...projections,
    ],
  };
}
