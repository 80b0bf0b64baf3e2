import { chromium } from 'playwright-core';
const shots = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const [w,h] of [[360,800],[1440,900]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${process.env.PORT||8731}/methodology/`, { waitUntil: 'load' });
  const sh = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(`${w}x${h} scrollHeight=${sh}`);
  if (shots) { await page.screenshot({ path: `${shots}-${w}.png` }); await page.screenshot({ path: `${shots}-${w}-full.png`, fullPage: true }); }
  await ctx.close();
}
await browser.close();
