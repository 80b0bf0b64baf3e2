/**
 * The independent checker's arithmetic: every figure of a month — a unit's, a group's total, the city's —
 * worked out from the downloaded inputs with exact fractions, following the rules as method.json and
 * README.txt state them. Written from those words, not from the board's code (which it never imports).
 */
import { Fraction } from './fraction.ts';
import { MISSING, type Check, type Inputs, type MethodYear, type Target, type Unit } from './inputs.ts';

export interface Figure {
  status: 'reported' | 'missing';
  value: Fraction | null;
}

/** The data as a reader saw them on a day (null: today), up to a month (null: every month). */
export class View {
  private figures = new Map<string, Figure>();
  readonly revised = new Set<string>();
  readonly periods: string[];

  readonly inputs: Inputs;

  constructor(inputs: Inputs, asOf: string | null, cut: string | null) {
    this.inputs = inputs;
    for (const o of inputs.observations) {
      if (cut && o.period > cut) continue;
      const live = asOf === null ? o.supersededAt === null : o.publishedAt <= asOf && (o.supersededAt ?? '9999') > asOf;
      if (!live) continue;
      this.figures.set(`${o.unit}/${o.indicator}/${o.period}`, {
        status: o.status === MISSING ? 'missing' : 'reported',
        value: o.value === null ? null : Fraction.of(o.value),
      });
    }
    for (const r of inputs.revisions)
      if (asOf === null || r.date <= asOf) this.revised.add(`${r.unit}/${r.indicator}/${r.period}`);
    this.periods = [...new Set(inputs.observations.map((o) => o.period))]
      .filter((p) => inputs.years.has(year(p)) && (!cut || p <= cut))
      .sort();
  }

  figure(unit: string, indicator: string, period: string): Figure | undefined {
    return this.figures.get(`${unit}/${indicator}/${period}`);
  }

  /** A unit is 未报送 in a month when its row says so (or it has none while active). */
  missing(unit: Unit, period: string, indicators: string[]): boolean {
    return indicators.some((i) => this.figure(unit.id, i, period)?.status !== 'reported');
  }

  /** The value a total counts for a unit: its own, or (未报送) its last reported value earlier in the year, else 0. */
  carried(unit: string, indicator: string, period: string): { value: Fraction; from: string | null } {
    const y = year(period);
    for (let m = month(period) - 1; m >= 1; m--) {
      const p = periodOf(y, m);
      const f = this.figure(unit, indicator, p);
      if (f?.status === 'reported' && f.value) return { value: f.value, from: p };
    }
    return { value: new Fraction(0n), from: null };
  }
}

export const year = (period: string) => Number(period.slice(0, 4));
export const month = (period: string) => Number(period.slice(5, 7));
export const periodOf = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
export const HUNDRED = new Fraction(100n);
export const pace = (m: number) => new Fraction(BigInt(m), 12n);

export const active = (u: Unit, period: string) =>
  u.activeFrom <= period && (u.activeUntil === null || period <= u.activeUntil);

export interface UnitIndicator {
  indicator: string;
  target: Target | null;
  value: Fraction | null;
  completion: Fraction | null;
  stretchCompletion: Fraction | null;
  paceGap: Fraction | null;
  monthIncrease: Fraction | null;
  lastYear: Fraction | null;
  yoy: Fraction | null;
  remaining: Fraction | null;
  monthlyNeeded: Fraction | null;
  revised: boolean;
}

export interface UnitMonth {
  unit: Unit;
  state: 'reported' | 'missing' | 'noTarget';
  indicators: UnitIndicator[];
  score: Fraction | null;
  scoreGap: Fraction | null;
  band: string | null;
  key: Fraction | null;
  rank: number | null;
  tied: boolean | null;
}

export interface Total {
  indicator: string;
  value: Fraction;
  target: Fraction;
  completion: Fraction;
  paceGap: Fraction;
  carried: Array<{ unit: string; value: Fraction; from: string | null }>;
}

export interface Month {
  period: string;
  method: MethodYear;
  groups: Array<{ id: string; name: string; units: UnitMonth[]; total: Total[] }>;
  city: Array<
    Total & {
      monthIncrease: Fraction;
      lastYear: Fraction | null;
      yoy: Fraction | null;
      remaining: Fraction;
      monthlyNeeded: Fraction | null;
      missingUnits: number;
    }
  >;
}

const ratio = (a: Fraction | null, b: Fraction | null | undefined) => (a && b && b.sign > 0 ? a.div(b) : null);
const gap = (completion: Fraction | null, m: number) => (completion ? completion.sub(pace(m)).mul(HUNDRED) : null);
const remainingOf = (value: Fraction, base: Fraction) => (value.cmp(base) >= 0 ? new Fraction(0n) : base.sub(value));
const needed = (remaining: Fraction, m: number, decimals: number) =>
  m === 12 ? null : remaining.div(new Fraction(BigInt(12 - m))).ceil(decimals);

/** 上年同期: the unit's own figure a year before, or the sum of the units merged into it (null if any is missing). */
function lastYearOf(view: View, unit: Unit, indicator: string, period: string): Fraction | null {
  const before = periodOf(year(period) - 1, month(period));
  const sources = unit.mergedFrom?.length ? unit.mergedFrom : [unit.id];
  let sum = new Fraction(0n);
  for (const id of sources) {
    const f = view.figure(id, indicator, before);
    if (f?.status !== 'reported' || !f.value) return null;
    sum = sum.add(f.value);
  }
  return sum;
}

const yoyOf = (value: Fraction | null, lastYear: Fraction | null) =>
  value && lastYear && lastYear.sign > 0 ? value.div(lastYear).sub(1).mul(HUNDRED) : null;

function unitMonth(view: View, unit: Unit, period: string, method: MethodYear): UnitMonth {
  const m = month(period);
  const targets = view.inputs.targets.get(method.year)?.get(unit.id);
  const decimals = (i: string) => view.inputs.indicators.find((x) => x.id === i)!.decimals;
  const missing = view.missing(unit, period, method.indicators);
  const indicators = method.indicators.map((indicator): UnitIndicator => {
    const target = targets?.get(indicator) ?? null;
    const f = view.figure(unit.id, indicator, period);
    const value = !missing && f?.status === 'reported' ? f.value : null;
    const prev = m === 1 ? null : view.figure(unit.id, indicator, periodOf(year(period), m - 1));
    const monthIncrease =
      value === null
        ? null
        : m === 1
          ? value
          : prev?.status === 'reported' && prev.value
            ? value.sub(prev.value)
            : null;
    const completion = ratio(value, target?.base);
    const lastYear = lastYearOf(view, unit, indicator, period);
    const remaining = value && target ? remainingOf(value, target.base) : null;
    return {
      indicator,
      target,
      value,
      completion,
      stretchCompletion: ratio(value, target?.stretch),
      paceGap: gap(completion, m),
      monthIncrease,
      lastYear,
      yoy: yoyOf(value, lastYear),
      remaining,
      monthlyNeeded: remaining ? needed(remaining, m, decimals(indicator)) : null,
      revised: view.revised.has(`${unit.id}/${indicator}/${period}`),
    };
  });
  const { weights, completionCap, method: rankBy } = method.ranking;
  if (rankBy !== 'composite') throw new Error(`the checker knows the composite ranking only, not ${rankBy}`);
  const judged = indicators.filter((i) => i.target);
  let score: Fraction | null = null;
  if (!missing && judged.length) {
    let sum = new Fraction(0n);
    let weight = new Fraction(0n);
    for (const i of judged) {
      const w = Fraction.of(weights[i.indicator]);
      sum = sum.add(w.mul(i.completion!.min(completionCap)));
      weight = weight.add(w);
    }
    score = sum.div(weight);
  }
  const scoreGap = gap(score, m);
  const band = scoreGap
    ? (method.bands.find((b) => b.minGap !== null && scoreGap.cmp(b.minGap) >= 0) ??
        method.bands.find((b) => b.minGap === null)!)!.label
    : null;
  return {
    unit,
    state: missing ? 'missing' : judged.length ? 'reported' : 'noTarget',
    indicators,
    score,
    scoreGap,
    band,
    key: score ? score.mul(HUNDRED).round(method.ranking.tieDecimals) : null,
    rank: null,
    tied: null,
  };
}

/** Places: 1 + the number of units with a strictly higher key; tied units keep the register's order. */
function rankGroup(units: UnitMonth[]): UnitMonth[] {
  const ranked = units.filter((u) => u.key);
  for (const u of ranked) {
    u.rank = 1 + ranked.filter((o) => o.key!.cmp(u.key!) > 0).length;
    u.tied = ranked.some((o) => o !== u && o.key!.eq(u.key!));
  }
  const order = (u: UnitMonth) => (u.key ? 0 : u.state === 'missing' ? 2 : 1);
  return [...units].sort((a, b) => order(a) - order(b) || (a.key && b.key ? b.key.cmp(a.key) : 0));
}

function total(view: View, units: Unit[], indicator: string, period: string, target: Fraction | null): Total {
  let value = new Fraction(0n);
  let sumTarget = new Fraction(0n);
  const carried: Total['carried'] = [];
  const method = view.inputs.years.get(year(period))!;
  for (const u of units) {
    sumTarget = sumTarget.add(view.inputs.targets.get(year(period))?.get(u.id)?.get(indicator)?.base ?? 0);
    if (view.missing(u, period, method.indicators)) {
      const c = view.carried(u.id, indicator, period);
      carried.push({ unit: u.id, ...c });
      value = value.add(c.value);
    } else value = value.add(view.figure(u.id, indicator, period)!.value!);
  }
  const t = target ?? sumTarget;
  const completion = value.div(t);
  return { indicator, value, target: t, completion, paceGap: gap(completion, month(period))!, carried };
}

export function monthOf(view: View, period: string): Month {
  const method = view.inputs.years.get(year(period))!;
  const m = month(period);
  const inGroup = (g: string) => view.inputs.units.filter((u) => u.group === g && active(u, period));
  const groups = view.inputs.groups.map((g) => {
    const units = inGroup(g.id);
    return {
      id: g.id,
      name: g.name,
      units: rankGroup(units.map((u) => unitMonth(view, u, period, method))),
      total: method.indicators.map((i) =>
        total(
          view,
          units.filter((u) => view.inputs.targets.get(method.year)?.get(u.id)?.has(i)),
          i,
          period,
          null,
        ),
      ),
    };
  });
  const cityUnits = view.inputs.groups.filter((g) => g.countsTowardCity).flatMap((g) => inGroup(g.id));
  const city = method.indicators.map((i) => {
    const target = Fraction.of(method.cityTargets[i]);
    const t = total(view, cityUnits, i, period, target);
    const before = m === 1 ? null : total(view, cityUnits, i, periodOf(method.year, m - 1), target).value;
    let lastYear: Fraction | null = new Fraction(0n);
    for (const u of cityUnits) {
      const ly = lastYearOf(view, u, i, period);
      lastYear = lastYear && ly ? lastYear.add(ly) : null;
    }
    const remaining = remainingOf(t.value, target);
    const decimals = view.inputs.indicators.find((x) => x.id === i)!.decimals;
    return {
      ...t,
      monthIncrease: before ? t.value.sub(before) : t.value,
      lastYear,
      yoy: yoyOf(t.value, lastYear),
      remaining,
      monthlyNeeded: needed(remaining, m, decimals),
      missingUnits: cityUnits.filter((u) => view.missing(u, period, method.indicators)).length,
    };
  });
  return { period, method, groups, city };
}

/** The share of the base target a check asks for. */
export const required = (check: Check) =>
  check.threshold === 'pace' ? pace(check.month) : Fraction.of(check.threshold);
