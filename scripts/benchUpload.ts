// Upload throughput and memory held, through the whole HTTP stack on loopback:
//   npx tsx scripts/benchUpload.ts [--rounds 5] [--mb 10]
// The server runs in a child process (a fresh in-memory PGlite, demo staff and
// a few demo requests, a file store in a temp directory) that samples its own
// memory every few milliseconds; this process is the client. Prints MB/s per
// upload and the server's RSS / heap before and at the peak of each upload.
// Never asserts: the machine is shared, read the numbers with the load average.

import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

type Memory = { rss: number; heapUsed: number; external: number; arrayBuffers: number };
type FromServer = { ready: number; requestId: number } | { peak: Memory; before: Memory };

const MB = 1024 * 1024;
const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

if (process.argv.includes('--server')) await server();
else await client();

async function server() {
  const { createApp } = await import('../src/server/app.ts');
  const { openDatabase } = await import('../src/server/db/database.ts');
  const { migrate } = await import('../src/server/db/migrate.ts');
  const { listen } = await import('../src/server/serve.ts');
  const { seedAll } = await import('../src/server/seed/seedAll.ts');
  const { localFileStore } = await import('../src/server/storage/localFileStore.ts');
  const dir = process.env.BENCH_FILES_DIR!;
  const database = await openDatabase({});
  await migrate(database);
  await seedAll(database, { requests: 30, seed: 3 });
  const open = await database.db
    .selectFrom('cancellationRequests')
    .select('id')
    .where('status', 'in', ['submitted', 'in_review', 'awaiting_customer'])
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const files = localFileStore(dir);
  const http = await listen(
    createApp({ database, now: () => new Date(), secureCookies: false, files }),
    0,
    '127.0.0.1',
  );

  const sample = (): Memory => {
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, arrayBuffers: m.arrayBuffers };
  };
  let before = sample();
  let peak = before;
  // In 'held' mode each sample follows a full GC: what the upload really keeps,
  // not the garbage (socket chunks) a lazy collector has not freed yet.
  let collect = false;
  let tick = 0;
  setInterval(() => {
    // Every 2 ms; with a GC first, every 10 ms.
    if (collect && tick++ % 5 !== 0) return;
    if (collect) globalThis.gc?.();
    const m = sample();
    peak = {
      rss: Math.max(peak.rss, m.rss),
      heapUsed: Math.max(peak.heapUsed, m.heapUsed),
      external: Math.max(peak.external, m.external),
      arrayBuffers: Math.max(peak.arrayBuffers, m.arrayBuffers),
    };
  }, 2).unref();
  process.on('message', (msg: string) => {
    if (msg === 'start' || msg === 'start-held') {
      collect = msg === 'start-held';
      globalThis.gc?.();
      before = sample();
      peak = before;
      process.send!('started');
    } else if (msg === 'report') {
      process.send!({ before, peak } satisfies FromServer);
    } else if (msg === 'stop') {
      http.close();
      void database.close().then(() => process.exit(0));
    }
  });
  process.send!({ ready: http.port, requestId: open.id } satisfies FromServer);
}

async function client() {
  const rounds = arg('rounds', 5);
  const sizeMb = arg('mb', 10);
  const dir = mkdtempSync(join(tmpdir(), 'cancel-desk-bench-upload-'));
  const child = fork(fileURLToPath(import.meta.url), ['--server'], {
    env: { ...process.env, BENCH_FILES_DIR: dir },
    execArgv: [...process.execArgv, '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = <T>(c: ChildProcess) => new Promise<T>((resolve) => c.once('message', (m) => resolve(m as T)));
  const { ready: port, requestId } = (await next<FromServer>(child)) as { ready: number; requestId: number };
  const base = `http://127.0.0.1:${port}/api`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'reviewer', password: 'demo1234' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;

  const fmt = (n: number) => `${(n / MB).toFixed(1)} MB`;
  console.log(
    `upload of ${sizeMb} MiB through HTTP on loopback, ${rounds} rounds, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const speeds: number[] = [];
  for (let round = 1; round <= rounds + 2; round++) {
    const held = round > rounds;
    if (round === rounds + 1) {
      speeds.sort((a, b) => a - b);
      console.log(
        `  median ${speeds[Math.floor(speeds.length / 2)]!.toFixed(1)} MB/s, best ${speeds[speeds.length - 1]!.toFixed(1)} MB/s`,
      );
      console.log('  memory held (a full GC before each sample, every 10 ms; slower, so no speed here):');
    }
    // New bytes every round (the same bytes twice would be recognised, not stored).
    const bytes = randomBytes(sizeMb * MB);
    bytes.write('%PDF-1.7\n', 0, 'latin1');
    const form = new FormData();
    form.append('type', 'other');
    form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/pdf' }), `bench-${round}.pdf`);
    child.send(held ? 'start-held' : 'start');
    await next(child);
    const t0 = performance.now();
    const res = await fetch(`${base}/requests/${requestId}/documents`, {
      method: 'POST',
      headers: { cookie },
      body: form,
    });
    await res.text();
    const seconds = (performance.now() - t0) / 1000;
    child.send('report');
    const { before, peak } = (await next<FromServer>(child)) as { before: Memory; peak: Memory };
    const speed = bytes.length / MB / seconds;
    if (!held) speeds.push(speed);
    console.log(
      `  #${round} ${res.status}  ${held ? '' : `${speed.toFixed(1)} MB/s `}(${(seconds * 1000).toFixed(0)} ms)  ` +
        `server RSS ${fmt(before.rss)} → peak ${fmt(peak.rss)} (+${fmt(peak.rss - before.rss)}), ` +
        `heap ${fmt(before.heapUsed)} → ${fmt(peak.heapUsed)} (+${fmt(peak.heapUsed - before.heapUsed)}), ` +
        `buffers +${fmt(peak.arrayBuffers - before.arrayBuffers)}`,
    );
  }

  // Over the limit: the refusal must reach the client as JSON even though it is still sending.
  const big = new FormData();
  big.append('type', 'other');
  big.append('file', new Blob([new Uint8Array(11 * MB)], { type: 'application/pdf' }), 'too-big.pdf');
  try {
    const res = await fetch(`${base}/requests/${requestId}/documents`, {
      method: 'POST',
      headers: { cookie },
      body: big,
    });
    console.log(`  11 MiB upload: ${res.status} ${await res.text()}`);
  } catch (e) {
    console.log(
      `  11 MiB upload: the client saw ${(e as Error).message} (${String((e as { cause?: unknown }).cause)})`,
    );
  }
  child.send('stop');
  await new Promise((resolve) => child.once('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
}
