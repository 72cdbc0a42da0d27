// The queue queries the bench times: real search values picked from the seeded
// database, and one list call per tab, filter and sort a reviewer uses.
import { sql } from 'kysely';
import { OPEN_STATUSES, REQUEST_STATUSES } from '../../src/domain/vocabulary.ts';
import type { Database } from '../../src/server/db/database.ts';
import { listPath, type BenchQuery } from './http.ts';

/** Real values to search for: a phone's last 8 digits, a common two-character name, a three-character one. */
export async function pickSamples(database: Database) {
  const mid = await sql<{ phone: string; holderName: string }>`
    select a.phone, a.holder_name from cancellation_requests r join accounts a on a.id = r.account_id
    where r.id >= (select (min(id) + max(id)) / 2 from cancellation_requests) order by r.id limit 1`.execute(
    database.db,
  );
  // 王芳 is the textbook common name; fall back to whichever two-character name is there.
  const common = ['王芳', '王伟', '李伟', '张伟'];
  const two = await sql<{ holderName: string }>`
    (select holder_name from accounts where holder_name = any(${common}::text[]) order by array_position(${common}::text[], holder_name) limit 1)
    union all (select holder_name from accounts where char_length(holder_name) = 2 order by id limit 1) limit 1`.execute(
    database.db,
  );
  const three = await sql<{ holderName: string }>`
    select a.holder_name from cancellation_requests r join accounts a on a.id = r.account_id
    where r.id >= (select (min(id) + max(id)) / 2 from cancellation_requests) and char_length(a.holder_name) = 3
    and a.holder_name !~ '[A-Za-z]' order by r.id limit 1`.execute(database.db);
  return {
    phone: mid.rows[0]!.phone.slice(-8),
    name2: two.rows[0]?.holderName ?? '王芳',
    name3: three.rows[0]?.holderName ?? '王芳华',
  };
}

export async function queriesFor(
  database: Database,
  samples: Awaited<ReturnType<typeof pickSamples>>,
): Promise<BenchQuery[]> {
  const counts = await sql<{
    status: string;
    n: number;
  }>`select status, n::int as n from request_status_counts`.execute(database.db);
  const byStatus = new Map(counts.rows.map((r) => [r.status, r.n]));
  const biggest = [...byStatus.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const deep = (total: number): [number, number] => {
    const from = Math.max(0, Math.min(5000, total - 25));
    return [from, from + 24];
  };
  const q: BenchQuery[] = [
    // The floor: session check and JSON only, no queue query.
    { name: 'floor: GET /api/auth/me', path: '/api/auth/me' },
    { name: 'all p1', path: listPath({ sort: ['dueAt', 'ASC'], range: [0, 24], filter: {} }) },
    { name: 'all deep [5000,5024]', path: listPath({ sort: ['dueAt', 'ASC'], range: [5000, 5024], filter: {} }) },
  ];
  for (const status of REQUEST_STATUSES)
    q.push({
      name: `status=${status} p1`,
      path: listPath({ sort: ['dueAt', 'ASC'], range: [0, 24], filter: { status } }),
    });
  for (const status of new Set(['submitted', biggest])) {
    const range = deep(byStatus.get(status) ?? 0);
    q.push({
      name: `status=${status} deep [${range.join(',')}]`,
      path: listPath({ sort: ['dueAt', 'ASC'], range, filter: { status } }),
    });
  }
  q.push(
    {
      name: 'mine tab (open) p1',
      path: listPath({
        sort: ['dueAt', 'ASC'],
        range: [0, 24],
        filter: { status: [...OPEN_STATUSES], assigneeId: 'mine' },
      }),
    },
    {
      name: 'mine (any status) p1',
      path: listPath({ sort: ['dueAt', 'ASC'], range: [0, 24], filter: { assigneeId: 'mine' } }),
    },
    {
      name: 'mine (any status) deep',
      path: listPath({ sort: ['dueAt', 'ASC'], range: [5000, 5024], filter: { assigneeId: 'mine' } }),
    },
    {
      name: `q=phone ${samples.phone}`,
      path: listPath({ sort: ['dueAt', 'ASC'], range: [0, 24], filter: { q: samples.phone } }),
    },
    {
      name: `q=name ${samples.name2}`,
      path: listPath({ sort: ['dueAt', 'ASC'], range: [0, 24], filter: { q: samples.name2 } }),
    },
    {
      name: `q=name ${samples.name2} p3`,
      path: listPath({ sort: ['dueAt', 'ASC'], range: [50, 74], filter: { q: samples.name2 } }),
    },
    {
      name: `q=name ${samples.name3}`,
      path: listPath({ sort: ['dueAt', 'ASC'], range: [0, 24], filter: { q: samples.name3 } }),
    },
    {
      name: `q=${samples.name2} + status=submitted`,
      path: listPath({ sort: ['dueAt', 'ASC'], range: [0, 24], filter: { q: samples.name2, status: 'submitted' } }),
    },
    {
      name: 'slaState=breached open',
      path: listPath({
        sort: ['dueAt', 'ASC'],
        range: [0, 24],
        filter: { slaState: 'breached', status: [...OPEN_STATUSES] },
      }),
    },
    { name: 'counts (tabs)', path: '/api/requests/counts' },
  );
  return q;
}
