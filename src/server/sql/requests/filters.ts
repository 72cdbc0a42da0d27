import { sql, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { asArray } from '../../http/listParams.ts';
import { containsPattern } from '../like.ts';
import { slaStateWhere } from './slaStateWhere.ts';
import { DAY_MS, startOfShanghaiDay } from '../../../domain/workingDays.ts';
import { DUE_NEXT_STATUSES } from '../../../domain/dueNext.ts';
import { REQUEST_STATUSES } from '../../../domain/vocabulary.ts';
import type { RequestListFilter } from '../../../domain/schemas.ts';
import { TURNAROUND_DECISIONS } from '../../../domain/turnaroundStatsFigures.ts';
import { turnaroundWhere } from './turnaroundWhere.ts';

/** The list filter once the route has resolved `assigneeId: 'mine'` to the caller's id. */
export type RequestFilter = Omit<RequestListFilter, 'assigneeId' | 'dueNext'> & {
  assigneeId?: number | null;
  /** `dueNext` as the route resolved it against the calendar (dueNext.ts): open requests with dueAt in [from, to). */
  dueWindow?: { from: Date; to: Date | null };
};

/** A query over the requests table as `r` (joined or not), selecting `O`. */
export type RequestsQuery<O> = SelectQueryBuilder<DB & { r: DB['cancellationRequests'] }, 'r', O>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** One or two characters, no space, at least one of them outside ASCII: what migration 002's gram index holds. */
const SHORT_CJK = /^(?=\S*\P{ASCII})\S{1,2}$/u;
// A bare date means that whole day in Asia/Shanghai, where the staff work.
export const fromInstant = (v: string) => (isoDate.test(v) ? startOfShanghaiDay(v) : new Date(v));
export const toInstant = (v: string) =>
  isoDate.test(v) ? new Date(startOfShanghaiDay(v).getTime() + DAY_MS) : new Date(v);

// Every filter is on the requests table itself (search_text carries the
// account's searchable fields), so counting and paging never need the joins.
export function applyFilter<O>(q: RequestsQuery<O>, f: RequestFilter, now: Date): RequestsQuery<O> {
  if (f.id !== undefined) q = q.where('r.id', 'in', asArray(f.id));
  if (f.status !== undefined) q = q.where('r.status', 'in', asArray(f.status));
  if (f.accountId !== undefined) q = q.where('r.accountId', '=', f.accountId);
  if (f.assigneeId !== undefined)
    q = f.assigneeId === null ? q.where('r.assigneeId', 'is', null) : q.where('r.assigneeId', '=', f.assigneeId);
  if (f.accountType) q = q.where('r.accountType', '=', f.accountType);
  if (f.reasonCode) q = q.where('r.reasonCode', '=', f.reasonCode);
  if (f.submittedFrom) q = q.where('r.submittedAt', '>=', fromInstant(f.submittedFrom));
  if (f.submittedTo) q = q.where('r.submittedAt', '<', toInstant(f.submittedTo));
  if (f.decidedFrom) q = q.where('r.decidedAt', '>=', fromInstant(f.decidedFrom));
  if (f.decidedTo) q = q.where('r.decidedAt', '<', toInstant(f.decidedTo));
  if (f.turnaroundFrom !== undefined || f.turnaroundTo !== undefined) q = turnaroundWhere(q, f);
  if (f.decidedBy !== undefined)
    q = q.where('r.decidedBy', '=', f.decidedBy).where('r.status', 'in', [...TURNAROUND_DECISIONS]);
  if (f.dueWindow) {
    q = q.where('r.status', 'in', DUE_NEXT_STATUSES).where('r.dueAt', '>=', f.dueWindow.from);
    if (f.dueWindow.to) q = q.where('r.dueAt', '<', f.dueWindow.to);
  }
  if (f.q?.trim()) {
    q = q.where('r.searchText', 'like', containsPattern(f.q));
    // The trigram index cannot help a pattern shorter than three characters, and
    // two-character Chinese names (王芳) are the common search. Every row whose
    // search_text contains such a text has it as a one- or two-character gram
    // of one word, so this index condition only narrows what LIKE then checks.
    const text = f.q.trim().toLowerCase();
    if (SHORT_CJK.test(text)) q = q.where(sql<boolean>`search_cjk_grams(r.search_text) @> array[${text}]::text[]`);
  }
  if (f.slaState) {
    const state = f.slaState;
    const statuses = f.status === undefined ? REQUEST_STATUSES : asArray(f.status);
    q = q.where((eb) => slaStateWhere(eb, state, now, statuses));
  }
  return q;
}
