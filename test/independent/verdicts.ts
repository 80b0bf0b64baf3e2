/**
 * The independent checker's verdicts: each check of the year (pass / fail / 免考, 红榜 and 黑榜) and the
 * month-by-month warnings (连续落后, projections to the checks ahead), from method.json's words.
 */
import { Fraction } from './fraction.ts';
import type { Check, MethodYear } from './inputs.ts';
import { month, monthOf, periodOf, required, View, type Month, type Total, type UnitMonth } from './figures.ts';

export interface IndicatorVerdict {
  indicator: string;
  completion: Fraction | null;
  result: string;
  reason: string | null;
  judged: boolean;
}
export interface UnitVerdict {
  unit: UnitMonth;
  result: string;
  indicators: IndicatorVerdict[];
  stretchMet: boolean | null;
  list: '红榜' | '黑榜' | null;
  reason: string | null;
}
export interface TotalVerdict {
  result: string;
  indicators: Array<Total & { pass: boolean }>;
}
export interface Assessment {
  check: Check;
  month: Month;
  units: UnitVerdict[];
  city: TotalVerdict;
  groups: Map<string, TotalVerdict>;
}

const applies = (checks: string[] | null | undefined, check: Check) => !checks || checks.includes(check.id);

/** Why a whole unit is not judged by a check (a written exemption, or new this year), or null. */
export function unitExemption(method: MethodYear, u: UnitMonth, check: Check): string | null {
  const a = method.assessments!;
  const written = (a.exemptions ?? []).find((e) => e.unit === u.unit.id && !e.indicator && applies(e.checks, check));
  if (written) return written.reason;
  const isNew = Number(u.unit.activeFrom.slice(0, 4)) === method.year;
  if (isNew && a.newUnits && check.month <= a.newUnits.exemptThrough) return a.newUnits.reason;
  return null;
}

/** Why one indicator of a unit is not judged by a check (written exemption), or null. */
export const indicatorExemption = (method: MethodYear, unit: string, indicator: string, check: Check) =>
  (method.assessments!.exemptions ?? []).find(
    (e) => e.unit === unit && e.indicator === indicator && applies(e.checks, check),
  )?.reason ?? null;

const passes = (value: Fraction | null, base: Fraction, share: Fraction) =>
  value !== null && value.cmp(share.mul(base)) >= 0;

function totalVerdict(check: Check, totals: Total[]): TotalVerdict {
  const share = required(check);
  const indicators = totals.map((t) => ({ ...t, pass: passes(t.value, t.target, share) }));
  return { result: indicators.every((i) => i.pass) ? check.passLabel : check.failLabel, indicators };
}

function unitVerdict(method: MethodYear, check: Check, u: UnitMonth): UnitVerdict {
  const share = required(check);
  const missing = u.state === 'missing';
  const indicators = u.indicators.map((i): IndicatorVerdict => {
    if (!i.target) return { indicator: i.indicator, completion: null, result: '无目标', reason: null, judged: false };
    const exempt = indicatorExemption(method, u.unit.id, i.indicator, check);
    if (exempt)
      return { indicator: i.indicator, completion: i.completion, result: '免考', reason: exempt, judged: false };
    const pass = passes(i.value, i.target.base, share);
    return {
      indicator: i.indicator,
      completion: i.completion,
      result: pass ? check.passLabel : check.failLabel,
      reason: null,
      judged: true,
    };
  });
  const judged = indicators.filter((i) => i.judged);
  const exempt = unitExemption(method, u, check);
  let result: string;
  let reason: string | null = null;
  if (exempt) [result, reason] = ['免考', exempt];
  else if (judged.length === 0) result = '免考';
  else if (missing) [result, reason] = [check.failLabel, '未报送'];
  else result = judged.every((i) => i.result === check.passLabel) ? check.passLabel : check.failLabel;
  const withStretch = u.indicators.filter((i) => i.target?.stretch);
  const stretchMet =
    check.stretch && withStretch.length
      ? withStretch.every((i) => i.value !== null && i.value.cmp(i.target!.stretch!) >= 0)
      : null;
  return { unit: u, result, indicators, stretchMet, list: null, reason };
}

/** The first `n` of an ordered list, plus any tied on the place of the last one taken. */
function firstWithTies(list: UnitVerdict[], n: number, place: (v: UnitVerdict) => number): UnitVerdict[] {
  if (list.length <= n) return list;
  const edge = place(list[n - 1]);
  return list.filter((v, index) => index < n || place(v) === edge);
}

export function assess(view: View, method: MethodYear, check: Check): Assessment | null {
  const period = periodOf(method.year, check.month);
  if (!view.periods.includes(period)) return null;
  const m = monthOf(view, period);
  const units: UnitVerdict[] = [];
  const groups = new Map<string, TotalVerdict>();
  for (const g of m.groups) {
    const verdicts = g.units.map((u) => unitVerdict(method, check, u));
    if (check.honour) {
      const passing = verdicts.filter((v) => v.result === check.passLabel && v.unit.rank !== null);
      for (const v of firstWithTies(passing, check.honour, (x) => x.unit.rank!)) v.list = '红榜';
    }
    if (check.warn) {
      // Worst first: 未报送 before every ranked unit, then the highest place number.
      const worst = (v: UnitVerdict) => (v.unit.rank === null ? Infinity : v.unit.rank);
      const failing = verdicts.filter((v) => v.result === check.failLabel).sort((a, b) => worst(b) - worst(a));
      for (const v of firstWithTies(failing, check.warn, worst)) v.list = '黑榜';
    }
    units.push(...verdicts);
    groups.set(g.id, totalVerdict(check, g.total));
  }
  return { check, month: m, units, city: totalVerdict(check, m.city), groups };
}

/** The checks a month projects to: one per later month with a check — the strictest, a fixed share before pace. */
export function checksAhead(checks: Check[], after: number): Check[] {
  const byMonth = new Map<number, Check>();
  for (const c of checks) {
    if (c.month <= after) continue;
    const held = byMonth.get(c.month);
    const stricter =
      !held ||
      required(c).cmp(required(held)) > 0 ||
      (required(c).eq(required(held)) && c.threshold !== 'pace' && held.threshold === 'pace');
    if (stricter) byMonth.set(c.month, c);
  }
  return [...byMonth.values()].sort((a, b) => a.month - b.month);
}

export interface Projection {
  check: Check;
  /** Per indicator: the projected completion, or null (no target, exempt, or not reported). */
  completions: Array<Fraction | null>;
  /** What the row says in 预计未达. */
  missed: string;
}
export interface WarningRow {
  period: string;
  unit: UnitMonth;
  streak: number;
  flagged: boolean;
  projections: Map<string, Projection>;
}

/** The warnings of every month of a year: one row per unit, as the month's ranking orders them. */
export function warnings(view: View, method: MethodYear): WarningRow[] {
  const a = method.assessments!;
  const names = new Map(view.inputs.indicators.map((i) => [i.id, i.name]));
  const rows: WarningRow[] = [];
  const streaks = new Map<string, number>();
  for (const period of view.periods.filter((p) => p.startsWith(`${method.year}-`))) {
    const m = month(period);
    const mo = monthOf(view, period);
    for (const g of mo.groups)
      for (const u of g.units) {
        const behind = u.state === 'missing' || (u.scoreGap !== null && u.scoreGap.sign < 0);
        const streak = behind ? (streaks.get(u.unit.id) ?? 0) + 1 : 0;
        streaks.set(u.unit.id, streak);
        const projections = new Map<string, Projection>();
        for (const check of checksAhead(a.checks, m)) {
          const share = required(check);
          const exempt = unitExemption(method, u, check);
          const judged = u.indicators.filter(
            (i) => i.target && !indicatorExemption(method, u.unit.id, i.indicator, check),
          );
          if (exempt || judged.length === 0) {
            projections.set(check.id, {
              check,
              completions: u.indicators.map(() => null),
              missed: `不列入预警（${exempt ?? ''}）`,
            });
            continue;
          }
          const projected = (value: Fraction) => value.div(m).mul(check.month);
          const completions = u.indicators.map((i) =>
            judged.includes(i) && i.value ? projected(i.value).div(i.target!.base) : null,
          );
          const missedOn = judged.filter((i) => !i.value || projected(i.value).cmp(share.mul(i.target!.base)) < 0);
          const list = missedOn.map((i) => names.get(i.indicator)).join('、');
          const missed = u.state === 'missing' ? `${list}（未报送，无法推算）` : list || '否';
          projections.set(check.id, { check, completions, missed });
        }
        rows.push({ period, unit: u, streak, flagged: streak >= (a.warning?.behindMonths ?? Infinity), projections });
      }
  }
  return rows;
}
