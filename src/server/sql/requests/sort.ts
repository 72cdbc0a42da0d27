import type { SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { ListParams } from '../../http/listParams.ts';

export const REQUEST_SORTABLE = [
  'id',
  'number',
  'status',
  'submittedAt',
  'decidedAt',
  'dueAt',
  'riskAt',
  'holderName',
  'balanceFen',
  'updatedAt',
  /** 我的: running clocks first, most urgent (due soonest) first; paused ones after them. */
  'urgency',
] as const;
type SortField = (typeof REQUEST_SORTABLE)[number];

/** The sort fields that are the account's columns; every other one is the request's own. */
const ACCOUNT_FIELDS: readonly SortField[] = ['holderName', 'balanceFen'];

/** The column a (whitelisted) sort field orders by: `r.` the request, `a.` its account. */
export function sortColumn(field: string): `r.${string}` | `a.${string}` {
  return (ACCOUNT_FIELDS as readonly string[]).includes(field) ? `a.${field}` : `r.${field}`;
}

/** Orders by the sort field (nulls last either way), then by id for a stable page. */
export function orderRequests<O>(q: SelectQueryBuilder<any, any, O>, sort: ListParams<unknown>['sort']) {
  if (sort.field === 'urgency') {
    // A paused clock is not urgent whatever its dueAt: it waits on the customer.
    return q
      .orderBy(sql`(r.paused_at IS NOT NULL)`, 'asc')
      .orderBy(sql.ref('r.dueAt'), (ob) => (sort.order === 'asc' ? ob.asc() : ob.desc()).nullsLast())
      .orderBy(sql.ref('r.id'), sort.order);
  }
  return q
    .orderBy(sql.ref(sortColumn(sort.field)), (ob) => (sort.order === 'asc' ? ob.asc() : ob.desc()).nullsLast())
    .orderBy(sql.ref('r.id'), sort.order);
}
