/**
 * Loads one page in one viewport and records everything the page checks look at: console errors,
 * uncaught exceptions, failed requests, CSP violations, horizontal overflow, visible text and
 * (optionally) axe-core violations.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page, Request } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: Array<{ target: string; html: string; summary: string }>;
}

export interface PageInspection {
  width: number;
  consoleErrors: string[];
  failedRequests: string[];
  cspViolations: string[];
  scrollWidth: number;
  innerWidth: number;
  /** Elements sticking out past the right edge, when the page scrolls sideways. */
  overflowing: string[];
  text: string;
  axe?: AxeViolation[];
}

/** Installed in every context: records CSP violations before any page script runs. */
export const CSP_RECORDER = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') +
      (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ')' : '') +
      (e.sample ? ' sample: ' + e.sample : ''));
  });
`;

export async function newInspectionContext(
  browser: { newContext: (o: object) => Promise<BrowserContext> },
  width: number,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width, height: 800 },
    deviceScaleFactor: 1,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: 'block',
  });
  await context.addInitScript(CSP_RECORDER);
  return context;
}

/** Waits until no request has been in flight for `quietMs` (or gives up after `maxMs`). */
async function settle(page: Page, inFlight: Set<Request>, quietMs = 150, maxMs = 5000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    if (inFlight.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= quietMs) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  });
}

/**
 * One browser tab that inspects page after page (a new tab per page costs more than the page).
 * Listeners are attached once and write to the collector of the current inspection.
 */
export class PageInspector {
  private collector = { consoleErrors: [] as string[], failedRequests: [] as string[] };
  private inFlight = new Set<Request>();
  private origin = '';
  private page: Page;

  private constructor(page: Page) {
    this.page = page;
    const short = (u: string) => (this.origin && u.startsWith(this.origin) ? u.slice(this.origin.length) : u);
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const loc = msg.location();
      this.collector.consoleErrors.push(`${msg.text()}${loc.url ? ` (${short(loc.url)}:${loc.lineNumber})` : ''}`);
    });
    page.on('pageerror', (error) => this.collector.consoleErrors.push(`uncaught ${error.name}: ${error.message}`));
    page.on('request', (req) => this.inFlight.add(req));
    page.on('response', (res) => {
      if (res.status() >= 400)
        this.collector.failedRequests.push(`${res.status()} ${res.request().method()} ${short(res.url())}`);
    });
    page.on('requestfinished', (req) => this.inFlight.delete(req));
    page.on('requestfailed', (req) => {
      this.inFlight.delete(req);
      this.collector.failedRequests.push(`${req.failure()?.errorText ?? 'failed'} ${req.method()} ${short(req.url())}`);
    });
  }

  static async open(context: BrowserContext): Promise<PageInspector> {
    return new PageInspector(await context.newPage());
  }

  close(): Promise<void> {
    return this.page.close();
  }

  async inspect(url: string, { width, axe }: { width: number; axe: boolean }): Promise<PageInspection> {
    const page = this.page;
    this.origin = new URL(url).origin;
    const collector = (this.collector = { consoleErrors: [] as string[], failedRequests: [] as string[] });
    this.inFlight.clear();

    const response = await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    if (!response) collector.failedRequests.push(`no response for ${url} (the page itself)`);
    await settle(page, this.inFlight);

    const layout = await page.evaluate(() => {
      const vw = window.innerWidth;
      const describe = (el: Element) =>
        el.tagName.toLowerCase() +
        (el.id ? `#${el.id}` : '') +
        (el.classList.length ? `.${[...el.classList].join('.')}` : '');
      const overflowing: string[] = [];
      if (document.documentElement.scrollWidth > vw) {
        for (const el of document.body.querySelectorAll('*')) {
          const r = el.getBoundingClientRect();
          // Report the outermost culprits only: skip elements whose parent already overflows.
          const parent = el.parentElement?.getBoundingClientRect();
          if (r.right > vw + 0.5 && !(parent && parent.right > vw + 0.5))
            overflowing.push(`${describe(el)} right edge at ${Math.round(r.right)} px`);
          if (overflowing.length >= 8) break;
        }
      }
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: vw,
        overflowing,
        text: document.body?.innerText ?? '',
      };
    });

    const cspViolations = (
      await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
    ).map((v) => v.replaceAll(this.origin, ''));

    let axeViolations: AxeViolation[] | undefined;
    if (axe) {
      await page.evaluate(AXE_SOURCE); // addScriptTag would be blocked by the page's CSP
      axeViolations = await page.evaluate(async (tags) => {
        // axe-core's result objects, read inside the page where its types are not loaded
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: any[] }> } };
        const result = await w.axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        });
        return result.violations.map((v) => ({
          id: v.id,
          impact: v.impact ?? null,
          help: v.help,
          helpUrl: v.helpUrl,
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          nodes: v.nodes.map((n: any) => ({
            target: n.target.join(' '),
            html: String(n.html).slice(0, 200),
            summary: String(n.failureSummary ?? '')
              .replace(/\s+/g, ' ')
              .trim(),
          })),
        }));
      }, AXE_TAGS);
    }

    return { width, ...collector, cspViolations, ...layout, axe: axeViolations };
  }
}

/** One line per violation and node, readable in a test failure. */
export function formatAxe(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) => `[${v.impact ?? 'n/a'}] ${v.id}: ${v.help} — at ${n.target} — ${n.html} — ${n.summary} (${v.helpUrl})`,
    ),
  );
}
