import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { TurnaroundFilter } from '../../../domain/turnaroundFilter.ts';
import { TURNAROUND_DECISIONS } from '../../../domain/turnaroundStatsFigures.ts';

// filters.ts's RequestsQuery, spelled out here: importing it would make the two files a cycle.
type RequestsQuery<O> = SelectQueryBuilder<DB & { r: DB['cancellationRequests'] }, 'r', O>;

/**
 * inTurnaroundFilter (src/domain/turnaroundFilter.ts) in SQL: decided requests
 * whose stored turnaround in working days is in (from, to]. The days are the
 * figures' own double (`turnaround_ms::float8 / 86400000`), not the ms compared
 * with a scaled bound, so a histogram bar and its list agree to the last bit.
 */
export function turnaroundWhere<O>(q: RequestsQuery<O>, f: TurnaroundFilter): RequestsQuery<O> {
  const days = sql<number>`r.turnaround_ms::float8 / 86400000`;
  q = q.where('r.status', 'in', [...TURNAROUND_DECISIONS]).where('r.turnaroundMs', 'is not', null);
  if (f.turnaroundFrom !== undefined) q = q.where(days, '>', f.turnaroundFrom);
  if (f.turnaroundTo !== undefined) q = q.where(days, '<=', f.turnaroundTo);
  return q;
}
