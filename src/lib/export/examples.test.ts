/**
 * method-examples.json as published for the shipped data, checked twice: each case's input run again through the
 * functions that score the board (round, timePace, completionRate, paceGap, bandFor, rankingScore,
 * competitionRanks, monthIncrease, yearOnYear, remainingAmount, monthlyRateNeeded, the assessments' pass test,
 * runRateProjection), and through the independent checker's exact fractions (test/independent/), the way an
 * outside implementation would test itself against the file.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE } from '../../../test/support/sample.ts';
import { Fraction } from '../../../test/independent/fraction.ts';
import { loadData } from '../model/load.ts';
import type { Band, Plan } from '../schema/plan.ts';
import { passes } from '../score/assessment.ts';
import { bandFor, scoreBoard } from '../score/board.ts';
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
import { downloadBody, listDownloads } from './downloads.ts';

const { model } = loadData({ root: SAMPLE, currentPeriod: '2026-11' });
const board = scoreBoard(model!);
const published = JSON.parse(
  downloadBody(
    board,
    listDownloads(board).find((d) => d.href === '/data/method-examples.json')!,
  ) as string,
) as { examples: Array<{ rule: string; input: Record<string, unknown>; output: Record<string, unknown> }> };
const method = JSON.parse(
  downloadBody(
    board,
    listDownloads(board).find((d) => d.href === '/data/method.json')!,
  ) as string,
) as { years: Array<{ bands: Array<{ id: string; minGap: number | null }> }> };
const plan = model!.plans.at(-1)!;
const examples = published.examples;

type In = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** What the scoring code gives for a case's input. */
function byScoringCode(rule: string, x: In, bands: Band[]): Record<string, unknown> {
  switch (rule) {
    case 'rounding':
      return { rounded: round(x.value, x.decimals) };
    case 'pace':
      return { pace: timePace(x.month) };
    case 'band': {
      if (x.value === undefined)
        return { band: bandFor(x.paceGap, bands)?.id ?? null, paceGapShown: round(x.paceGap, 1) };
      const completion = completionRate(x.value, x.base)!;
      const gap = paceGap(completion, x.month)!;
      return { completion, paceGap: gap, paceGapShown: round(gap, 1), band: bandFor(gap, bands)?.id ?? null };
    }
    case 'score':
      return { score: rankingScore(x.completions, x.ranking as Plan['ranking']) };
    case 'ties':
      return { ranks: competitionRanks(x.scores, x.tieDecimals) };
    case 'monthIncrease':
      return { monthIncrease: monthIncrease(x.value, x.lastMonth, x.month) };
    case 'yoy':
      return { yoy: yearOnYear(x.value, x.lastYear) };
    case 'monthlyNeeded': {
      const remaining = remainingAmount(x.value, { base: x.base })!;
      return { remaining, monthlyNeeded: monthlyRateNeeded(remaining, x.month, x.decimals) };
    }
    case 'verdict': {
      const share = x.threshold === 'pace' ? timePace(x.month) : x.threshold;
      return { requiredShare: share, passes: passes(completionRate(x.value, x.base), share) };
    }
    case 'projection':
      return { projected: runRateProjection(x.value, x.month, x.toMonth) };
    default:
      throw new Error(`no scoring function is known for the rule ${rule}`);
  }
}

const F = (x: number) => Fraction.of(x.toFixed(20));
const bandOf = (gap: Fraction, bands: Array<{ id: string; minGap: number | null }>) =>
  (bands.find((b) => b.minGap !== null && gap.cmp(b.minGap) >= 0) ?? bands.find((b) => b.minGap === null))!.id;
/** A float output within 1e-12 of the exact value (and on its side of zero). */
const near = (published: unknown, exact: Fraction | null) =>
  exact === null
    ? published === null
    : typeof published === 'number' &&
      F(published).sign === exact.sign &&
      F(published)
        .sub(exact)
        .cmp(new Fraction(1n, 10n ** 12n)) <= 0 &&
      exact.sub(F(published)).cmp(new Fraction(1n, 10n ** 12n)) <= 0;

/** Whether the exact arithmetic of the independent checker agrees with a case's published output. */
function byExactArithmetic(rule: string, x: In, out: In, bands: Array<{ id: string; minGap: number | null }>): boolean {
  const exact = (v: number) => Fraction.of(v);
  switch (rule) {
    case 'rounding':
      return exact(x.value).round(x.decimals).eq(exact(out.rounded));
    case 'pace':
      return near(out.pace, new Fraction(BigInt(x.month), 12n));
    case 'band': {
      if (x.value === undefined)
        return out.band === bandOf(exact(x.paceGap), bands) && exact(x.paceGap).round(1).eq(exact(out.paceGapShown));
      const completion = exact(x.value).div(exact(x.base));
      const gap = completion.sub(new Fraction(BigInt(x.month), 12n)).mul(100);
      return near(out.completion, completion) && near(out.paceGap, gap) && out.band === bandOf(gap, bands);
    }
    case 'score': {
      const entries = Object.entries(x.ranking.weights as Record<string, number>).filter(
        ([id]) => x.completions[id] !== null && x.completions[id] !== undefined,
      );
      if (entries.length === 0) return out.score === null;
      let sum = new Fraction(0n);
      let weights = new Fraction(0n);
      for (const [id, w] of entries) {
        sum = sum.add(exact(w).mul(exact(x.completions[id]).min(exact(x.ranking.completionCap))));
        weights = weights.add(w);
      }
      return near(out.score, sum.div(weights));
    }
    case 'ties': {
      const keys = (x.scores as Array<number | null>).map((s) =>
        s === null ? null : exact(s).mul(100).round(x.tieDecimals),
      );
      const ranks = keys.map((k) => (k === null ? null : 1 + keys.filter((o) => o !== null && o.cmp(k) > 0).length));
      return JSON.stringify(ranks) === JSON.stringify(out.ranks);
    }
    case 'monthIncrease': {
      const expected = x.month === 1 ? x.value : x.lastMonth === null ? null : x.value - x.lastMonth;
      return out.monthIncrease === expected;
    }
    case 'yoy':
      return near(out.yoy, x.lastYear ? exact(x.value).div(exact(x.lastYear)).sub(1) : null);
    case 'monthlyNeeded': {
      const remaining = exact(Math.max(0, x.base - x.value));
      const needed = x.month === 12 ? null : remaining.div(12 - x.month).ceil(x.decimals);
      return (
        remaining.eq(exact(out.remaining)) &&
        (needed === null ? out.monthlyNeeded === null : needed.eq(exact(out.monthlyNeeded)))
      );
    }
    case 'verdict': {
      const share = x.threshold === 'pace' ? new Fraction(BigInt(x.month), 12n) : exact(x.threshold);
      return near(out.requiredShare, share) && out.passes === exact(x.value).cmp(share.mul(exact(x.base))) >= 0;
    }
    case 'projection':
      return near(out.projected, exact(x.value).div(x.month).mul(x.toMonth));
    default:
      return false;
  }
}

describe('method-examples.json', () => {
  it('has cases for every rule it names, each boundary the methodology names among them', () => {
    const rules = new Set(examples.map((e) => e.rule));
    for (const rule of [
      'rounding',
      'pace',
      'band',
      'score',
      'ties',
      'monthIncrease',
      'yoy',
      'monthlyNeeded',
      'verdict',
      'projection',
    ])
      expect(rules).toContain(rule);
    // A gap of exactly −10 falls in the higher band; an exact 0 is on pace.
    expect(examples.some((e) => e.rule === 'band' && e.input.paceGap === -10)).toBe(true);
    expect(examples.some((e) => e.rule === 'band' && e.input.paceGap === 0)).toBe(true);
  });

  it.each(examples.map((e, i) => [i, e.rule, e] as const))(
    'case %i (%s): the scoring code gives the published output',
    (_, rule, e) => {
      expect(JSON.parse(JSON.stringify(byScoringCode(rule, e.input, plan.bands)))).toEqual(e.output);
    },
  );

  it.each(examples.map((e, i) => [i, e.rule, e] as const))(
    'case %i (%s): exact fractions (the independent checker’s arithmetic) agree with the published output',
    (_, rule, e) => {
      expect(byExactArithmetic(rule, e.input, e.output, method.years.at(-1)!.bands)).toBe(true);
    },
  );
});
