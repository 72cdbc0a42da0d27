import { launchBrowser, startApp } from './harness.ts';
import { scenarios } from './scenarios.ts';

// `npm run test:browser`: real Chromium against `npm start`. Prints one line per
// scenario and a closing "N passed, N failed" line; exits non-zero on failure.
// While working on one: ONLY=<part of its name> runs the matching scenarios, and
// APP_URL=<url of a running app> uses that app instead of starting one.
const only = process.env.ONLY;
const app = process.env.APP_URL
  ? { url: process.env.APP_URL.replace(/\/$/, ''), stop: async () => {} }
  : await startApp();
const browser = await launchBrowser();
let passed = 0;
let failed = 0;
try {
  for (const [name, run] of scenarios.filter(([title]) => !only || title.includes(only))) {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    // Chromium logs what the CSP blocked to the console; the event names the directive too.
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
      ),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    const violations: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // On failure, the last API answers say whether the app or the test stalled.
    const answers: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/api/'))
        answers.push(`${r.status()} ${r.request().method()} ${r.url().replace(/^.*\/api/, '/api')}`);
      if (answers.length > 8) answers.shift();
    });
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) violations.push(m.text());
    });
    const t = Date.now();
    try {
      await run(page, app.url);
      if (errors.length) throw new Error(`uncaught page errors: ${errors.join('\n')}`);
      if (violations.length) throw new Error(`CSP violations:\n${violations.join('\n')}`);
      passed++;
      console.log(`✓ ${name} (${Date.now() - t} ms)`);
    } catch (e) {
      failed++;
      console.log(
        `✗ ${name}\n  ${String((e as Error).stack ?? e)
          .split('\n')
          .slice(0, 6)
          .join('\n  ')}\n  last API answers:\n    ${answers.join('\n    ') || '(none)'}`,
      );
      await page
        .screenshot({ path: `tests/browser/screenshots/FAILED-${name.replace(/\W+/g, '-')}.png` })
        .catch(() => {});
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await app.stop();
}
console.log(`\nbrowser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
