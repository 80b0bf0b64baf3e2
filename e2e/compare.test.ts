/**
 * /compare/: the address says what is compared (?u=<id>~<id>&i=…), the script draws those lines and
 * their table rows, says which ids it ignored, and keeps the address current; without JavaScript the
 * prerendered default comparison (the latest month's group leaders) is there, linked to unit pages.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { connectBrowser } from './lib/browser.ts';
import { AXE_TAGS, CSP_RECORDER, formatAxe, PageInspector } from './lib/inspect.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, { javaScriptEnabled = true, width = 1440 } = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale: 'zh-CN',
    javaScriptEnabled,
  });
  await context.addInitScript(CSP_RECORDER);
  const page = await context.newPage();
  await page.goto(inject('baseUrl') + path, { waitUntil: 'load' });
  return page;
}

/** The names in the table's rows, and the labels of the lines the chart was given. */
async function drawn(page: Page) {
  const box = page.locator('[data-compare-chart]');
  await page.waitForFunction(() => !document.querySelector<HTMLElement>('[data-compare-chart]')!.hidden);
  const spec = JSON.parse((await box.getAttribute('data-chart'))!) as { series: Array<{ label: string }> };
  return {
    rows: await page.locator('#compare-rows th').allInnerTexts(),
    lines: spec.series.map((s) => s.label),
  };
}

describe('the comparison page', () => {
  test('a link with three unit ids draws those three lines (and 序时进度) and a table row for each', async () => {
    const page = await open('/compare/?u=xituan~dazhong~kaifaqu&i=contracted');
    try {
      const { rows, lines } = await drawn(page);
      expect(lines).toEqual(['西团镇', '大中镇', '大丰经济开发区', '序时进度']);
      expect(rows).toEqual(['西团镇', '大中镇', '大丰经济开发区', '序时进度']);
      expect(await page.locator('#compare-caption').innerText()).toContain('合同外资完成率');
      expect(await page.locator('#compare-rows a').first().getAttribute('href')).toBe('/units/xituan/');
      expect(await page.locator('#compare-note').isVisible()).toBe(false);
      expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual(
        [],
      );
    } finally {
      await page.context().close();
    }
  });

  test('an unknown id is ignored with a visible note, and dropped from the address', async () => {
    const page = await open('/compare/?u=xituan~nosuch~dazhong');
    try {
      const { rows } = await drawn(page);
      expect(rows).toEqual(['西团镇', '大中镇', '序时进度']);
      const note = page.locator('#compare-note');
      expect(await note.isVisible()).toBe(true);
      expect(await note.innerText()).toContain('nosuch');
      expect(new URL(page.url()).search).toBe('?u=xituan~dazhong');
    } finally {
      await page.context().close();
    }
  });

  test('without JavaScript the default comparison is there: the group leaders, linked to their pages', async () => {
    const page = await open('/compare/', { javaScriptEnabled: false });
    try {
      const rows = await page.locator('#compare-rows th').allInnerTexts();
      expect(rows.length).toBeGreaterThanOrEqual(3);
      expect(rows.at(-1)).toBe('序时进度');
      expect(await page.locator('#compare-rows a[href^="/units/"]').count()).toBe(rows.length - 1);
      expect(await page.locator('#compare-form').isVisible()).toBe(false);
      expect(await page.locator('[data-compare-chart]').isVisible()).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  test('choosing with the keyboard redraws and keeps the address current (history.replaceState)', async () => {
    const page = await open('/compare/?u=xituan~dazhong');
    try {
      await drawn(page);
      const before = await page.evaluate(() => history.length);
      await page.getByLabel('全市', { exact: true }).focus();
      await page.keyboard.press('Space');
      await page.locator('#compare-i').selectOption('contracted.cum');
      await expect.poll(() => new URL(page.url()).search).toBe('?u=xituan~dazhong~_city&i=contracted.cum');
      expect(await page.evaluate(() => history.length)).toBe(before);
      const { rows, lines } = await drawn(page);
      expect(rows).toEqual(['西团镇', '大中镇', '全市']);
      expect(lines).toEqual(['西团镇', '大中镇', '全市']);
      expect(await page.locator('#compare-status').innerText()).toContain('已显示 3 条线');
    } finally {
      await page.context().close();
    }
  });

  test('at 360 px, with a comparison chosen: no sideways scroll, no axe violation', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'zh-CN' });
    await context.addInitScript(CSP_RECORDER);
    const tab = await PageInspector.open(context);
    try {
      const result = await tab.inspect(`${inject('baseUrl')}/compare/?u=xituan~dazhong~_avg-towns&i=actual`, {
        width: 360,
        axe: true,
      });
      expect(result.scrollWidth, result.overflowing.join('\n')).toBeLessThanOrEqual(result.innerWidth);
      expect(formatAxe(result.axe ?? []), `axe (${AXE_TAGS.join(', ')})`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
