/**
 * The pages' getStaticPaths that more than one page shares: a page per month of the board
 * (/rankings/2005-03/, /bulletins/2005-03/, /slides/2005-03/), the month's result as its props; a page
 * per year with assessments (/assessments/2005/warning/, /assessments/2005/places/), the year as its props.
 */
import type { GetStaticPaths } from 'astro';
import type { PeriodResult } from '../lib/score/board.ts';
import { warningYears } from '../lib/score/warning.ts';
import { getBoard } from './board.ts';

/** One page per month of the board. */
export const periodPaths = (() =>
  getBoard().periods.map((period) => ({
    params: { period: period.period },
    props: { period },
  }))) satisfies GetStaticPaths;

/** The props a page of periodPaths is given. */
export interface PeriodProps {
  period: PeriodResult;
}

/** One page per year whose plan has assessments (预警, places). */
export const warningYearPaths = (() =>
  warningYears(getBoard()).map((year) => ({
    params: { year: String(year) },
    props: { year },
  }))) satisfies GetStaticPaths;

/** The props a page of warningYearPaths is given. */
export interface YearProps {
  year: number;
}
