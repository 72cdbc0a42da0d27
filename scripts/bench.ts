// `npm run bench`: queue and dashboard latency through the real HTTP API on a large seeded
// database, the SPA's initial JavaScript, and what a reviewer waits for in Chromium
// against `npm start` (scripts/bench/browser.ts). Prints figures; never asserts.
//
//   npm run bench                          PGlite, 100k requests (+ PostgreSQL, 1M, when DATABASE_URL is set)
//   npm run bench -- --samples 100         more samples per query (default 50, after 5 warm-up rounds)
//   npm run bench -- --only pglite|postgres|spa   one part (spa: initial JS, then Chromium: --browser-samples, 30)
//   npm run bench -- --explain             also EXPLAIN (ANALYZE, BUFFERS) every statement each query runs
//   npm run bench -- --seed-only           seed (or check) the bench databases and stop
//   npm run bench -- --baseline FILE       compare with an earlier run's JSON (every run writes one)
//
// Environment: BENCH_DATA_DIR (PGlite directory, default /tmp/canceldesk-bench/pglite-<n>),
// BENCH_DATABASE_URL (default: DATABASE_URL's server, database canceldesk_bench),
// BENCH_PGLITE_REQUESTS (100000), BENCH_PG_REQUESTS (1000000).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { CaptureSql, explainAll, withCapture } from './bench/explain.ts';
import { startServer, type QueryResult } from './bench/http.ts';
import { pickSamples, queriesFor } from './bench/queueQueries.ts';
import { STATS_TARGET_MS, statsQueriesFor } from './bench/statsQueries.ts';
import { benchBrowser, printBrowser, type BrowserReport } from './bench/browser.ts';
import { buildSpaWithMaps, initialAssets, type SpaSize } from './bench/spa.ts';
import { printSpaModules, printSpaSize } from './bench/spaPrint.ts';
import { ms, table } from './bench/stats.ts';
import { benchDatabaseUrl, describeTarget, openSeeded, type Target } from './bench/target.ts';

const { values: args } = parseArgs({
  options: {
    samples: { type: 'string', default: '50' },
    warmup: { type: 'string', default: '5' },
    only: { type: 'string' },
    explain: { type: 'boolean', default: false },
    'seed-only': { type: 'boolean', default: false },
    baseline: { type: 'string' },
    json: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'browser-samples': { type: 'string', default: '30' },
  },
});
const SAMPLES = Number(args.samples);
const WARMUP = Number(args.warmup);
const ROOT = resolve(import.meta.dirname, '..');
const WORK = '/tmp/canceldesk-bench';
mkdirSync(WORK, { recursive: true });

const TARGET_MS = { pglite: 50, postgres: 20 } as const;
const log = (s: string) => console.error(`[bench] ${s}`);

interface EngineReport {
  engine: 'pglite' | 'postgres';
  requests: number;
  migration: string | null;
  samples: { phone: string; name2: string; name3: string };
  /** 1-minute load average when measuring started and ended (the machine is shared). */
  load: [number, number];
  results: Omit<QueryResult, 'path'>[];
  /** The dashboard's calls, as a manager (target STATS_TARGET_MS). */
  stats?: Omit<QueryResult, 'path'>[];
}
interface Report {
  at: string;
  node: string;
  engines: EngineReport[];
  spa?: SpaSize;
  browser?: BrowserReport;
}

async function benchEngine(target: Target): Promise<EngineReport> {
  log(`${describeTarget(target)}: opening (${target.requests} requests wanted)`);
  const { database, applied } = await openSeeded(target, log);
  try {
    if (applied.length) log(`migrations applied now: ${applied.join(', ')}`);
    const migration =
      (await sql<{ name: string }>`select max(name) as name from schema_migrations`.execute(database.db)).rows[0]
        ?.name ?? null;
    const requests = (
      await sql<{ n: number }>`select count(*)::int as n from cancellation_requests`.execute(database.db)
    ).rows[0]!.n;
    const samples = await pickSamples(database);
    const queries = await queriesFor(database, samples);

    const capture = new CaptureSql();
    const server = await startServer(args.explain ? withCapture(database, capture) : database, 'reviewer', 'demo1234');
    try {
      if (args.explain) {
        for (const q of queries) {
          await server.get(q.path); // warm the calendar cache and the buffers
          capture.on = true;
          const t = await server.get(q.path);
          capture.on = false;
          console.log(
            `\n## ${target.engine} ${q.name}  (${t.elapsed.toFixed(1)} ms over HTTP, total ${t.total ?? '-'})\n${await explainAll(database, capture.take(database))}`,
          );
        }
      }
      log(`${target.engine}: ${WARMUP} warm-up + ${SAMPLES} rounds over ${queries.length} queries`);
      const load0 = loadavg()[0]!;
      const results = await server.measure(queries, SAMPLES, WARMUP, (i) => {
        if ((i + 1) % 10 === 0) log(`  round ${i + 1}/${WARMUP + SAMPLES}`);
      });
      const stats = await benchStats(database, target.engine);
      return {
        engine: target.engine,
        requests,
        migration,
        samples,
        load: [load0, loadavg()[0]!],
        results: results.map(({ path: _path, ...r }) => r),
        stats,
      };
    } finally {
      await server.close();
    }
  } finally {
    await database.close();
  }
}

// The dashboard's calls need a manager's session: a second server on the same database.
async function benchStats(database: Parameters<typeof startServer>[0], engine: 'pglite' | 'postgres') {
  const queries = await statsQueriesFor(database);
  const server = await startServer(database, 'manager', 'demo1234');
  try {
    log(`${engine}: stats, ${WARMUP} warm-up + ${SAMPLES} rounds over ${queries.length} queries`);
    const results = await server.measure(queries, SAMPLES, WARMUP, (i) => {
      if ((i + 1) % 10 === 0) log(`  round ${i + 1}/${WARMUP + SAMPLES}`);
    });
    return results.map(({ path: _path, ...r }) => r);
  } finally {
    await server.close();
  }
}

function printEngine(r: EngineReport, before?: EngineReport, part: 'results' | 'stats' = 'results') {
  const target = part === 'stats' ? STATS_TARGET_MS[r.engine] : TARGET_MS[r.engine];
  const measured = r[part] ?? [];
  const prev = new Map((before?.[part] ?? []).map((x) => [x.name, x]));
  const head = ['query', 'total', 'rows', 'p50 ms', 'p95 ms', 'max ms', 'noise', 'cpu ms', `p95/${target}ms`];
  if (before) head.push('p95 before', 'after/before');
  const rows = measured.map((x) => {
    const row: (string | number)[] = [
      x.name,
      x.total ?? '-',
      x.rows,
      ms(x.summary.p50),
      ms(x.summary.p95),
      ms(x.summary.max),
      `${(x.summary.spread * 100).toFixed(0)}%`,
      x.cpuP50 === undefined ? '-' : ms(x.cpuP50),
      `${(x.summary.p95 / target).toFixed(2)}x`,
    ];
    if (before) {
      const b = prev.get(x.name);
      row.push(b ? ms(b.summary.p95) : '-', b ? `${(x.summary.p95 / b.summary.p95).toFixed(2)}x` : '-');
    }
    return row;
  });
  const over = measured.filter((x) => x.summary.p95 >= target);
  const p95s = measured.map((x) => x.summary.p95).sort((a, b) => a - b);
  console.log(
    `\n### ${part === 'stats' ? 'Dashboard: ' : ''}${r.engine === 'pglite' ? 'PGlite' : 'PostgreSQL'}, ${r.requests.toLocaleString('en')} requests, migrations up to ${r.migration}; target p95 < ${target} ms; ` +
      `load average ${r.load.map((l) => l.toFixed(1)).join(' → ')} on ${cpus().length} cores`,
  );
  console.log(table(head, rows));
  console.log(
    `median of the p95s ${ms(p95s[Math.floor(p95s.length / 2)]!)} ms; worst ${ms(p95s.at(-1)!)} ms; ` +
      (over.length ? `${over.length} over target: ${over.map((x) => x.name).join('; ')}` : 'all under target'),
  );
}

const report: Report = { at: new Date().toISOString(), node: process.version, engines: [] };
const baseline: Report | undefined = args.baseline ? JSON.parse(readFileSync(args.baseline, 'utf8')) : undefined;
const want = (part: string) => !args.only || args.only.split(',').includes(part);

const targets: Target[] = [];
if (want('pglite')) {
  const n = Number(process.env.BENCH_PGLITE_REQUESTS ?? 100_000);
  targets.push({ engine: 'pglite', requests: n, dataDir: process.env.BENCH_DATA_DIR ?? join(WORK, `pglite-${n}`) });
}
const pgUrl =
  process.env.BENCH_DATABASE_URL ?? (process.env.DATABASE_URL ? benchDatabaseUrl(process.env.DATABASE_URL) : undefined);
if (want('postgres')) {
  if (pgUrl)
    targets.push({ engine: 'postgres', requests: Number(process.env.BENCH_PG_REQUESTS ?? 1_000_000), url: pgUrl });
  else if (args.only) log('postgres: set DATABASE_URL (or BENCH_DATABASE_URL) to bench PostgreSQL');
}

if (args['seed-only']) {
  for (const t of targets) {
    const { database } = await openSeeded(t, log);
    await database.close();
    log(`${describeTarget(t)}: ready`);
  }
  process.exit(0);
}

for (const t of targets) {
  const r = await benchEngine(t);
  report.engines.push(r);
  const before = baseline?.engines.find((b) => b.engine === r.engine);
  printEngine(r, before);
  printEngine(r, before, 'stats');
}

if (want('spa')) {
  let dist = join(ROOT, 'dist');
  if (!args['no-build']) {
    if (existsSync(join(ROOT, 'index.html'))) {
      dist = join(WORK, 'dist');
      log(`vite build → ${dist}`);
      await buildSpaWithMaps(ROOT, dist);
    } else log('no index.html at the repo root yet: measuring dist/ as it is');
  }
  if (existsSync(join(dist, 'index.html'))) {
    report.spa = initialAssets(dist);
    printSpaSize(report.spa, baseline?.spa);
    printSpaModules(dist, report.spa);
  } else log(`no ${dist}/index.html: SPA size not measured`);
  report.browser = await benchBrowser({ samples: Number(args['browser-samples']), warmup: WARMUP, log });
  printBrowser(report.browser);
}

const out = args.json ?? join(WORK, `results-${report.at.replace(/[:.]/g, '-')}.json`);
writeFileSync(out, JSON.stringify(report, null, 2));
console.log(
  `\nNoise: one process serves and measures (2 cores); "noise" is the median absolute deviation over the median. ` +
    `Expect ±10-20% between runs on p95; compare runs with --baseline ${out}`,
);
