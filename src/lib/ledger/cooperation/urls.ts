/** The cooperation tracker's public addresses (they never change once published). */

/** The cooperation tracker (接轨上海): /cooperation/, a year's /cooperation/2005/. */
export const cooperationUrl = (year?: number) => (year ? `/cooperation/${year}/` : '/cooperation/');
/** A row per project: /data/cooperation-2005.csv. */
export const cooperationDataUrl = (year: number) => `/data/cooperation-${year}.csv`;
