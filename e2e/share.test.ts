/**
 * 转发与播出 on a ranking page: each embed code has a 复制 button that puts the code on the
 * clipboard and says so; without JavaScript the buttons stay hidden and the codes stay selectable.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { connectBrowser } from './lib/browser.ts';
import { builtPages } from './lib/site.ts';

const ranking = builtPages()
  .filter((p) => /^\/rankings\/\d{4}-\d{2}\/$/.test(p.path))
  .at(-1)!;

let browser: Browser;
beforeAll(async () => {
  browser = await connectBrowser(inject('wsEndpoint'));
});
afterAll(async () => {
  await browser?.close();
});

describe('the embed codes on a ranking page', () => {
  test('复制 puts a group’s embed code on the clipboard and says 已复制', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('baseUrl') });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + ranking.path, { waitUntil: 'load' });
    await page.locator('.embed-codes summary').click();
    const button = page.locator('.embed-codes button[data-copy]').first();
    await expect.poll(() => button.isVisible()).toBe(true);
    const code = await page.locator(`#${await button.getAttribute('data-copy')}`).inputValue();
    await button.click();
    await expect.poll(() => button.textContent()).toBe('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
    expect(code).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\//);
    await context.close();
  });

  test('without JavaScript shows no 复制 button, only the codes to select', async () => {
    const context = await browser.newContext({ locale: 'zh-CN', javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(inject('baseUrl') + ranking.path, { waitUntil: 'load' });
    await page.locator('.embed-codes summary').click();
    expect(await page.locator('.embed-codes textarea').first().isVisible()).toBe(true);
    expect(await page.locator('.embed-codes button[data-copy]').first().isVisible()).toBe(false);
    await context.close();
  });
});
