/**
 * The site's public addresses, in one place. They never change once published: pages, feeds
 * and the download endpoints all link through these.
 */

export const homeUrl = () => '/';
export const rankingsUrl = () => '/rankings/';
/** A month's ranking page: /rankings/2005-03/. */
export const rankingUrl = (period: string) => `/rankings/${period}/`;
export const unitsUrl = () => '/units/';
/** A unit's page: /units/dazhong/. */
export const unitUrl = (unitId: string) => `/units/${unitId}/`;
export const methodologyUrl = () => '/methodology/';
export const dataUrl = () => '/data/';
/** What the downloads are: /data/README.txt. */
export const readmeUrl = () => '/data/README.txt';

/** One month, every group: /data/rankings-2005-03.csv or .json. */
export const monthDataUrl = (period: string, format: 'csv' | 'json') => `/data/rankings-${period}.${format}`;
/** One table (a month's group): /data/rankings-2005-03-towns.csv. */
export const groupDataUrl = (period: string, groupId: string) => `/data/rankings-${period}-${groupId}.csv`;
/** The whole year: /data/rankings-2005.csv or .json. */
export const yearDataUrl = (year: number, format: 'csv' | 'json') => `/data/rankings-${year}.${format}`;
/** A unit's history: /data/unit-dazhong.csv. */
export const unitDataUrl = (unitId: string) => `/data/unit-${unitId}.csv`;

/** The year's verdicts: /assessments/. */
export const assessmentsUrl = () => '/assessments/';
/** One check's verdict: /assessments/2005/half/. */
export const assessmentUrl = (year: number, checkId: string) => `/assessments/${year}/${checkId}/`;
/** 预警 as of the year's latest month: /assessments/2005/warning/. */
export const warningUrl = (year: number) => `/assessments/${year}/warning/`;
/** The year at a glance (places month by month): /assessments/2005/places/. */
export const placesUrl = (year: number) => `/assessments/${year}/places/`;
/** One check's verdict as a file: /data/assessment-2005-half.csv or .json. */
export const assessmentDataUrl = (year: number, checkId: string, format: 'csv' | 'json') => `/data/assessment-${year}-${checkId}.${format}`;
