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
/** Every revision of a published figure and every 核减: /corrections/. */
export const correctionsUrl = () => '/corrections/';
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
