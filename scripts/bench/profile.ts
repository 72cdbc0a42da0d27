// Where a full load of the queue spends the main thread: `npx tsx scripts/bench/profile.ts [loads]`
// logs in, reloads #/requests `loads` times (default 10) under the V8 CPU profiler and prints the
// functions with the most self time, summed over the loads, beside the script they come from.
// APP_URL reuses a running server; otherwise `npm start` on a throwaway DATA_DIR.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchBrowser, startApp } from '../../tests/browser/harness.ts';
import { installProbe } from './browserProbe.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const LOADS = Number(process.argv[2] ?? 10);
const PROBE = `window.__name = (f) => f; (${installProbe.toString()})();`;

const app = process.env.APP_URL
  ? { url: process.env.APP_URL.replace(/\/$/, ''), stop: async () => {} }
  : await startApp();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  await context.addInitScript({ content: PROBE });
  const page: Page = await context.newPage();
  await page.goto(app.url);
  await page.locator('input[name=username]').fill('reviewer');
  await page.locator('input[name=password]').fill('demo1234');
  await page.locator('button[type=submit]').click();
  await page.waitForFunction(() => window.benchProbe.list !== null, null, { timeout: 30_000 });

  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const self = new Map<string, number>();
  const byUrl = new Map<string, number>();
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < LOADS + 2; i++) {
    await page.goto('about:blank');
    await cdp.send('Profiler.start');
    await page.goto(`${app.url}/#/requests`);
    await page.waitForFunction(() => window.benchProbe.list !== null, null, { timeout: 30_000, polling: 50 });
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    times.push(await page.evaluate(() => window.benchProbe.list!));
    if (i < 2) continue; // warm-up
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, s) => {
      const frame = nodes.get(id)!.callFrame;
      const ms = (profile.timeDeltas[s] ?? 0) / 1000;
      const file = frame.url.replace(/^.*\//, '') || '(native)';
      const key = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      byUrl.set(file, (byUrl.get(file) ?? 0) + ms);
      total += ms;
    });
    if (i === 2) writeFileSync('/tmp/canceldesk-queue.cpuprofile', JSON.stringify(profile));
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${(v / LOADS).toFixed(1).padStart(7)} ms  ${k}`);
  console.log(
    `full loads: ${times
      .slice(2)
      .map((t) => t.toFixed(0))
      .join(' ')} ms`,
  );
  console.log(`profiled ${(total / LOADS).toFixed(0)} ms per load (one saved: /tmp/canceldesk-queue.cpuprofile)`);
  console.log('\nby script:\n' + top(byUrl, 15).join('\n'));
  console.log('\nby function (self):\n' + top(self, 40).join('\n'));
} finally {
  await browser.close();
  await app.stop();
}
