import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { loadCalendar } from '../calendar.ts';
import { noResponseWorkingDays } from '../settings.ts';
import { awaitingDeadlinesOrNull } from './awaitingDeadlines.ts';
import type { RequestJoinedRow } from './requestRows.ts';
import { maskPhone } from '../../../domain/mask.ts';
import { phoneMatch } from '../../../domain/phoneMatch.ts';
import { computeSla } from '../../../domain/sla.ts';
import { shownTurnaroundWorkingDays } from '../../../domain/turnaroundStatsFigures.ts';
import {
  documentChecklist,
  documentProgress,
  requiredDocumentTypes,
  type DocumentLike,
} from '../../../domain/requiredDocuments.ts';

/**
 * The rows as the API sends them: the stored fields (the holder's phone
 * masked) plus what is computed from them (SLA, document progress, the
 * awaiting-customer deadlines).
 */
export async function toApiRequests(db: Kysely<DB>, rows: RequestJoinedRow[], now: Date, search?: string) {
  if (rows.length === 0) return [];
  const [calendar, noResponseDays, docs] = await Promise.all([
    loadCalendar(db),
    noResponseWorkingDays(db),
    db
      .selectFrom('documents')
      .select(['id', 'requestId', 'type', 'status', 'attempt', 'uploadedAt'])
      .where(
        'requestId',
        'in',
        rows.map((r) => r.id),
      )
      .execute(),
  ]);
  const docsByRequest = new Map<number, DocumentLike[]>();
  for (const { requestId, ...doc } of docs) {
    const list = docsByRequest.get(requestId) ?? [];
    list.push(doc);
    docsByRequest.set(requestId, list);
  }
  return rows.map(({ pausedAt, slaPausedMs, turnaroundMs, remindedAt, ...stored }) => {
    const sla = computeSla(
      calendar,
      { submittedAt: stored.submittedAt, decidedAt: stored.decidedAt, pausedAt, slaPausedMs },
      now,
    );
    const required = requiredDocumentTypes(stored);
    const progress = documentProgress(documentChecklist(required, docsByRequest.get(stored.id) ?? []));
    return {
      ...stored,
      // The holder's phone leaves the server masked; the full one is the account's audited reveal.
      phone: maskPhone(stored.phone),
      // A search by part of the number: which part matched, shown without unmasking anything else.
      ...(search ? { phoneMatch: phoneMatch(stored.phone, search) } : {}),
      riskAt: sla.riskAt,
      dueAt: sla.dueAt,
      workingDaysElapsed: sla.workingDaysElapsed,
      // The stored number the turnaround figures read (GET /api/stats/turnaround), unrounded.
      turnaroundWorkingDays: shownTurnaroundWorkingDays(stored.status, turnaroundMs),
      slaState: sla.slaState,
      slaPaused: sla.paused,
      missingCalendarYears: sla.missingCalendarYears,
      documentsVerified: progress.verified,
      documentsRequired: progress.required,
      requiredDocTypes: required,
      // While awaiting the customer: from when a reminder, and a rejection for no response, are possible.
      ...awaitingDeadlinesOrNull(calendar, { pausedAt, remindedAt }, noResponseDays),
      remindedAt,
    };
  });
}

export type ApiRequest = Awaited<ReturnType<typeof toApiRequests>>[number];
