// `APP_URL=http://127.0.0.1:8141 npx tsx scripts/bench/spaOpen.ts [--samples 10] [--rest 300]`:
// queue → a request's page with every panel filled, on the page's own clock
// (browserProbe.ts), clicking a row at once and after the pointer rested on it
// for `--rest` ms (a row warms its page's calls on hover, PrefetchingBody.tsx).
// The two kinds alternate, so a loaded machine weighs on both alike. Beside
// each: how many API calls left after the click (0 when the hover warmed all).
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { apiCalls, type ProbeState } from './browserProbe.ts';
import { signedInPage, waitForRows } from './spaSession.ts';
import { summarize, table } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    samples: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    rest: { type: 'string', default: '300' },
  },
});
const NUMBER = /ZX\d{6}-\d{5}/;

/** Opens the queue's `listPage`, then row `row`'s request page; time from the click, and calls after it. */
async function open(page: Page, listPage: number, row: number, rest: number) {
  await page.evaluate((p) => {
    window.benchProbe.reset();
    const filter = encodeURIComponent(JSON.stringify({ status: 'submitted' }));
    location.hash = `#/requests?filter=${filter}&order=ASC&page=${p}&perPage=25&sort=dueAt`;
  }, listPage);
  await waitForRows(page);
  const cell = page.locator('#main-content tbody tr').nth(row).locator('td').filter({ hasText: NUMBER }).first();
  await page.evaluate(() => window.benchProbe.reset());
  if (rest > 0) {
    await cell.hover();
    await page.waitForTimeout(rest);
  }
  await cell.click();
  await page.waitForFunction(() => window.benchProbe.show !== null, null, { timeout: 30_000, polling: 50 });
  const state = await page.evaluate(() => ({ ...window.benchProbe }) as ProbeState);
  const after = (await page.evaluate(apiCalls, state.trigger)).filter((c) => c.start >= 0);
  return { time: state.show! - state.trigger, callsAfterClick: after.length };
}

const load0 = loadavg()[0]!;
const { page, close } = await signedInPage('reviewer');
try {
  const rest = Number(args.rest);
  const kinds = [
    { name: 'click at once', rest: 0, times: [] as number[], calls: [] as number[] },
    { name: `click after ${rest} ms on the row`, rest, times: [] as number[], calls: [] as number[] },
  ];
  const warmup = Number(args.warmup);
  for (let i = 0; i < warmup + Number(args.samples); i++) {
    for (const [k, kind] of kinds.entries()) {
      // A different request each time (1 + i: row 0 is the next request's neighbour in other measures).
      const s = await open(page, 1 + Math.floor((2 * i + k) / 24), 1 + ((2 * i + k) % 24), kind.rest);
      if (i >= warmup) {
        kind.times.push(s.time);
        kind.calls.push(s.callsAfterClick);
      }
    }
  }
  console.log(
    `\n### Queue → request page, panels filled: ${args.samples} samples each, ms from the click; ` +
      `load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    table(
      ['measure', 'p50', 'p95', 'API calls after the click (p50)'],
      kinds.map((k) => {
        const s = summarize(k.times);
        return [k.name, s.p50.toFixed(0), s.p95.toFixed(0), String(summarize(k.calls).p50)];
      }),
    ),
  );
} finally {
  await close();
}
