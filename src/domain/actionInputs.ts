import { z } from 'zod';
import { ACCOUNT_TYPES, CHANNELS, DOCUMENT_TYPES, FILED_BY, REASON_CODES, REJECT_REASON_CODES } from './vocabulary.ts';

// Bodies of the workflow actions: the server validates with these, the UI's
// dialogs use the same limits.
export const reassignInput = z.strictObject({ assigneeId: z.number().int().positive() });

export const requestInfoInput = z.strictObject({
  documentTypes: z
    .array(z.enum(DOCUMENT_TYPES))
    .max(DOCUMENT_TYPES.length)
    .refine((t) => new Set(t).size === t.length, 'each document type once'),
  /** Open orders (by number) the customer must finish or cancel first. */
  openOrders: z
    .array(z.string().trim().min(1).max(40))
    .max(50)
    .refine((t) => new Set(t).size === t.length, 'each order once')
    .default([]),
  message: z.string().trim().min(1, 'tell the customer what is needed').max(2000),
});

export const rejectInput = z.strictObject({
  reasonCode: z.enum(REJECT_REASON_CODES),
  customerMessage: z.string().trim().min(1, 'the customer must be told why').max(2000),
  internalNote: z.string().trim().max(4000).nullish(),
});

export const BULK_MAX = 200;
export const bulkInput = z.strictObject({
  ids: z
    .array(z.number().int().positive())
    .min(1)
    .max(BULK_MAX)
    .refine((ids) => new Set(ids).size === ids.length, 'each id once'),
  assigneeId: z.number().int().positive().optional(),
});

// The customer side (intake API): what the portal or customer service sends.
export const intakeSubmitInput = z
  .strictObject({
    accountNumber: z.string().trim().min(1).max(40),
    accountType: z.enum(ACCOUNT_TYPES),
    reasonCode: z.enum(REASON_CODES),
    reasonText: z.string().trim().max(2000).default(''),
    filedBy: z.enum(FILED_BY).default('holder'),
    agentName: z.string().trim().min(1).max(100).nullish(),
    channel: z.enum(CHANNELS).default('web'),
  })
  .refine((v) => v.filedBy === 'holder' || !!v.agentName, {
    message: 'a request filed by an agent names the agent',
    path: ['agentName'],
  });

export const intakeAnswerInput = z.strictObject({ message: z.string().trim().max(2000).nullish() });

/** The internal note's length limit, in characters: the server refuses longer, the editor counts down to it. */
export const INTERNAL_NOTE_MAX = 4000;

// A PUT of a request may carry more than the editable fields: react-admin sends
// the whole record back, so read-only fields are accepted and ignored, except
// that a different status is refused loudly rather than dropped.
export const requestEditInput = z.looseObject({
  internalNote: z.string().max(INTERNAL_NOTE_MAX).nullable().optional(),
  status: z.string().optional(),
  version: z.number().int().optional(),
});
