/**
 * The independent checker: reads a built site's /data/ folder only, recomputes every published figure
 * and verdict (rankings, group and city totals, assessments with 红黑榜, warnings — today's and each
 * release folder's) and counts each comparison and each mismatch.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Fraction } from './fraction.ts';
import { readInputs, readJson, type Inputs, type MethodYear } from './inputs.ts';
import { HUNDRED, monthOf, pace, month, periodOf, View, type Total, type UnitMonth } from './figures.ts';
import { assess, checksAhead, warnings, type Assessment } from './verdicts.ts';

export class Tally {
  comparisons = 0;
  readonly mismatches: string[] = [];
  readonly files = new Set<string>();

  /** A figure published with `decimals` against its exact value (null: published as null or an empty cell). */
  num(where: string, published: unknown, exact: Fraction | null, decimals: number): void {
    this.comparisons++;
    const empty = published === null || published === undefined || published === '';
    if (exact === null || empty) {
      if (!(exact === null && empty))
        this.mismatches.push(`${where}: published ${published}, expected ${exact?.round(decimals) ?? null}`);
      return;
    }
    const expected = exact.round(decimals);
    if (!Fraction.of(published as number | string).eq(expected))
      this.mismatches.push(
        `${where}: published ${published}, expected ${decimalText(expected, decimals)} (exact ${exact})`,
      );
  }

  /** A published percentage (×100) of an exact share. */
  pct(where: string, published: unknown, share: Fraction | null): void {
    this.num(where, published, share ? share.mul(HUNDRED) : null, 1);
  }

  /**
   * An unrounded figure (a double, as the build decided on it) against the exact value: within 1e-9 and on the
   * same side of zero, so a gap written 0.0 is seen on the side it really fell.
   */
  near(where: string, published: unknown, exact: Fraction | null): void {
    this.comparisons++;
    if (exact === null || published === null || published === undefined) {
      if (!(exact === null && (published === null || published === undefined)))
        this.mismatches.push(`${where}: published ${published}, expected ${exact}`);
      return;
    }
    const value = Fraction.of((published as number).toFixed(20));
    const off = value.sub(exact);
    if (value.sign !== exact.sign || off.cmp(TOLERANCE) > 0 || off.cmp(TOLERANCE.mul(-1)) < 0)
      this.mismatches.push(`${where}: published unrounded ${published}, exact ${exact}`);
  }

  same(where: string, published: unknown, expected: unknown): void {
    this.comparisons++;
    if (JSON.stringify(published ?? null) !== JSON.stringify(expected ?? null))
      this.mismatches.push(`${where}: published ${JSON.stringify(published)}, expected ${JSON.stringify(expected)}`);
  }
}

const TOLERANCE = new Fraction(1n, 1_000_000_000n);

const decimalText = (f: Fraction, decimals: number) => {
  const scaled = f.mul(new Fraction(10n ** BigInt(decimals)));
  const s = (scaled.n < 0n ? -scaled.n : scaled.n).toString().padStart(decimals + 1, '0');
  return `${scaled.n < 0n ? '-' : ''}${decimals ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s}`;
};

const carriedOf = (t: Total) => t.carried.map((c) => ({ unit: c.unit, value: Number(c.value.n), from: c.from }));

interface PublishedTotal {
  indicator: string;
  value: number;
  target: number;
  completion: number;
  completionUnrounded?: number;
  paceGap?: number;
  carried: unknown;
}

/** 上月位次 and 较上月 (进位 N / 退位 N / 持平; null when either place is null). */
function movement(view: View, period: string, u: UnitMonth) {
  const m = month(period);
  const before = m === 1 ? null : monthOf(view, periodOf(Number(period.slice(0, 4)), m - 1));
  const previous = before?.groups.flatMap((x) => x.units).find((x) => x.unit.id === u.unit.id)?.rank ?? null;
  const change =
    u.rank === null || previous === null
      ? null
      : u.rank < previous
        ? `进位 ${previous - u.rank}`
        : u.rank > previous
          ? `退位 ${u.rank - previous}`
          : '持平';
  return { previous, change };
}

/**
 * A rankings-type CSV (a month, a group of a month, a year, a unit's history): every row's cells against the
 * recomputed unit month, found by its 月份 and 单位代码.
 */
function checkRankingsCsv(tally: Tally, inputs: Inputs, view: View, dir: string, file: string) {
  tally.files.add(join(dir, file));
  const [header, ...rows]: string[][] = parse(readFileSync(join(dir, file), 'utf8'), { bom: true });
  const col = (name: string) => header.indexOf(name);
  const cell = (r: string[], name: string) => (col(name) < 0 ? undefined : r[col(name)]);
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  for (const r of rows) {
    const period = r[col('月份')];
    const m = monthOf(view, period);
    const g = m.groups.find((x) => x.units.some((u) => u.unit.id === r[col('单位代码')]));
    const u = g?.units.find((x) => x.unit.id === r[col('单位代码')]);
    const w = `${file} ${period} ${r[col('单位代码')]}`;
    if (!g || !u) {
      tally.same(w, 'a row', null);
      continue;
    }
    tally.same(`${w} 组别`, cell(r, '组别'), g.name);
    tally.same(`${w} 位次`, cell(r, '位次'), text(u.rank));
    tally.same(`${w} 并列`, cell(r, '并列'), u.rank === null ? '' : u.tied ? '是' : '否');
    tally.same(`${w} 较上月`, cell(r, '较上月'), text(movement(view, period, u).change));
    tally.same(`${w} 状态`, cell(r, '状态'), { reported: '已报送', missing: '未报送', noTarget: '无目标' }[u.state]);
    for (const i of u.indicators) {
      const ind = inputs.indicators.find((x) => x.id === i.indicator)!;
      const c = (measure: string, withUnit: boolean) =>
        cell(r, `${ind.name}${measure}${withUnit ? `(${ind.unit})` : ''}`);
      const d = ind.decimals;
      const wi = `${w} ${i.indicator}`;
      tally.num(`${wi} 确保目标`, c('确保目标', true), i.target?.base ?? null, d);
      tally.num(`${wi} 力争目标`, c('力争目标', true), i.target?.stretch ?? null, d);
      tally.num(`${wi} 累计`, c('1—N月累计', true), i.value, d);
      tally.same(`${wi} 已修订`, c('已修订', false), i.revised ? '是' : '否');
      tally.num(`${wi} 当月新增`, c('当月新增', true), i.monthIncrease, d);
      tally.pct(`${wi} 完成率`, c('完成率(%)', false), i.completion);
      tally.pct(`${wi} 力争完成率`, c('力争完成率(%)', false), i.stretchCompletion);
      tally.num(`${wi} 超欠序时进度`, c('超欠序时进度(百分点)', false), i.paceGap, 1);
      tally.num(`${wi} 同比`, c('同比(%)', false), i.yoy, 1);
      tally.num(`${wi} 尚需完成`, c('尚需完成', true), i.remaining, d);
      tally.num(`${wi} 月均需完成`, c('月均需完成', true), i.monthlyNeeded, d);
    }
    tally.pct(`${w} 综合完成率`, cell(r, '综合完成率(%)'), u.score);
    tally.num(`${w} 序时进度`, cell(r, '序时进度(%)'), pace(month(period)).mul(HUNDRED), 1);
    tally.same(`${w} 色带`, cell(r, '色带'), text(u.band));
  }
}

function checkRankings(tally: Tally, inputs: Inputs, view: View, dir: string, file: string, period: string) {
  const doc = readJson(dir, file);
  tally.files.add(join(dir, file));
  tally.same(`${file} rulesVersion`, doc.rulesVersion, inputs.rulesVersion);
  tally.same(`${file} dataCommit`, doc.dataCommit, inputs.dataCommit);
  checkMonthDoc(tally, inputs, view, file, doc, period);
}

/** rankings-YYYY.json: each month as in its month file. */
function checkYearRankings(tally: Tally, inputs: Inputs, view: View, dir: string, year: number) {
  const file = `rankings-${year}.json`;
  const doc = readJson(dir, file);
  tally.files.add(join(dir, file));
  tally.same(`${file} rulesVersion`, doc.rulesVersion, inputs.rulesVersion);
  tally.same(`${file} dataCommit`, doc.dataCommit, inputs.dataCommit);
  const periods = view.periods.filter((p) => p.startsWith(`${year}-`));
  tally.same(
    `${file} months`,
    doc.periods.map((p: { period: string }) => p.period),
    periods,
  );
  for (const p of doc.periods)
    if (periods.includes(p.period)) checkMonthDoc(tally, inputs, view, `${file} ${p.period}`, p, p.period);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function checkMonthDoc(tally: Tally, inputs: Inputs, view: View, at: string, doc: any, period: string) {
  const m = monthOf(view, period);
  const decimals = (i: string) => inputs.indicators.find((x) => x.id === i)!.decimals;
  tally.num(`${at} pace`, doc.pace, pace(month(period)).mul(HUNDRED), 1);
  m.city.forEach((c, index) => {
    const p = doc.city[index];
    const w = `${at} city ${c.indicator}`;
    const d = decimals(c.indicator);
    tally.same(`${w} indicator`, p.indicator, c.indicator);
    tally.num(`${w} base`, p.base, c.target, d);
    tally.num(`${w} value`, p.value, c.value, d);
    tally.num(`${w} monthIncrease`, p.monthIncrease, c.monthIncrease, d);
    tally.pct(`${w} completion`, p.completion, c.completion);
    tally.near(`${w} completionUnrounded`, p.completionUnrounded, c.completion.mul(HUNDRED));
    tally.num(`${w} paceGap`, p.paceGap, c.paceGap, 1);
    tally.num(`${w} lastYear`, p.lastYear, c.lastYear, d);
    tally.num(`${w} yoy`, p.yoy, c.yoy, 1);
    tally.num(`${w} remaining`, p.remaining, c.remaining, d);
    tally.num(`${w} monthlyNeeded`, p.monthlyNeeded, c.monthlyNeeded, d);
    tally.same(`${w} missingUnits`, p.missingUnits, c.missingUnits);
    tally.same(`${w} carried`, p.carried, carriedOf(c));
  });
  tally.same(
    `${at} groups`,
    doc.groups.map((g: { id: string }) => g.id),
    m.groups.map((g) => g.id),
  );
  m.groups.forEach((g, gi) => {
    const pg = doc.groups[gi];
    g.total.forEach((t, ti) => checkTotal(tally, `${at} ${g.id} total`, pg.total?.[ti], t, decimals(t.indicator)));
    tally.same(
      `${at} ${g.id} order`,
      pg.units.map((u: { unit: string }) => u.unit),
      g.units.map((u) => u.unit.id),
    );
    for (const u of g.units) {
      const p = pg.units.find((x: { unit: string }) => x.unit === u.unit.id);
      const w = `${at} ${u.unit.id}`;
      if (!p) {
        tally.same(`${w} row`, null, 'a row');
        continue;
      }
      tally.same(`${w} status`, p.status, { reported: '已报送', missing: '未报送', noTarget: '无目标' }[u.state]);
      tally.same(`${w} rank`, p.rank, u.rank);
      tally.same(`${w} tied`, p.tied, u.tied);
      tally.pct(`${w} score`, p.score, u.score);
      tally.num(`${w} scoreGap`, p.scoreGap, u.scoreGap, 1);
      tally.near(`${w} scoreUnrounded`, p.scoreUnrounded, u.score?.mul(HUNDRED) ?? null);
      tally.near(`${w} scoreGapUnrounded`, p.scoreGapUnrounded, u.scoreGap);
      tally.same(`${w} band`, p.band, u.band);
      const { previous, change } = movement(view, period, u);
      tally.same(`${w} previousRank`, p.previousRank, previous);
      tally.same(`${w} change`, p.change, change);
      for (const i of u.indicators) {
        const pi = p.indicators[i.indicator];
        const wi = `${w} ${i.indicator}`;
        const d = decimals(i.indicator);
        tally.num(`${wi} base`, pi.base, i.target?.base ?? null, d);
        tally.num(`${wi} stretch`, pi.stretch, i.target?.stretch ?? null, d);
        tally.num(`${wi} value`, pi.value, i.value, d);
        tally.num(`${wi} monthIncrease`, pi.monthIncrease, i.monthIncrease, d);
        tally.pct(`${wi} completion`, pi.completion, i.completion);
        tally.near(`${wi} completionUnrounded`, pi.completionUnrounded, i.completion?.mul(HUNDRED) ?? null);
        tally.pct(`${wi} stretchCompletion`, pi.stretchCompletion, i.stretchCompletion);
        tally.num(`${wi} paceGap`, pi.paceGap, i.paceGap, 1);
        tally.num(`${wi} lastYear`, pi.lastYear, i.lastYear, d);
        tally.num(`${wi} yoy`, pi.yoy, i.yoy, 1);
        tally.num(`${wi} remaining`, pi.remaining, i.remaining, d);
        tally.num(`${wi} monthlyNeeded`, pi.monthlyNeeded, i.monthlyNeeded, d);
        tally.same(`${wi} revised`, pi.revised, i.revised);
      }
    }
  });
}

function checkTotal(tally: Tally, where: string, p: PublishedTotal | undefined, t: Total, d: number) {
  const w = `${where} ${t.indicator}`;
  if (!p) return tally.same(w, null, 'a total');
  tally.same(`${w} indicator`, p.indicator, t.indicator);
  tally.num(`${w} value`, p.value, t.value, d);
  tally.num(`${w} target`, p.target, t.target, d);
  tally.pct(`${w} completion`, p.completion, t.completion);
  tally.near(`${w} completionUnrounded`, p.completionUnrounded, t.completion.mul(HUNDRED));
  if (p.paceGap !== undefined) tally.num(`${w} paceGap`, p.paceGap, t.paceGap, 1);
  tally.same(`${w} carried`, p.carried, carriedOf(t));
}

function checkAssessments(tally: Tally, inputs: Inputs, view: View, dir: string, method: MethodYear) {
  const decimals = (i: string) => inputs.indicators.find((x) => x.id === i)!.decimals;
  for (const check of method.assessments?.checks ?? []) {
    const file = `assessment-${method.year}-${check.id}.json`;
    const a = assess(view, method, check);
    tally.same(`${dir} ${file} published`, existsSync(join(dir, file)), a !== null);
    if (!a || !existsSync(join(dir, file))) continue;
    tally.files.add(join(dir, file));
    const doc = readJson(dir, file);
    const at = file;
    tally.same(`${at} period`, doc.period, a.month.period);
    tally.same(`${at} rulesVersion`, doc.rulesVersion, inputs.rulesVersion);
    tally.same(`${at} dataCommit`, doc.dataCommit, inputs.dataCommit);
    const totals = (
      w: string,
      p: { result: string; indicators: Array<PublishedTotal & { pass: boolean }> },
      v: typeof a.city,
    ) => {
      tally.same(`${w} result`, p.result, v.result);
      v.indicators.forEach((t, i) => {
        checkTotal(tally, w, p.indicators[i], t, decimals(t.indicator));
        tally.same(`${w} ${t.indicator} pass`, p.indicators[i]?.pass, t.pass);
      });
    };
    totals(`${at} city`, doc.city, a.city);
    for (const g of doc.groups) {
      totals(`${at} ${g.id} total`, g.total, a.groups.get(g.id)!);
      for (const p of g.units) {
        const v = a.units.find((x) => x.unit.unit.id === p.unit);
        const w = `${at} ${p.unit}`;
        if (!v) {
          tally.same(w, 'a row', null);
          continue;
        }
        tally.same(`${w} rank`, p.rank, v.unit.rank);
        tally.same(`${w} result`, p.result, v.result);
        tally.same(`${w} stretchMet`, p.stretchMet, v.stretchMet);
        tally.same(`${w} list`, p.list, v.list);
        tally.same(`${w} reason`, p.reason, v.reason);
        for (const i of v.indicators) {
          const pi = p.indicators[i.indicator];
          tally.pct(`${w} ${i.indicator} completion`, pi?.completion, i.completion);
          tally.near(
            `${w} ${i.indicator} completionUnrounded`,
            pi?.completionUnrounded,
            i.completion?.mul(HUNDRED) ?? null,
          );
          tally.same(`${w} ${i.indicator} result`, pi?.result, i.result);
          tally.same(`${w} ${i.indicator} reason`, pi?.reason, i.reason);
        }
      }
    }
    checkAssessmentCsv(tally, inputs, dir, `assessment-${method.year}-${check.id}.csv`, a);
    tally.same(
      `${at} units`,
      doc.groups.flatMap((g: { units: Array<{ unit: string }> }) => g.units.map((u) => u.unit)).sort(),
      a.units.map((v) => v.unit.unit.id).sort(),
    );
  }
}

/** assessment-YYYY-<check>.csv: each unit's row as the JSON's, in the words the CSV writes. */
function checkAssessmentCsv(tally: Tally, inputs: Inputs, dir: string, file: string, a: Assessment) {
  if (!existsSync(join(dir, file))) return tally.same(`${dir} ${file} published`, false, true);
  tally.files.add(join(dir, file));
  const [header, ...rows]: string[][] = parse(readFileSync(join(dir, file), 'utf8'), { bom: true });
  const col = (name: string) => header.indexOf(name);
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  tally.same(`${file} rows`, rows.map((r) => r[col('单位代码')]).sort(), a.units.map((v) => v.unit.unit.id).sort());
  for (const r of rows) {
    const v = a.units.find((x) => x.unit.unit.id === r[col('单位代码')]);
    if (!v) continue;
    const w = `${file} ${v.unit.unit.id}`;
    tally.same(`${w} 考核`, r[col('考核')], a.check.name);
    tally.same(`${w} 月份`, r[col('月份')], a.month.period);
    tally.same(`${w} 位次`, r[col('位次')], text(v.unit.rank));
    for (const i of v.indicators) {
      const name = inputs.indicators.find((x) => x.id === i.indicator)!.name;
      tally.pct(`${w} ${i.indicator} 完成率`, r[col(`${name}完成率(%)`)], i.completion);
      tally.same(`${w} ${i.indicator} 结果`, r[col(`${name}结果`)], i.result);
      tally.same(`${w} ${i.indicator} 免考理由`, r[col(`${name}免考理由`)], text(i.reason));
    }
    tally.same(`${w} 总体结果`, r[col('总体结果')], v.result);
    if (a.check.stretch)
      tally.same(`${w} 完成力争目标`, r[col('完成力争目标')], v.stretchMet === null ? '' : v.stretchMet ? '是' : '否');
    tally.same(`${w} 红黑榜`, r[col('红黑榜')], text(v.list));
    tally.same(`${w} 免考或说明`, r[col('免考或说明')], text(v.reason));
  }
}

function checkWarnings(tally: Tally, inputs: Inputs, view: View, dir: string, method: MethodYear) {
  const file = `warnings-${method.year}.csv`;
  if (!method.assessments) return;
  tally.files.add(join(dir, file));
  const rows: string[][] = parse(readFileSync(join(dir, file), 'utf8'), { bom: true });
  const [header, ...body] = rows;
  const columns = checksAhead(method.assessments.checks, 0);
  const expected = warnings(view, method);
  tally.same(
    `${dir} ${file} rows`,
    body.map((r) => `${r[0]} ${r[2]}`),
    expected.map((r) => `${r.period} ${r.unit.unit.id}`),
  );
  tally.same(`${file} columns`, header.length, 6 + columns.length * (inputs.indicators.length + 1) + 1);
  body.forEach((r, index) => {
    const e = expected[index];
    if (!e) return;
    const w = `${file} ${r[0]} ${r[2]}`;
    tally.same(`${w} 连续落后月数`, r[4], String(e.streak));
    tally.same(`${w} 连续落后预警`, r[5], e.flagged ? '是' : '否');
    columns.forEach((check, ci) => {
      const start = 6 + ci * (method.indicators.length + 1);
      const p = e.projections.get(check.id);
      method.indicators.forEach((indicator, ii) =>
        tally.pct(`${w} ${check.id} ${indicator}`, r[start + ii], p?.completions[ii] ?? null),
      );
      tally.same(`${w} ${check.id} 预计未达`, r[start + method.indicators.length], p?.missed ?? '');
    });
  });
}

/** totals-YYYY-MM.csv: the city's and each group's totals, one row per indicator, carried figures written out. */
function checkTotalsCsv(tally: Tally, inputs: Inputs, view: View, dir: string, period: string) {
  const file = `totals-${period}.csv`;
  tally.files.add(join(dir, file));
  const [header, ...rows]: string[][] = parse(readFileSync(join(dir, file), 'utf8'), { bom: true });
  const col = (name: string) => header.indexOf(name);
  const m = monthOf(view, period);
  const name = (id: string) => inputs.units.find((u) => u.id === id)!.name;
  const carriedText = (t: Total) =>
    t.carried.map((c) => `${name(c.unit)} ${c.value.n}（${c.from ? `${c.from} 报送` : '本年未报送'}）`).join('；');
  const expected = [
    ...m.city.map((t) => ({ scope: '', t, missing: t.missingUnits })),
    ...m.groups.flatMap((g) => g.total.map((t) => ({ scope: g.id, t, missing: t.carried.length }))),
  ];
  tally.same(
    `${dir} ${file} rows`,
    rows.map((r) => `${r[col('组别代码')]} ${r[col('指标代码')]}`),
    expected.map((e) => `${e.scope} ${e.t.indicator}`),
  );
  rows.forEach((r, index) => {
    const e = expected[index];
    if (!e) return;
    const w = `${file} ${e.scope || 'city'} ${e.t.indicator}`;
    const d = inputs.indicators.find((x) => x.id === e.t.indicator)!.decimals;
    tally.num(`${w} 目标`, r[col('目标')], e.t.target, d);
    tally.num(`${w} 累计`, r[col('1—N月累计')], e.t.value, d);
    tally.pct(`${w} 完成率`, r[col('完成率(%)')], e.t.completion);
    tally.num(`${w} 超欠序时进度`, r[col('超欠序时进度(百分点)')], e.t.paceGap, 1);
    tally.same(`${w} 未报送单位数`, r[col('未报送单位数')], String(e.missing));
    tally.same(`${w} 含未报送单位最近一次报送数`, r[col('含未报送单位最近一次报送数')], carriedText(e.t));
  });
}

/**
 * compare-YYYY.json: each unit's line (composite, each indicator's 完成率 and 1—N月累计, null when 未报送), the
 * city's (its composite from the city's completions), and each group's average: the mean of the unrounded
 * figures of the units with a target for the measure that reported, rounded once.
 */
function checkCompare(tally: Tally, inputs: Inputs, view: View, dir: string, method: MethodYear) {
  const file = `compare-${method.year}.json`;
  if (!existsSync(join(dir, file))) return;
  tally.files.add(join(dir, file));
  const doc = readJson(dir, file);
  const months = view.periods.filter((p) => p.startsWith(`${method.year}-`));
  tally.same(`${file} months`, doc.months, months);
  const ms = months.map((p) => monthOf(view, p));
  months.forEach((p, i) => tally.num(`${file} pace ${p}`, doc.pace[i], pace(month(p)).mul(HUNDRED), 1));
  const decimals = (i: string) => inputs.indicators.find((x) => x.id === i)!.decimals;
  const { weights, completionCap } = method.ranking;
  type Figures = {
    score: Fraction | null;
    completion: Map<string, Fraction | null>;
    value: Map<string, Fraction | null>;
  };
  const unitFigures = (u: UnitMonth): Figures => ({
    score: u.score,
    completion: new Map(u.indicators.map((i) => [i.indicator, i.completion])),
    value: new Map(u.indicators.map((i) => [i.indicator, i.value])),
  });
  // An average leaves out the units without a target for the measure (their own lines still show their figures).
  const forAverage = (u: UnitMonth): Figures => ({
    ...unitFigures(u),
    value: new Map(u.indicators.map((i) => [i.indicator, i.target ? i.value : null])),
  });
  const compareLine = (line: { id: string; values: Record<string, Array<number | null>> }, figures: Figures[]) => {
    const w = `${file} ${line.id}`;
    figures.forEach((f, mi) => {
      tally.pct(`${w} score ${months[mi]}`, line.values.score?.[mi], f.score);
      for (const i of method.indicators) {
        tally.pct(`${w} ${i} ${months[mi]}`, line.values[i]?.[mi], f.completion.get(i) ?? null);
        tally.num(`${w} ${i}.cum ${months[mi]}`, line.values[`${i}.cum`]?.[mi], f.value.get(i) ?? null, decimals(i));
      }
    });
  };
  const mean = (xs: Array<Fraction | null>) => {
    const known = xs.filter((x): x is Fraction => x !== null);
    return known.length ? known.reduce((a, b) => a.add(b)).div(known.length) : null;
  };
  for (const line of doc.lines) {
    if (line.kind === 'unit') {
      const figures = ms.map((m) => {
        const u = m.groups.flatMap((g) => g.units).find((x) => x.unit.id === line.id);
        return u ? unitFigures(u) : { score: null, completion: new Map(), value: new Map() };
      });
      compareLine(line, figures);
    } else if (line.kind === 'city') {
      compareLine(
        line,
        ms.map((m) => {
          let sum = new Fraction(0n);
          let weight = new Fraction(0n);
          for (const c of m.city) {
            sum = sum.add(Fraction.of(weights[c.indicator]).mul(c.completion.min(completionCap)));
            weight = weight.add(weights[c.indicator]);
          }
          return {
            score: sum.div(weight),
            completion: new Map(m.city.map((c) => [c.indicator, c.completion])),
            value: new Map(m.city.map((c) => [c.indicator, c.value])),
          };
        }),
      );
    } else if (line.kind === 'average') {
      compareLine(
        line,
        ms.map((m) => {
          const units = m.groups.find((g) => g.id === line.group)!.units.map(forAverage);
          return {
            score: mean(units.map((u) => u.score)),
            completion: new Map(method.indicators.map((i) => [i, mean(units.map((u) => u.completion.get(i) ?? null))])),
            value: new Map(method.indicators.map((i) => [i, mean(units.map((u) => u.value.get(i) ?? null))])),
          };
        }),
      );
    } else tally.same(`${file} ${line.id} kind`, line.kind, 'unit, city or average');
  }
  const expectedLines = ms[ms.length - 1].groups.flatMap((g) => g.units.map((u) => u.unit.id));
  tally.same(
    `${file} unit lines`,
    doc.lines
      .filter((l: { kind: string }) => l.kind === 'unit')
      .map((l: { id: string }) => l.id)
      .sort(),
    [
      ...new Set([...ms.flatMap((m) => m.groups.flatMap((g) => g.units.map((u) => u.unit.id))), ...expectedLines]),
    ].sort(),
  );
}

/** The rankings-type CSV files of a folder: months, months' groups, years, units' histories. */
const rankingsCsv = (dir: string) =>
  readdirSync(dir).filter((f) => /^(rankings-\d{4}(-\d{2})?(-[a-z0-9_-]+)?|unit-[a-z0-9_-]+)\.csv$/i.test(f));

export interface Report {
  comparisons: number;
  mismatches: string[];
  files: number;
}

/** Recomputes every figure and verdict under `dataDir` (a built site's /data/) and compares. */
export function checkPublished(dataDir: string): Report {
  const tally = new Tally();
  const inputs = readInputs(dataDir);
  // README.txt names the rules' version and the data's commit, as method.json does.
  const readme = readFileSync(join(dataDir, 'README.txt'), 'utf8');
  tally.same('README.txt rulesVersion', readme.includes(inputs.rulesVersion), true);
  tally.same('README.txt dataCommit', readme.includes(inputs.dataCommit), true);
  for (const f of inputs.read) tally.files.add(f);
  const today = new View(inputs, null, null);
  for (const period of today.periods) {
    checkRankings(tally, inputs, today, dataDir, `rankings-${period}.json`, period);
    checkTotalsCsv(tally, inputs, today, dataDir, period);
  }
  for (const file of rankingsCsv(dataDir)) checkRankingsCsv(tally, inputs, today, dataDir, file);
  for (const method of inputs.years.values()) {
    if (today.periods.some((p) => p.startsWith(`${method.year}-`)))
      checkYearRankings(tally, inputs, today, dataDir, method.year);
    checkAssessments(tally, inputs, today, dataDir, method);
    checkWarnings(tally, inputs, today, dataDir, method);
    checkCompare(tally, inputs, today, dataDir, method);
  }
  // Each release folder: the same rules on the data as they stood that day (observations' publishedAt, supersededAt).
  const releases = join(dataDir, 'releases');
  for (const period of existsSync(releases) ? readdirSync(releases).sort() : []) {
    const dir = join(releases, period);
    const date = readJson(dir, `rankings-${period}.json`).publishedOn;
    const then = new View(inputs, date, period);
    checkRankings(tally, inputs, then, dir, `rankings-${period}.json`, period);
    checkTotalsCsv(tally, inputs, then, dir, period);
    for (const file of rankingsCsv(dir)) checkRankingsCsv(tally, inputs, then, dir, file);
    const method = inputs.years.get(Number(period.slice(0, 4)))!;
    checkAssessments(tally, inputs, then, dir, method);
    if (method.assessments) checkWarnings(tally, inputs, then, dir, method);
  }
  return { comparisons: tally.comparisons, mismatches: tally.mismatches, files: tally.files.size };
}
