import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startApp } from '../../tests/browser/harness.ts';
import { installProbe } from './browserProbe.ts';

/** The app the SPA probes drive: APP_URL's, else `npm start` on a throwaway DATA_DIR. */
export const appUnderTest = async (): Promise<{ url: string; stop: () => Promise<void> }> =>
  process.env.APP_URL ? { url: process.env.APP_URL.replace(/\/$/, ''), stop: async () => {} } : await startApp();

// tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`;
// the page has no such helper, so it gets a do-nothing one before the probe.
const PROBE = `window.__name = (f) => f; (${installProbe.toString()})();`;

/**
 * Chromium with one page signed in as `user` and on the queue, browserProbe.ts
 * installed (plus `initScript`), for spaOrder.ts and spaOpen.ts. bypassCSP:
 * playwright's waitForFunction needs eval, which the app's CSP refuses.
 */
export async function signedInPage(
  user: string,
  initScript = '',
): Promise<{ app: { url: string }; browser: Browser; page: Page; close: () => Promise<void> }> {
  const app = await appUnderTest();
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    bypassCSP: true,
  });
  await context.addInitScript({ content: `${PROBE}\n${initScript}` });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[spa] page error: ${e}`));
  await page.goto(app.url);
  await page.locator('input[name=username]').fill(user, { timeout: 30_000 });
  await page.locator('input[name=password]').fill('demo1234');
  await page.locator('button[type=submit]').click();
  await waitForRows(page);
  return {
    app,
    browser,
    page,
    close: async () => {
      await browser.close();
      await app.stop();
    },
  };
}

/** Until the probe saw a full page of the queue's rows. */
export const waitForRows = (page: Page) =>
  page.waitForFunction(() => window.benchProbe.list !== null, null, { timeout: 30_000, polling: 50 });
