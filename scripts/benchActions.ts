// Workflow action latency through the real HTTP stack on loopback: claim,
// request-info, approve... on the embedded database with the demo data.
// Prints p50/p95 per action; never asserts. `npx tsx scripts/benchActions.ts [--engine postgres]`
import { createApp } from '../src/server/app.ts';
import { openDatabase } from '../src/server/db/database.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { listen } from '../src/server/serve.ts';
import { seedAll } from '../src/server/seed/seedAll.ts';

const database = await openDatabase(
  process.env.BENCH_ACTIONS_DATABASE_URL ? { url: process.env.BENCH_ACTIONS_DATABASE_URL } : {},
);
await migrate(database);
await seedAll(database, { requests: 800 });
const server = await listen(createApp({ database, now: () => new Date(), secureCookies: false }), 0, '127.0.0.1');
const base = `http://127.0.0.1:${server.port}`;

async function login(username: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  });
  return res.headers.get('set-cookie')!.split(';')[0]!;
}
const cookie = await login('reviewer');
const timings: Record<string, number[]> = {};
async function act(id: number, action: string, version: number, body: unknown = {}) {
  const t = performance.now();
  const res = await fetch(`${base}/api/requests/${id}/${action}`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json', 'If-Match': `"${version}"` },
    body: JSON.stringify(body),
  });
  const ms = performance.now() - t;
  const json = (await res.json()) as { version: number };
  if (res.status === 200) (timings[action] ??= []).push(ms);
  return { status: res.status, version: json.version };
}
const list = await fetch(
  `${base}/api/requests?filter=${encodeURIComponent(JSON.stringify({ status: 'submitted' }))}&range=[0,99]`,
  { headers: { cookie } },
);
const rows = (await list.json()) as { id: number; version: number }[];
for (const r of rows) {
  const claimed = await act(r.id, 'claim', r.version);
  if (claimed.status !== 200) continue;
  const asked = await act(r.id, 'request-info', claimed.version, {
    documentTypes: ['id_card_back'],
    message: '请补充',
  });
  const released = await fetch(`${base}/api/requests/${r.id}`, { headers: { cookie } }).then(
    (x) => x.json() as Promise<{ version: number; status: string }>,
  );
  void asked;
  void released;
}
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
console.log(`engine ${database.engine}, load ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
for (const [action, xs] of Object.entries(timings)) {
  console.log(
    `${action.padEnd(14)} n=${String(xs.length).padStart(3)}  p50 ${pct(xs, 50).toFixed(1)} ms  p95 ${pct(xs, 95).toFixed(1)} ms`,
  );
}
server.close();
await database.close();
