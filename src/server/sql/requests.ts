import { sql, type ExpressionBuilder, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ListParams } from '../http/listParams.ts';
import { asArray } from '../http/listParams.ts';
import { containsPattern } from './like.ts';
import { loadCalendar } from './calendar.ts';
import { computeSla, DEFAULT_SLA_POLICY } from '../../domain/sla.ts';
import { DAY_MS, startOfShanghaiDay } from '../../domain/workingDays.ts';
import { documentChecklist, documentProgress, requiredDocumentTypes, type DocumentLike } from '../../domain/requiredDocuments.ts';
import { OPEN_STATUSES, REQUEST_STATUSES, type AccountType, type FiledBy, type RequestStatus } from '../../domain/vocabulary.ts';
import type { RequestListFilter } from '../../domain/schemas.ts';

export const REQUEST_SORTABLE = ['id', 'number', 'status', 'submittedAt', 'decidedAt', 'dueAt', 'riskAt', 'holderName', 'balanceFen', 'updatedAt'] as const;
const SORT_COLUMNS = {
  id: 'r.id', number: 'r.number', status: 'r.status', submittedAt: 'r.submitted_at', decidedAt: 'r.decided_at',
  dueAt: 'r.due_at', riskAt: 'r.risk_at', holderName: 'a.holder_name', balanceFen: 'a.balance_fen', updatedAt: 'r.updated_at',
} as const;

type Filter = Omit<RequestListFilter, 'assigneeId'> & { assigneeId?: number | null };

function baseQuery(db: Kysely<DB>) {
  return db
    .selectFrom('cancellation_requests as r')
    .innerJoin('accounts as a', 'a.id', 'r.account_id')
    .leftJoin('staff_users as u', 'u.id', 'r.assignee_id');
}
type Base = ReturnType<typeof baseQuery>;
type RQuery<O> = SelectQueryBuilder<DB & { r: DB['cancellation_requests'] }, 'r', O>;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
/** One or two characters, no space, at least one of them outside ASCII: what migration 002's gram index holds. */
const SHORT_CJK = /^(?=\S*\P{ASCII})\S{1,2}$/u;
// A bare date means that whole day in Asia/Shanghai, where the staff work.
const fromInstant = (v: string) => (isoDate.test(v) ? startOfShanghaiDay(v) : new Date(v));
const toInstant = (v: string) => (isoDate.test(v) ? new Date(startOfShanghaiDay(v).getTime() + DAY_MS) : new Date(v));

/** Statuses whose SLA state is decided alike: a running clock, a paused one, a turnaround. */
function slaStatusGroups(statuses: readonly string[]) {
  const open = (s: string) => (OPEN_STATUSES as readonly string[]).includes(s);
  return {
    running: statuses.filter((s) => open(s) && s !== 'awaiting_customer'),
    paused: statuses.filter((s) => s === 'awaiting_customer'),
    decided: statuses.filter((s) => !open(s)),
  };
}

function slaStateWhere(
  eb: ExpressionBuilder<DB & { r: DB['cancellation_requests'] }, 'r'>,
  state: string,
  now: Date,
  statuses: readonly string[] = REQUEST_STATUSES,
) {
  // Mirrors domain slaStateFor: open requests compare the stored deadlines with
  // now, or with the pause start for one awaiting the customer (a paused clock
  // does not advance; paused_at is set exactly then, a CHECK says so); decided
  // ones compare their turnaround with the policy. One branch per kind of
  // status, each a plain range on (status, due_at / risk_at) the index answers,
  // and only for the statuses the rest of the filter lets through.
  const risk = DEFAULT_SLA_POLICY.riskWorkingDays * DAY_MS;
  const due = DEFAULT_SLA_POLICY.dueWorkingDays * DAY_MS;
  const { running, paused, decided } = slaStatusGroups(statuses);
  const clock = (t: 'now' | 'paused') => (t === 'now' ? sql<Date>`${now}` : sql<Date>`r.paused_at`);
  const openBranch = (t: 'now' | 'paused') => {
    switch (state) {
      case 'on_track':
        return [eb('r.risk_at', '>', clock(t))];
      case 'at_risk':
        return [eb('r.risk_at', '<=', clock(t)), eb('r.due_at', '>=', clock(t))];
      default:
        return [eb('r.due_at', '<', clock(t))];
    }
  };
  const decidedBranch = () => {
    switch (state) {
      case 'on_track':
        return [eb('r.turnaround_ms', '<', risk)];
      case 'at_risk':
        return [eb('r.turnaround_ms', '>=', risk), eb('r.turnaround_ms', '<=', due)];
      default:
        return [eb('r.turnaround_ms', '>', due)];
    }
  };
  const branches = [];
  if (running.length) branches.push(eb.and([eb('r.status', 'in', running), ...openBranch('now')]));
  if (paused.length) branches.push(eb.and([eb('r.status', '=', 'awaiting_customer'), ...openBranch('paused')]));
  if (decided.length) branches.push(eb.and([eb('r.status', 'in', decided), ...decidedBranch()]));
  return branches.length ? eb.or(branches) : sql<boolean>`false`;
}

// Every filter is on the requests table itself (search_text carries the
// account's searchable fields), so counting and paging never need the joins.
function applyFilter<O>(q: RQuery<O>, f: Filter, now: Date): RQuery<O> {
  if (f.id !== undefined) q = q.where('r.id', 'in', asArray(f.id));
  if (f.status !== undefined) q = q.where('r.status', 'in', asArray(f.status));
  if (f.accountId !== undefined) q = q.where('r.account_id', '=', f.accountId);
  if (f.assigneeId !== undefined) q = f.assigneeId === null ? q.where('r.assignee_id', 'is', null) : q.where('r.assignee_id', '=', f.assigneeId);
  if (f.accountType) q = q.where('r.account_type', '=', f.accountType);
  if (f.reasonCode) q = q.where('r.reason_code', '=', f.reasonCode);
  if (f.submittedFrom) q = q.where('r.submitted_at', '>=', fromInstant(f.submittedFrom));
  if (f.submittedTo) q = q.where('r.submitted_at', '<', toInstant(f.submittedTo));
  if (f.q?.trim()) {
    q = q.where('r.search_text', 'like', containsPattern(f.q));
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
    q = q.where((eb) => slaStateWhere(eb as never, state, now, statuses));
  }
  return q;
}

const rowColumns = (q: Base) =>
  q.selectAll('r').select([
    'a.account_number', 'a.holder_name', 'a.phone', 'a.company_name', 'a.balance_fen', 'a.identity_verified',
    'a.status as account_status', 'u.display_name as assignee_name',
  ]);
type Row = Awaited<ReturnType<ReturnType<typeof rowColumns>['executeTakeFirstOrThrow']>>;

/** Filters that the trigger-kept totals answer exactly, without counting rows: status and/or assignee. */
function countFromTable(f: Filter) {
  return Object.keys(f).every((k) => k === 'status' || k === 'assigneeId');
}

async function countRequests(db: Kysely<DB>, f: Filter, now: Date): Promise<number> {
  if (countFromTable(f)) {
    const statuses = f.status === undefined ? [...REQUEST_STATUSES] : asArray(f.status);
    const row =
      f.assigneeId === undefined
        ? await db
            .selectFrom('request_status_counts')
            .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.lit(0)).as('n'))
            .where('status', 'in', statuses)
            .executeTakeFirstOrThrow()
        : await db
            .selectFrom('request_assignee_counts')
            .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.lit(0)).as('n'))
            .where('assignee_id', '=', f.assigneeId ?? 0)
            .where('status', 'in', statuses)
            .executeTakeFirstOrThrow();
    return Number(row.n);
  }
  const count = async (filter: Filter) =>
    Number((await applyFilter(db.selectFrom('cancellation_requests as r'), filter, now)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()).n);
  if (f.slaState) {
    // One count per group of statuses, each a single range its index answers
    // (migration 006), rather than one OR the planner can only answer from the table.
    const groups = Object.values(slaStatusGroups(f.status === undefined ? REQUEST_STATUSES : asArray(f.status))).filter((g) => g.length);
    let total = 0;
    for (const status of groups) total += await count({ ...f, status: status as RequestStatus[] });
    return total;
  }
  return count(f);
}

export async function listRequests(db: Kysely<DB>, p: ListParams<Filter>, now: Date) {
  const column = SORT_COLUMNS[p.sort.field as keyof typeof SORT_COLUMNS];
  const order = <O>(q: SelectQueryBuilder<any, any, O>) =>
    q.orderBy(sql.ref(column), (ob) => (p.sort.order === 'asc' ? ob.asc() : ob.desc()).nullsLast()).orderBy(sql.ref('r.id'), p.sort.order);
  // The page's ids first, from the requests table's own indexes (index-only
  // where they cover the sort), so a deep page skips index entries rather than
  // joined rows; then only those rows are read in full.
  const from: RQuery<{}> = column.startsWith('r.')
    ? db.selectFrom('cancellation_requests as r')
    : db.selectFrom('cancellation_requests as r').innerJoin('accounts as a', 'a.id', 'r.account_id');
  const pageIds = order(applyFilter(from, p.filter, now).select('r.id'))
    .offset(p.offset)
    .limit(p.limit);
  const rowsQuery = order(rowColumns(baseQuery(db)).where('r.id', 'in', pageIds));
  const [rows, total] = await Promise.all([rowsQuery.execute(), countRequests(db, p.filter, now)]);
  return { rows: await toApi(db, rows, now), total };
}

export async function getRequest(db: Kysely<DB>, id: number, now: Date) {
  const row = await rowColumns(baseQuery(db)).where('r.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [api] = await toApi(db, [row], now);
  return api;
}

export async function requestCounts(db: Kysely<DB>, userId: number) {
  const [byStatus, mine] = await Promise.all([
    // By key, not a scan: the counter rows are updated on every status change and
    // their table can be far larger than its seven live rows (after a bulk load).
    db.selectFrom('request_status_counts').select(['status', 'n']).where('status', 'in', [...REQUEST_STATUSES]).execute(),
    db
      .selectFrom('request_assignee_counts')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('n'), eb.lit(0)).as('n'))
      .where('assignee_id', '=', userId)
      .where('status', 'in', [...OPEN_STATUSES])
      .executeTakeFirstOrThrow(),
  ]);
  const counts: Record<string, number> = Object.fromEntries(REQUEST_STATUSES.map((s) => [s, 0]));
  for (const { status, n } of byStatus) counts[status] = Number(n);
  counts.open = OPEN_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  counts.all = REQUEST_STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
  counts.mine = Number(mine.n);
  return counts;
}

async function toApi(db: Kysely<DB>, rows: Row[], now: Date) {
  if (rows.length === 0) return [];
  const [calendar, docs] = await Promise.all([
    loadCalendar(db),
    db
      .selectFrom('documents')
      .select(['id', 'request_id', 'type', 'status', 'attempt', 'uploaded_at'])
      .where('request_id', 'in', rows.map((r) => r.id))
      .execute(),
  ]);
  const docsByRequest = new Map<number, DocumentLike[]>();
  for (const d of docs) {
    const list = docsByRequest.get(d.request_id) ?? [];
    list.push({ id: d.id, type: d.type as DocumentLike['type'], status: d.status as DocumentLike['status'], attempt: d.attempt, uploadedAt: d.uploaded_at });
    docsByRequest.set(d.request_id, list);
  }
  return rows.map((r) => {
    const sla = computeSla(calendar, { submittedAt: r.submitted_at, decidedAt: r.decided_at, pausedAt: r.paused_at, slaPausedMs: r.sla_paused_ms }, now);
    const required = requiredDocumentTypes({ accountType: r.account_type as AccountType, filedBy: r.filed_by as FiledBy });
    const progress = documentProgress(documentChecklist(required, docsByRequest.get(r.id) ?? []));
    return {
      id: r.id,
      number: r.number,
      accountId: r.account_id,
      accountNumber: r.account_number,
      holderName: r.holder_name,
      phone: r.phone,
      companyName: r.company_name,
      accountType: r.account_type,
      accountStatus: r.account_status,
      identityVerified: r.identity_verified,
      balanceFen: r.balance_fen,
      reasonCode: r.reason_code,
      reasonText: r.reason_text,
      filedBy: r.filed_by,
      agentName: r.agent_name,
      channel: r.channel,
      status: r.status as RequestStatus,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_name,
      submittedAt: r.submitted_at,
      decidedAt: r.decided_at,
      decidedBy: r.decided_by,
      riskAt: sla.riskAt,
      dueAt: sla.dueAt,
      workingDaysElapsed: sla.workingDaysElapsed,
      slaState: sla.slaState,
      slaPaused: sla.paused,
      missingCalendarYears: sla.missingCalendarYears,
      documentsVerified: progress.verified,
      documentsRequired: progress.required,
      requiredDocTypes: required,
      requestedDocTypes: r.requested_doc_types,
      infoRequestMessage: r.info_request_message,
      rejectReasonCode: r.reject_reason_code,
      customerMessage: r.customer_message,
      internalNote: r.internal_note,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}
export type ApiRequest = Awaited<ReturnType<typeof toApi>>[number];
