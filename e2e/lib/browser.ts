/** How every script and test here launches the browser: Debian's Chromium, headless, offline. */
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

// Playwright adds --headless itself (headless: true) and gives every launch a fresh temporary
// --user-data-dir that it deletes on close.
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

export const launchBrowser = (): Promise<Browser> => chromium.launch(launchOptions);

/** One browser for the whole e2e run; test files connect to it by its WebSocket endpoint. */
export const launchBrowserServer = (): Promise<BrowserServer> => chromium.launchServer(launchOptions);

export const connectBrowser = (wsEndpoint: string): Promise<Browser> => chromium.connect(wsEndpoint);
