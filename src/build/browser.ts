/**
 * How the build, the scripts and the tests launch the browser: Debian's Chromium, headless, offline.
 * Playwright adds --headless itself (headless: true) and gives every launch a fresh temporary
 * --user-data-dir that it deletes on close. Types only here, so the build loads playwright-core
 * only when it prints.
 */
import type { LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const launchOptions: LaunchOptions = {
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
