/** How every script and test here launches the browser: Debian's Chromium, headless, offline. */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { launchOptions } from '../../src/build/browser.ts';

export { CHROMIUM, launchOptions } from '../../src/build/browser.ts';

export const launchBrowser = (): Promise<Browser> => chromium.launch(launchOptions);

/** One browser for the whole e2e run; test files connect to it by its WebSocket endpoint. */
export const launchBrowserServer = (): Promise<BrowserServer> => chromium.launchServer(launchOptions);

export const connectBrowser = (wsEndpoint: string): Promise<Browser> => chromium.connect(wsEndpoint);
