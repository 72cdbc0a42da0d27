// Grows a seeded bench database on PostgreSQL to `factor` times its requests
// by copying them (number suffixed "~k"), with their info-request audit events
// and their refunds, in SQL. The demo seeder writes ~150 requests/s, so 1M
// would take hours on a shared machine; the copies keep the seeder's own
// distribution (it places any number of requests in the last 60 days), so the
// figures are those of a 1M seed with every row repeated.
//
//   npx tsx scripts/bench/amplify.ts postgres://.../canceldesk_bench_tmp 50 [first copy, to resume]
import { sql, type Kysely } from 'kysely';
import { openDatabase } from '../../src/server/db/database.ts';
import type { DB } from '../../src/server/db/schema.ts';

const [url, factorArg, firstArg] = process.argv.slice(2);
if (!url || !factorArg) throw new Error('usage: amplify.ts <postgres url> <factor>');
const factor = Number(factorArg);
const first = Number(firstArg ?? 1);
const log = (s: string) => console.error(`[amplify] ${s}`);

async function columns(db: Kysely<DB>, table: string, skip: string[]) {
  const r = await sql<{ name: string }>`
    select column_name as name from information_schema.columns
     where table_name = ${table} and table_schema = current_schema() order by ordinal_position`.execute(db);
  return r.rows.map((c) => c.name).filter((c) => !skip.includes(c));
}

const database = await openDatabase({ url });
const { db } = database;
try {
  const { n, max } = (
    await sql<{
      n: number;
      max: number;
    }>`select count(*)::int as n, max(id) as max from cancellation_requests where number !~ '~'`.execute(db)
  ).rows[0]!;
  if (n * factor > 2_000_000) throw new Error(`refusing ${n} × ${factor}`);
  const reqCols = await columns(db, 'cancellation_requests', ['id', 'number', 'idempotency_key', 'search_text']);
  const refundCols = await columns(db, 'refunds', ['id', 'request_id']);
  const auditCols = await columns(db, 'audit_events', ['id', 'request_id']);
  const list = (cols: string[], prefix = '') => sql.raw(cols.map((c) => prefix + c).join(', '));
  for (let k = first; k < factor; k++) {
    const t0 = performance.now();
    await sql`insert into cancellation_requests (number, ${list(reqCols)})
              select number || ${`~${k}`}, ${list(reqCols)} from cancellation_requests where id <= ${max}`.execute(db);
    await sql`insert into refunds (request_id, ${list(refundCols)})
              select c.id, ${list(refundCols, 'f.')} from refunds f
                join cancellation_requests o on o.id = f.request_id and o.id <= ${max}
                join cancellation_requests c on c.number = o.number || ${`~${k}`}`.execute(db);
    await sql`insert into audit_events (request_id, ${list(auditCols)})
              select null, ${list(auditCols)} from audit_events -- originals only: copies have no request
               where action = 'request.info_requested' and request_id is not null`.execute(db);
    log(`copy ${k}/${factor - 1} in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  log('VACUUM ANALYZE');
  await sql`vacuum analyze`.execute(db);
  const total = (await sql<{ n: number }>`select count(*)::int as n from cancellation_requests`.execute(db)).rows[0]!.n;
  log(`${total} requests`);
} finally {
  await database.close();
}
