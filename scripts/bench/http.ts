import { createApp } from '../../src/server/app.ts';
import type { Database } from '../../src/server/db/database.ts';
import { listen } from '../../src/server/serve.ts';
import { summarize, type Summary } from './stats.ts';

export interface BenchQuery {
  name: string;
  /** Path and query string under the server, e.g. `/api/requests?range=[0,24]`. */
  path: string;
}

export interface QueryResult extends BenchQuery {
  summary: Summary;
  /** Median CPU time of this process per request (ms). */
  cpuP50: number;
  /** Total from Content-Range and rows on the page, from the last sample. */
  total: number | null;
  rows: number;
  bytes: number;
}

export const listPath = (q: {
  sort?: [string, string];
  range?: [number, number];
  filter?: Record<string, unknown>;
}) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, JSON.stringify(v));
  return `/api/requests?${params}`;
};

/** The real API on a loopback port, logged in as one staff member. */
export async function startServer(database: Database, username: string, password: string) {
  const app = createApp({ database, now: () => new Date(), secureCookies: false });
  const server = await listen(app, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${server.port}`;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`login as ${username} failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

  async function get(path: string) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const res = await fetch(base + path, { headers: { cookie } });
    const body = await res.arrayBuffer();
    const elapsed = performance.now() - t0;
    const c = process.cpuUsage(c0);
    // CPU of this process (client + server + PGlite, not a PostgreSQL backend):
    // unlike wall time it does not grow while other processes hold the cores.
    const cpu = (c.user + c.system) / 1000;
    if (res.status !== 200)
      throw new Error(`GET ${path}: ${res.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`);
    const range = res.headers.get('content-range');
    const total = range ? Number(range.split('/')[1]) : null;
    let rows = 0;
    if (range) rows = (JSON.parse(Buffer.from(body).toString('utf8')) as unknown[]).length;
    return {
      elapsed,
      cpu,
      total,
      rows,
      bytes: body.byteLength,
      json: () => JSON.parse(Buffer.from(body).toString('utf8')) as unknown,
    };
  }

  /**
   * Warm-up rounds, then `samples` rounds; each round asks every query once, in
   * order, so slow drift (GC, autovacuum, the other core's work) spreads over all
   * queries instead of landing on whichever ran last.
   */
  async function measure(
    queries: BenchQuery[],
    samples: number,
    warmup: number,
    onRound?: (i: number) => void,
  ): Promise<QueryResult[]> {
    const times = queries.map(() => [] as number[]);
    const cpus = queries.map(() => [] as number[]);
    const last = queries.map(() => ({ total: null as number | null, rows: 0, bytes: 0 }));
    for (let round = 0; round < warmup + samples; round++) {
      for (const [i, q] of queries.entries()) {
        const r = await get(q.path);
        if (round >= warmup) {
          times[i]!.push(r.elapsed);
          cpus[i]!.push(r.cpu);
        }
        last[i] = { total: r.total, rows: r.rows, bytes: r.bytes };
      }
      onRound?.(round);
    }
    return queries.map((q, i) => ({
      ...q,
      summary: summarize(times[i]!),
      cpuP50: summarize(cpus[i]!).p50,
      ...last[i]!,
    }));
  }

  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      (server as { closeAllConnections?: () => void }).closeAllConnections?.();
    });
  return { base, cookie, get, measure, close };
}
