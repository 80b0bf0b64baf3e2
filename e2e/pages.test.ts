/**
 * Opens every built page at 360 px and 1440 px in one shared Chromium and checks what a visitor
 * would hit: sideways scrolling, console errors, failed requests, CSP violations, accessibility
 * (axe-core, WCAG 2.1 A/AA) and the facts every page must show.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { connectBrowser } from './lib/browser.ts';
import { formatAxe, newInspectionContext, PageInspector, type PageInspection } from './lib/inspect.ts';
import { assessmentPeriod, latestPeriod } from './lib/period.ts';
import {
  builtPages,
  illustrativeNotices,
  pagePeriod,
  periodPattern,
  rankingPeriod,
  siteSettings,
  squash,
} from './lib/site.ts';

const WIDTHS = [360, 1440] as const;
const CONCURRENCY = Number(process.env.E2E_CONCURRENCY ?? 3);

const pages = builtPages();
const paths = pages.map((p) => p.path);
const site = siteSettings();
const latest = latestPeriod();
/** axe runs on every page at 360 px, and on one page of each kind at 1440 px too (desktop nav, wide tables). */
const AXE_WIDE = new Set(
  ['/', '/methodology/', paths.find((p) => rankingPeriod(p)), paths.find((p) => /^\/units\/[^/]+\/$/.test(p))].filter(
    (p) => p !== undefined,
  ),
);
const results = new Map<string, { byWidth: Map<number, PageInspection>; error?: string }>();

let browser: Browser;
const contexts = new Map<number, BrowserContext>();

beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
  for (const width of WIDTHS) contexts.set(width, await newInspectionContext(browser, width));
  const baseUrl = inject('baseUrl');
  const jobs = paths.flatMap((path) =>
    WIDTHS.map((width) => ({ path, width, axe: width === 360 || AXE_WIDE.has(path) })),
  );
  for (const path of paths) results.set(path, { byWidth: new Map() });
  let next = 0;
  const worker = async () => {
    const tabs = new Map<number, PageInspector>();
    try {
      while (next < jobs.length) {
        const job = jobs[next++];
        const entry = results.get(job.path)!;
        try {
          if (!tabs.has(job.width)) tabs.set(job.width, await PageInspector.open(contexts.get(job.width)!));
          entry.byWidth.set(job.width, await tabs.get(job.width)!.inspect(baseUrl + job.path, job));
        } catch (error) {
          entry.error = `${entry.error ?? ''}at ${job.width} px: ${(error as Error).message}\n`;
          // A tab that timed out may be stuck: start the next page in a fresh one.
          await tabs
            .get(job.width)
            ?.close()
            .catch(() => {});
          tabs.delete(job.width);
        }
      }
    } finally {
      for (const tab of tabs.values()) await tab.close().catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}, 600_000);

afterAll(async () => {
  for (const context of contexts.values()) await context.close().catch(() => {});
  await browser?.close();
});

/** The inspections of one page, after checking the crawl itself worked. */
function inspected(path: string): PageInspection[] {
  const entry = results.get(path)!;
  expect(entry.error ?? '', `could not load ${path}`).toBe('');
  return WIDTHS.map((w) => entry.byWidth.get(w)!);
}

test('the site has built pages to check', () => {
  expect(paths.length, 'dist/ holds no HTML pages').toBeGreaterThan(0);
});

describe.each(paths)('%s', (path) => {
  test('fits 360 px and 1440 px wide screens without sideways scrolling', () => {
    const problems = inspected(path)
      .filter((r) => r.scrollWidth > r.innerWidth)
      .map(
        (r) =>
          `at ${r.width} px the page is ${r.scrollWidth} px wide; sticking out: ${r.overflowing.join('; ') || '(not found)'}`,
      );
    expect(problems).toEqual([]);
  });

  test('logs no console errors or uncaught exceptions', () => {
    expect(inspected(path).flatMap((r) => r.consoleErrors.map((e) => `${r.width} px: ${e}`))).toEqual([]);
  });

  test('has no failed requests', () => {
    expect(inspected(path).flatMap((r) => r.failedRequests.map((e) => `${r.width} px: ${e}`))).toEqual([]);
  });

  test('triggers no Content-Security-Policy violations', () => {
    expect(inspected(path).flatMap((r) => r.cspViolations.map((e) => `${r.width} px: ${e}`))).toEqual([]);
  });

  test('has no axe-core violations (WCAG 2.0/2.1 A and AA)', () => {
    const found = inspected(path).flatMap((r) =>
      r.axe ? formatAxe(r.axe).map((line) => `${r.width} px: ${line}`) : [],
    );
    expect(found).toEqual([]);
  });

  test('shows the data period and 发布日期', () => {
    const period = pagePeriod(path) ?? assessmentPeriod(path) ?? latest;
    const text = inspected(path)[1].text;
    expect(text, `visible text of ${path} should mention the period ${period}`).toMatch(periodPattern(period));
    expect(text, `visible text of ${path} should say 发布日期`).toContain('发布日期');
  });

  test('shows the illustrative-data notice (its year’s plan’s, else data/site.yaml’s) exactly while the data is the sample', () => {
    for (const r of inspected(path)) {
      const shown = illustrativeNotices().some((notice) => squash(r.text).includes(squash(notice)));
      expect(
        shown,
        `at ${r.width} px: notice shown = ${shown}, data/site.yaml illustrative = ${site.illustrative}`,
      ).toBe(site.illustrative === true);
    }
  });
});
