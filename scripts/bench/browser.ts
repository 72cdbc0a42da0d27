import { cpus, loadavg } from 'node:os';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/browser/harness.ts';
import { apiCalls, installProbe, type ApiCall, type ProbeState } from './browserProbe.ts';
import { appUnderTest } from './spaSession.ts';
import { summarize, table, type Summary } from './stats.ts';

/**
 * What a reviewer waits for in Chromium against `npm start` (fresh demo data on
 * a throwaway DATA_DIR, as the browser tests run it): each measure's time on
 * the page's own clock, and beside it what the server took for the call that
 * measure waits on, from the browser's resource timing of the same sample.
 */
export interface BrowserMeasure {
  name: string;
  /** The API call whose server time is shown beside it. */
  call: string;
  summary: Summary;
  server: Summary;
  /** When that call left the browser, after the measure started. */
  sent: Summary;
}

export interface BrowserReport {
  url: string;
  samples: number;
  warmup: number;
  /** 1-minute load average when measuring started and ended (the machine is shared). */
  load: [number, number];
  measures: BrowserMeasure[];
}

/** The targets for the p50 (2-core machine). */
const TARGETS: Record<string, number> = {
  'full load → 25 rows painted (logged in)': 200,
  'full load → 25 react-admin rows (logged in)': 200,
  'login → 25 rows painted (fresh profile)': 300,
  'login → 25 react-admin rows (fresh profile)': 300,
  'queue → request page, panels filled': 250,
};
// bypassCSP: playwright's waitForFunction compiles its predicate in the page,
// which the app's CSP (no eval) refuses; the app's own code runs as it would.
const CONTEXT = {
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  bypassCSP: true,
} as const;
const TIMEOUT = 30_000;
const LIST_CALL = /^\/api\/requests\?/;

interface Sample {
  time: number;
  /**
   * Where the first measure counts the first 25 rows painted (the boot's plain-DOM shell or
   * react-admin, whichever comes first), the time react-admin's own rows were drawn.
   */
  raTime?: number;
  call: ApiCall | undefined;
}

// tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`;
// the page has no such helper, so it gets a do-nothing one before the probe.
const PROBE = `window.__name = (f) => f; (${installProbe.toString()})();`;

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(CONTEXT);
  await context.addInitScript({ content: PROBE });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error(`[bench] page error: ${e}`));
  return { context, page };
}

const probe = (page: Page) => page.evaluate(() => ({ ...window.benchProbe }) as ProbeState);
const calls = (page: Page, since: number) => page.evaluate(apiCalls, since);
const waitFor = (page: Page, what: 'list' | 'raList' | 'show') =>
  page.waitForFunction((key) => window.benchProbe[key] !== null, what, { timeout: TIMEOUT, polling: 50 });

async function logIn(page: Page, url: string) {
  await page.goto(url);
  await page.locator('input[name=username]').fill('reviewer', { timeout: TIMEOUT });
  await page.locator('input[name=password]').fill('demo1234');
  await page.evaluate(() => window.benchProbe.reset());
  await page.locator('button[type=submit]').click();
  await waitFor(page, 'raList');
}

/** Click to the first full page of rows, in a new browser context (empty cache, no cookie). */
async function loginToRows(browser: Browser, url: string): Promise<Sample> {
  const { context, page } = await newPage(browser);
  try {
    await logIn(page, url);
    const state = await probe(page);
    return {
      time: state.list! - state.trigger,
      raTime: state.raList! - state.trigger,
      call: (await calls(page, state.trigger)).find((c) => LIST_CALL.test(c.path)),
    };
  } finally {
    await context.close();
  }
}

/** Navigation start of a new document to 25 rows, logged in, the HTTP cache warm. */
async function fullLoad(page: Page, url: string): Promise<Sample> {
  await page.goto('about:blank');
  await page.goto(`${url}/#/requests`);
  await waitFor(page, 'raList');
  const state = await probe(page);
  return { time: state.list!, raTime: state.raList!, call: (await calls(page, 0)).find((c) => LIST_CALL.test(c.path)) };
}

/** From the queue (page `listPage`), a click on row `row` to that request's page with every panel filled. */
async function openFromQueue(page: Page, listPage: number, row: number): Promise<Sample> {
  await page.evaluate((p) => {
    window.benchProbe.reset();
    const filter = encodeURIComponent(JSON.stringify({ status: 'submitted' }));
    location.hash = `#/requests?filter=${filter}&order=ASC&page=${p}&perPage=25&sort=dueAt`;
  }, listPage);
  await waitFor(page, 'list');
  const cell = page
    .locator('#main-content tbody tr')
    .nth(row)
    .locator('td')
    .filter({ hasText: /ZX\d{6}-\d{5}/ })
    .first();
  const number = (await cell.textContent())!.trim();
  await page.evaluate(() => window.benchProbe.reset());
  await cell.click();
  await waitFor(page, 'show');
  const state = await probe(page);
  if (state.showNumber?.trim() !== number) throw new Error(`clicked ${number}, the page shows ${state.showNumber}`);
  const made = await calls(page, state.trigger);
  return { time: state.show! - state.trigger, call: slowest(made) };
}

/** On a request's page, "next request" to the next one's page with every panel filled. */
async function nextRequest(page: Page): Promise<Sample> {
  const fromId = /\/requests\/(\d+)\/show/.exec(page.url())?.[1] ?? null;
  await page.evaluate((id) => window.benchProbe.reset(id), fromId);
  await page.getByRole('button', { name: '下一个申请' }).first().click();
  await waitFor(page, 'show');
  const state = await probe(page);
  const made = await calls(page, state.trigger);
  return {
    time: state.show! - state.trigger,
    call: made.find((c) => c.path === '/api/requests/next') ?? slowest(made),
  };
}

const slowest = (made: ApiCall[]) =>
  made.reduce<ApiCall | undefined>((a, c) => (!a || c.server > a.server ? c : a), undefined);

/**
 * `samples` runs after `warmup`: one measure, or two when the samples carry `raTime`
 * (`names` then names the first-rows-painted measure and the react-admin-rows one).
 */
async function repeat(
  names: string | [string, string],
  warmup: number,
  samples: number,
  run: (i: number) => Promise<Sample>,
  log: (s: string) => void,
): Promise<BrowserMeasure[]> {
  const taken: Sample[] = [];
  for (let i = 0; i < warmup + samples; i++) {
    const s = await run(i);
    if (i >= warmup) taken.push(s);
  }
  const withCall = taken.filter((s) => s.call);
  const paths = new Set(withCall.map((s) => s.call!.path.replace(/\?.*/, '?…').replace(/\/\d+(\/|$)/, '/:id$1')));
  const measure = (name: string, times: number[]) => {
    const m = {
      name,
      call: [...paths].join(' | '),
      summary: summarize(times),
      server: summarize(withCall.map((s) => s.call!.server)),
      sent: summarize(withCall.map((s) => s.call!.start)),
    };
    log(`  ${name}: p50 ${m.summary.p50.toFixed(0)} ms (server ${m.server.p50.toFixed(1)} ms)`);
    return m;
  };
  if (typeof names === 'string')
    return [
      measure(
        names,
        taken.map((s) => s.time),
      ),
    ];
  return [
    measure(
      names[0],
      taken.map((s) => s.time),
    ),
    measure(
      names[1],
      taken.map((s) => s.raTime!),
    ),
  ];
}

/** `npm start` (or APP_URL), Chromium, the four measures. */
export async function benchBrowser(opts: {
  samples: number;
  warmup: number;
  log: (s: string) => void;
}): Promise<BrowserReport> {
  const { samples, warmup, log } = opts;
  log(process.env.APP_URL ? `browser: using ${process.env.APP_URL}` : 'browser: npm start on a throwaway DATA_DIR');
  const app = await appUnderTest();
  const browser = await launchBrowser();
  const load0 = loadavg()[0]!;
  try {
    const measures: BrowserMeasure[] = [];
    measures.push(
      ...(await repeat(
        ['login → 25 rows painted (fresh profile)', 'login → 25 react-admin rows (fresh profile)'],
        warmup,
        samples,
        () => loginToRows(browser, app.url),
        log,
      )),
    );
    const { context, page } = await newPage(browser);
    try {
      await logIn(page, app.url);
      measures.push(
        ...(await repeat(
          ['full load → 25 rows painted (logged in)', 'full load → 25 react-admin rows (logged in)'],
          warmup,
          samples,
          () => fullLoad(page, app.url),
          log,
        )),
      );
      measures.push(
        ...(await repeat(
          'queue → request page, panels filled',
          warmup,
          samples,
          (i) => openFromQueue(page, 1 + Math.floor(i / 25), i % 25),
          log,
        )),
      );
      // Last, and allowed to fail alone: a timeout here once lost the whole run's table.
      try {
        measures.push(
          ...(await repeat('next request → its page, panels filled', warmup, samples, () => nextRequest(page), log)),
        );
      } catch (error) {
        log(`  next request → its page: not measured (${String(error).split('\n')[0]})`);
      }
    } finally {
      await context.close();
    }
    return { url: app.url, samples, warmup, load: [load0, loadavg()[0]!], measures };
  } finally {
    await browser.close();
    await app.stop();
  }
}

/** One line per measure: the browser's time, the server's for the call it waits on, and what the browser adds. */
export function printBrowser(r: BrowserReport) {
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(v < 10 ? 1 : 0) : '-');
  console.log(
    `\n### Chromium against ${r.url}: ${r.samples} samples after ${r.warmup} warm-up; times in ms on the page's clock; ` +
      `load average ${r.load.map((l) => l.toFixed(1)).join(' → ')} on ${cpus().length} cores`,
  );
  console.log(
    table(
      [
        'measure',
        'p50',
        'p95',
        'target p50',
        'server p50',
        'server p95',
        'p50 / server p50',
        'call sent at p50',
        'server call',
      ],
      r.measures.map((m) => [
        m.name,
        f(m.summary.p50),
        f(m.summary.p95),
        TARGETS[m.name] ? `≤${TARGETS[m.name]}` : '-',
        f(m.server.p50),
        f(m.server.p95),
        `${(m.summary.p50 / m.server.p50).toFixed(1)}x`,
        f(m.sent.p50),
        m.call,
      ]),
    ),
  );
}
