import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
for (const [w,h] of [[360,800],[1440,900]]) {
  const ctx = await browser.newContext({ viewport: { width: w, height: h }, locale: 'zh-CN' });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${process.env.PORT||8731}/methodology/`, { waitUntil: 'load' });
  const r = await page.evaluate(() => [...document.querySelectorAll('h1,h2')].map(e => `${e.textContent.trim().slice(0,12)}@${Math.round(e.getBoundingClientRect().top + scrollY)}`).join('  ') + `  END@${document.documentElement.scrollHeight}`);
  console.log(w, r);
  await ctx.close();
}
await browser.close();
