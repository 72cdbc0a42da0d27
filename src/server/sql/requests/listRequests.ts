import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ListParams } from '../../http/listParams.ts';
import { countRequests } from './countRequests.ts';
import { applyFilter, type RequestFilter, type RequestsQuery } from './filters.ts';
import { requestRows } from './requestRows.ts';
import { orderRequests, sortColumn } from './sort.ts';
import { toApiRequests } from './toApiRequest.ts';

/** One page of requests in the list's order, and how many match in all. */
export async function listRequests(db: Kysely<DB>, p: ListParams<RequestFilter>, now: Date) {
  // The page's ids first, from the requests table's own indexes (index-only
  // where they cover the sort), so a deep page skips index entries rather than
  // joined rows; then only those rows are read in full.
  const from: RequestsQuery<{}> = sortColumn(p.sort.field).startsWith('r.')
    ? db.selectFrom('cancellationRequests as r')
    : db.selectFrom('cancellationRequests as r').innerJoin('accounts as a', 'a.id', 'r.accountId');
  const pageIds = orderRequests(applyFilter(from, p.filter, now).select('r.id'), p.sort)
    .offset(p.offset)
    .limit(p.limit);
  const rowsQuery = orderRequests(requestRows(db).where('r.id', 'in', pageIds), p.sort);
  const [rows, total] = await Promise.all([rowsQuery.execute(), countRequests(db, p.filter, now)]);
  return { rows: await toApiRequests(db, rows, now, p.filter.q), total };
}
