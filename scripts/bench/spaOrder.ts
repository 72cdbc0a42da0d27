// `APP_URL=http://127.0.0.1:8141 npx tsx scripts/bench/spaOrder.ts [--samples 10] [--route /#/requests]`:
// the order of work in a full load of the queue, signed in, read from the page's
// resource timing: when each API call and each chunk left the browser relative
// to navigation start, when the entry script had arrived, and how many
// main-thread long tasks ran before 25 rows showed. On a loaded machine the
// totals swell, but whether the list call leaves before the queue's chunk has
// arrived (and how many long tasks sit in the way) stays readable.
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { signedInPage, waitForRows } from './spaSession.ts';
import { summarize, table } from './stats.ts';

const { values: args } = parseArgs({
  options: {
    samples: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    route: { type: 'string', default: '/#/requests' },
    user: { type: 'string', default: 'reviewer' },
  },
});

interface Entry {
  name: string;
  start: number;
  end: number;
}
interface LoadSample {
  rows: number;
  entries: Entry[];
  longTasks: number;
  longTaskMs: number;
  /** When main.tsx's boot ran (its performance mark), if it left one. */
  boot: number | null;
}

const LONG_TASKS = `window.longTasks = [];
new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });`;

const load0 = loadavg()[0]!;
const { app, page, close } = await signedInPage(args.user, LONG_TASKS);
try {
  const taken: LoadSample[] = [];
  const n = Number(args.samples) + Number(args.warmup);
  for (let i = 0; i < n; i++) {
    await page.goto('about:blank');
    await page.goto(`${app.url}${args.route}`);
    await waitForRows(page);
    await page.waitForTimeout(300);
    const sample = await page.evaluate(() => {
      const w = window as unknown as { longTasks: [number, number][] };
      const rows = window.benchProbe.list!;
      const before = w.longTasks.filter(([start]) => start < rows);
      return {
        rows,
        entries: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((e) => ({
          name: new URL(e.name).pathname + new URL(e.name).search,
          start: e.startTime,
          end: e.responseEnd,
        })),
        boot: performance.getEntriesByName('cancel-desk:boot')[0]?.startTime ?? null,
        longTasks: before.length,
        longTaskMs: before.reduce((s, [, d]) => s + d, 0),
      };
    });
    if (i >= Number(args.warmup)) taken.push(sample);
  }

  // One row per kind of resource: API calls by path, chunks by name without their hash.
  const kind = (name: string) =>
    name.startsWith('/api/')
      ? name.replace(/\?.*/, '?…').replace(/\/\d+(\/|$)/, '/:id$1')
      : name.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, '.js');
  const byKind = new Map<string, { start: number[]; end: number[] }>();
  for (const s of taken) {
    const seen = new Set<string>();
    for (const e of s.entries) {
      const k = kind(e.name);
      if (seen.has(k)) continue; // the first of each kind in a load
      seen.add(k);
      const row = byKind.get(k) ?? { start: [], end: [] };
      row.start.push(e.start);
      row.end.push(e.end);
      byKind.set(k, row);
    }
  }
  const p50 = (xs: number[]) => summarize(xs).p50;
  const rows = [...byKind]
    .filter(([k, v]) => v.start.length >= taken.length / 2 && (k.startsWith('/api/') || k.endsWith('.js')))
    .sort((a, b) => p50(a[1].start) - p50(b[1].start))
    .map(([k, v]) => [k, p50(v.start).toFixed(0), p50(v.end).toFixed(0), String(v.start.length)]);
  console.log(
    `\n### Full load of ${args.route} as ${args.user}: ${taken.length} samples, ms from navigation start (p50); ` +
      `load average ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(table(['resource', 'sent', 'done', 'seen in'], rows));
  const list = byKind.get('/api/requests?…');
  const queueChunk = [...byKind].find(([k]) => k.startsWith('RequestList'))?.[1];
  const entry = [...byKind].find(([k]) => /^index\.js$/.test(k))?.[1];
  console.log(
    `25 rows at p50 ${p50(taken.map((s) => s.rows)).toFixed(0)} ms; list call sent at ${list ? p50(list.start).toFixed(0) : '-'} ms` +
      (entry ? ` = ${(p50(list?.start ?? [NaN]) / p50(entry.end)).toFixed(2)}× the entry script's arrival` : '') +
      (queueChunk ? `; queue chunk arrives at ${p50(queueChunk.end).toFixed(0)} ms` : '') +
      `; boot ran at ${taken.every((s) => s.boot !== null) ? p50(taken.map((s) => s.boot!)).toFixed(0) : '-'} ms` +
      `; long tasks before the rows: p50 ${p50(taken.map((s) => s.longTasks))} (${p50(taken.map((s) => s.longTaskMs)).toFixed(0)} ms)`,
  );
} finally {
  await close();
}
