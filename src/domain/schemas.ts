// Input schemas the server validates with and the UI can reuse, built from the
// vocabulary so a new status or code is added in one place.

import { z } from 'zod';
import { turnaroundFilterReversed } from './turnaroundFilter.ts';
import { ACCOUNT_TYPES, LANGUAGES, REASON_CODES, REQUEST_STATUSES, ROLES, SLA_STATES } from './vocabulary.ts';

export const requestStatusSchema = z.enum(REQUEST_STATUSES);
export const roleSchema = z.enum(ROLES);
export const languageSchema = z.enum(LANGUAGES);

export const loginInput = z.object({
  username: z.string().trim().min(1).max(64),
  // Not trimmed: spaces may be part of a password.
  password: z.string().min(1).max(200),
});

// A bare date means that Shanghai day; a date-time must carry its offset, so
// the server never has to guess which zone the browser meant.
export const dateOrDateTimeSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const positiveId = z.number().int().positive();

/** The `filter` of GET /requests (react-admin's JSON filter). Unknown keys are refused. */
export const requestListFilter = z
  .strictObject({
    q: z.string().max(100).optional(),
    status: z.union([requestStatusSchema, z.array(requestStatusSchema)]).optional(),
    /** A staff id, 'mine' (the caller), or null for unassigned requests. */
    assigneeId: z.union([positiveId, z.literal('mine'), z.null()]).optional(),
    accountType: z.enum(ACCOUNT_TYPES).optional(),
    reasonCode: z.enum(REASON_CODES).optional(),
    slaState: z.enum(SLA_STATES).optional(),
    submittedFrom: dateOrDateTimeSchema.optional(),
    submittedTo: dateOrDateTimeSchema.optional(),
    /** Decided (any decision, withdrawn included) on these Asia/Shanghai days, both inclusive. */
    decidedFrom: z.iso.date().optional(),
    decidedTo: z.iso.date().optional(),
    /**
     * Turnaround in working days of approved, rejected and paused-instead requests:
     * from exclusive, to inclusive, the histogram's (a, b] buckets (turnaroundFilter.ts).
     */
    turnaroundFrom: z.number().min(0).optional(),
    turnaroundTo: z.number().min(0).optional(),
    /** Decided (approved, rejected, paused instead) by this staff member: the throughput chart's bars. */
    decidedBy: positiveId.optional(),
    /** Submitted or in-review requests whose stored dueAt is within the next 2 working days (dueNext.ts). */
    dueNext: z.literal(true).optional(),
    id: z.union([positiveId, z.array(positiveId)]).optional(),
    accountId: positiveId.optional(),
  })
  .superRefine((f, ctx) => {
    if (turnaroundFilterReversed(f))
      ctx.addIssue({ code: 'custom', path: ['turnaroundFrom'], message: 'turnaroundFrom is above turnaroundTo' });
  });
export type RequestListFilter = z.infer<typeof requestListFilter>;
