import { chromium } from 'playwright-core';
const [,, url, w, h, out] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, locale: 'zh-CN' });
const page = await ctx.newPage();
await page.goto(url, { waitUntil: 'load' });
await page.screenshot({ path: out });
await browser.close();
