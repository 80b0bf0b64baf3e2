/**
 * The site's public addresses. They never change once published: pages, feeds and the download
 * endpoints all link through these. An optional ledger kind's addresses are in its folder
 * (src/lib/ledger/<kind>/urls.ts).
 */
import type { GroupId, Period } from '../schema/common.ts';

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
/** The method as data, its worked examples, and the checksums of the current downloads (for auditors). */
export const methodDataUrl = () => '/data/method.json';
export const methodExamplesUrl = () => '/data/method-examples.json';
export const checksumsUrl = () => '/data/SHA256SUMS';

/** One month, every group: /data/rankings-2005-03.csv, .json or .xlsx (a sheet per group). */
export const monthDataUrl = (period: string, format: 'csv' | 'json' | 'xlsx') => `/data/rankings-${period}.${format}`;
/** One table (a month's group): /data/rankings-2005-03-towns.csv. */
export const groupDataUrl = (period: Period, groupId: GroupId) => `/data/rankings-${period}-${groupId}.csv`;
/** One month's city and group totals: /data/totals-2005-03.csv. */
export const totalsDataUrl = (period: string) => `/data/totals-${period}.csv`;
/** The whole year: /data/rankings-2005.csv or .json. */
export const yearDataUrl = (year: number, format: 'csv' | 'json') => `/data/rankings-${year}.${format}`;
/** A unit's history: /data/unit-dazhong.csv. */
export const unitDataUrl = (unitId: string) => `/data/unit-${unitId}.csv`;

/** Units side by side on one chart: /compare/, or /compare/?u=kaifaqu~dazhong&i=score&y=2005. */
export const compareUrl = (query?: { units: string[]; indicator?: string; year?: number }) => {
  if (!query) return '/compare/';
  const parts = [`u=${query.units.join('~')}`];
  if (query.indicator) parts.push(`i=${query.indicator}`);
  if (query.year) parts.push(`y=${query.year}`);
  return `/compare/?${parts.join('&')}`;
};
/** A year's figures for the comparison page's script: /data/compare-2005.json. */
export const compareDataUrl = (year: number) => `/data/compare-${year}.json`;
/** Releases, observations and revision triangles explained: /releases/. */
export const releasesUrl = () => '/releases/';
/** A month's download as its release published it: /data/releases/2005-03/rankings-2005-03.csv. */
export const releaseDataUrl = (period: string, href: string) =>
  `/data/releases/${period}/${href.replace(/^\/data\//, '')}`;
/** Every published figure and every revision of it, in long form: /data/observations.csv or .json. */
export const observationsDataUrl = (format: 'csv' | 'json') => `/data/observations.${format}`;
/** A year's revision triangles, of the city total or of one unit: /data/triangle-2005.csv, triangle-2005-xituan.csv. */
export const triangleDataUrl = (year: number, unit?: string) => `/data/triangle-${year}${unit ? `-${unit}` : ''}.csv`;

/** The year's verdicts: /assessments/. */
export const assessmentsUrl = () => '/assessments/';
/** One check's verdict: /assessments/2005/half/. */
export const assessmentUrl = (year: number, checkId: string) => `/assessments/${year}/${checkId}/`;
/** 预警 as of the year's latest month: /assessments/2005/warning/. */
export const warningUrl = (year: number) => `/assessments/${year}/warning/`;
/** The year at a glance (places month by month): /assessments/2005/places/. */
export const placesUrl = (year: number) => `/assessments/${year}/places/`;
/** One group's places, for a board too large for one page: /assessments/2005/places/zones/. */
export const placesGroupUrl = (year: number, group: string) => `/assessments/${year}/places/${group}/`;
/** One check's verdict as a file: /data/assessment-2005-half.csv or .json. */
export const assessmentDataUrl = (year: number, checkId: string, format: 'csv' | 'json') =>
  `/data/assessment-${year}-${checkId}.${format}`;
/** 预警, a year's months stacked. */
export const warningDataUrl = (year: number) => `/data/warnings-${year}.csv`;
/** The RSS feed: one item per published month (and, later, per correction). */
export const feedUrl = () => '/feed.xml';
/** A month's printable 督查通报: /bulletins/2005-03/. */
export const bulletinUrl = (period: string) => `/bulletins/${period}/`;
/** A month's broadcast slides (16:9): /slides/2005-03/. */
/** The month's 督查通报 printed to PDF at build time by Chromium (src/build/bulletin-pdf.ts). */
export const bulletinPdfUrl = (period: string) => `/data/bulletin-${period}.pdf`;

export const slidesUrl = (period: string) => `/slides/${period}/`;
/** One group's ranking without the site around it, for an iframe: /embed/2005-03/towns/. */
export const embedUrl = (period: Period, groupId: GroupId) => `/embed/${period}/${groupId}/`;
/** Images made at build time: /images/… (slides, link previews, the WeChat long image). */
export const slideImageUrl = (period: string, slideId: string, format: 'png' | 'svg') =>
  `/images/slides/${period}-${slideId}.${format}`;
/** The 1200×630 link preview of a page: /images/preview/rankings-2005-03.png, /images/preview/unit-dazhong.png. */
/**
 * A chart's own files, for journalists: the picture (drawn at build time, src/lib/images/chart-picture.ts)
 * and its numbers as CSV. The id names what is drawn, never the day: city-2005, unit-dazhong-2005-htwz.
 */
export const chartImageUrl = (chartId: string, format: 'png' | 'svg') => `/images/charts/${chartId}.${format}`;
export const chartDataUrl = (chartId: string) => `/data/charts/${chartId}.csv`;
export const cityChartId = (year: number) => `city-${year}`;
export const placesChartId = (year: number, groupId: string) => `places-${year}-${groupId}`;
export const unitChartId = (unitId: string, year: number, what: string) => `unit-${unitId}-${year}-${what}`;

export const previewImageUrl = (name: string) => `/images/preview/${name}.png`;
/** A month's rankings as one 1080 px wide image for WeChat: /images/long/rankings-2005-03.png. */
/** The month's WeChat long image; a board too long for one goes on in `part` 2, 3 … (rankings-2005-03-2.png). */
export const longImageUrl = (period: string, part = 1) =>
  `/images/long/rankings-${period}${part > 1 ? `-${part}` : ''}.png`;
/** The HTML site map (every section and every month), beside the XML one: /sitemap/. */
export const siteMapUrl = () => '/sitemap/';
/** Where an ICP filing number is looked up (工业和信息化部 ICP/IP地址/域名信息备案管理系统). */
export const icpFilingUrl = () => 'https://beian.miit.gov.cn/';
/** Where a public-security filing number is looked up (全国互联网安全管理服务平台), by its 14 digits. */
export const policeFilingUrl = (code: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
