/**
 * The independent checker's inputs: only what a reader downloads from /data/ — method.json, units.json,
 * plan-YYYY.json, observations.json and corrections-YYYY.json — read into exact fractions. Nothing here
 * imports the board's code: an auditor could write the same from the README.txt alone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Fraction } from './fraction.ts';

export const MISSING = '未报送';

export interface Band {
  label: string;
  minGap: number | null;
}
export interface Check {
  id: string;
  name: string;
  month: number;
  threshold: 'pace' | number;
  requiredShare: number;
  passLabel: string;
  failLabel: string;
  honour?: number;
  warn?: number;
  stretch?: boolean;
}
export interface Exemption {
  unit: string;
  indicator?: string | null;
  checks?: string[] | null;
  reason: string;
}
export interface MethodYear {
  year: number;
  indicators: string[];
  cityTargets: Record<string, number>;
  ranking: { method: string; weights: Record<string, number>; completionCap: number; tieDecimals: number };
  bands: Band[];
  assessments: null | {
    checks: Check[];
    newUnits?: { exemptThrough: number; reason: string } | null;
    exemptions?: Exemption[];
    warning?: { behindMonths: number } | null;
  };
}
export interface Indicator {
  id: string;
  name: string;
  unit: string;
  decimals: number;
}
export interface Unit {
  id: string;
  name: string;
  group: string;
  activeFrom: string;
  activeUntil: string | null;
  mergedFrom: string[] | null;
}
export interface Group {
  id: string;
  name: string;
  countsTowardCity: boolean;
}
export interface Target {
  base: Fraction;
  stretch: Fraction | null;
}
export interface Observation {
  unit: string;
  indicator: string;
  period: string;
  value: number | null;
  status: string;
  publishedAt: string;
  supersededAt: string | null;
}
export interface Revision {
  date: string;
  period: string;
  unit: string;
  indicator: string;
}

export interface Inputs {
  dir: string;
  /** The files read (method.json, units.json, plan-YYYY.json, corrections-YYYY.json, observations.json). */
  read: string[];
  rulesVersion: string;
  dataCommit: string;
  indicators: Indicator[];
  years: Map<number, MethodYear>;
  groups: Group[];
  units: Unit[];
  targets: Map<number, Map<string, Map<string, Target>>>;
  observations: Observation[];
  revisions: Revision[];
}

export const readJson = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'));

export function readInputs(dir: string): Inputs {
  const read = ['method.json', 'units.json', 'observations.json'];
  const method = readJson(dir, 'method.json');
  const register = readJson(dir, 'units.json');
  const years = new Map<number, MethodYear>(method.years.map((y: MethodYear) => [y.year, y]));
  const targets = new Map<number, Map<string, Map<string, Target>>>();
  const revisions: Revision[] = [];
  for (const year of years.keys()) {
    const plan = readJson(dir, `plan-${year}.json`);
    read.push(`plan-${year}.json`);
    const units = new Map<string, Map<string, Target>>();
    type Published = Record<string, Record<string, { base: number; stretch: number | null }>>;
    for (const [unit, byIndicator] of Object.entries(plan.targets as Published)) {
      const map = new Map<string, Target>();
      for (const [indicator, t] of Object.entries(byIndicator))
        map.set(indicator, { base: Fraction.of(t.base), stretch: t.stretch === null ? null : Fraction.of(t.stretch) });
      units.set(unit, map);
    }
    targets.set(year, units);
    if (existsSync(join(dir, `corrections-${year}.json`))) {
      revisions.push(...readJson(dir, `corrections-${year}.json`).revisions);
      read.push(`corrections-${year}.json`);
    }
  }
  return {
    dir,
    read: read.map((f) => join(dir, f)),
    rulesVersion: method.rulesVersion,
    dataCommit: method.dataCommit,
    indicators: method.indicators,
    years,
    groups: register.groups,
    units: register.units,
    targets,
    observations: readJson(dir, 'observations.json').observations,
    revisions,
  };
}
