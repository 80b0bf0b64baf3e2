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
      expect(await page.locator('[data-compare-chart]').isVisible()).toBe(false);
    } finally {
      await page.context().close();
    }
  });

  test('without JavaScript the chooser is a real GET form (u=…) and the page says a chosen comparison needs JavaScript', async () => {
    const page = await open('/compare/?u=yuhua~nanyang', { javaScriptEnabled: false });
    try {
      // The address asks for 裕华镇 and 南阳镇; the page shows the default and says so.
      const note = page.locator('.compare-nojs');
      expect(await note.isVisible()).toBe(true);
      expect(await note.innerText()).toContain('JavaScript');
      expect(await note.innerText()).toContain('默认对比');
      const form = page.locator('#compare-form');
      expect(await form.getAttribute('method')).toBe('get');
      await page.locator('.compare-picker summary').click();
      await page.getByLabel('裕华镇', { exact: true }).check();
      await page.locator('.compare-submit').click();
      await page.waitForURL(/u=yuhua/);
      expect(new URL(page.url()).searchParams.getAll('u')).toContain('yuhua');
    } finally {
      await page.context().close();
    }
  });

  test('at 360 × 800 the chart starts on the first screen: the chooser is folded under one line', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(`${inject('baseUrl')}/compare/`, { waitUntil: 'load' });
      await drawn(page);
      const top = await page.locator('[data-compare-chart]').evaluate((b) => b.getBoundingClientRect().top + scrollY);
      expect(top).toBeLessThanOrEqual(800);
      expect(await page.locator('.compare-picker').getAttribute('open')).toBeNull();
      expect(await page.locator('#compare-chosen').innerText()).toMatch(/^已选 \d 个单位/);
      // With JavaScript every change applies at once: no button that would do nothing more.
      expect(await page.locator('.compare-submit').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  test('a cumulative amount has no pace line, and its description does not promise one', async () => {
    const page = await open('/compare/?u=yuhua~nanyang&i=contracted.cum');
    try {
      const { lines } = await drawn(page);
      expect(lines).toEqual(['裕华镇', '南阳镇']);
      expect(await page.locator('#compare-desc').innerText()).not.toContain('序时进度');
      await page.locator('#compare-i').selectOption('contracted');
      await expect.poll(async () => (await drawn(page)).lines).toEqual(['裕华镇', '南阳镇', '序时进度']);
      expect(await page.locator('#compare-desc').innerText()).toContain('黑色细虚线为序时进度');
    } finally {
      await page.context().close();
    }
  });

  test('lines are named at their ends (nudged apart where two ends meet) instead of in a legend', async () => {
    const page = await open('/compare/?u=yuhua~nanyang~_city&i=contracted.cum');
    try {
      await drawn(page);
      await expect.poll(() => page.locator('[data-compare-chart] canvas').getAttribute('data-labels')).toBe('ends');
    } finally {
      await page.context().close();
    }
  });

  test('a unit name in the chooser never breaks inside (大丰经济开发区 on one line at 360 px)', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(`${inject('baseUrl')}/compare/`, { waitUntil: 'load' });
      await page.locator('.compare-picker summary').click();
      const heights = await page
        .locator('.check-list .unit-name')
        .evaluateAll((names) =>
          names.map((n) => ({ name: n.textContent, lines: n.getClientRects().length })).filter((n) => n.lines !== 1),
        );
      expect(heights).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('choosing with the keyboard redraws and keeps the address current (history.replaceState)', async () => {
    const page = await open('/compare/?u=xituan~dazhong');
    try {
      await drawn(page);
      const before = await page.evaluate(() => history.length);
      await page.locator('.compare-picker summary').click();
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
