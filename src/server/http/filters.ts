import { z } from 'zod';
import {
  ACCOUNT_STATUSES,
  ACTOR_TYPES,
  AUDIT_ENTITY_TYPES,
  ACCOUNT_TYPES,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  NOTIFICATION_CHANNELS,
  NOTIFICATION_EVENTS,
  NOTIFICATION_STATUSES,
  ORDER_KINDS,
  ORDER_STATUSES,
  ROLES,
} from '../../domain/vocabulary.ts';
import { dateOrDateTimeSchema } from '../../domain/schemas.ts';
import { idFilter } from './listParams.ts';

// Filters each list accepts; `parseListParams` makes them strict, so an unknown
// filter is a 400, never silently ignored.
const oneOrMany = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), z.array(z.enum(values))]);
const fk = z.number().int().positive();

export const accountFilter = z.object({
  id: idFilter.optional(),
  q: z.string().max(100).optional(),
  status: oneOrMany(ACCOUNT_STATUSES).optional(),
  accountType: z.enum(ACCOUNT_TYPES).optional(),
  identityVerified: z.boolean().optional(),
});

export const orderFilter = z.object({
  id: idFilter.optional(),
  accountId: fk.optional(),
  status: oneOrMany(ORDER_STATUSES).optional(),
  kind: z.enum(ORDER_KINDS).optional(),
});

export const documentFilter = z.object({
  id: idFilter.optional(),
  requestId: fk.optional(),
  accountId: fk.optional(),
  type: oneOrMany(DOCUMENT_TYPES).optional(),
  status: oneOrMany(DOCUMENT_STATUSES).optional(),
});

const auditAction = z.string().min(1).max(60);

export const auditEventFilter = z.object({
  id: idFilter.optional(),
  requestId: fk.optional(),
  accountId: fk.optional(),
  entityType: oneOrMany(AUDIT_ENTITY_TYPES).optional(),
  entityId: z.string().max(40).optional(),
  action: z.union([auditAction, z.array(auditAction).max(100)]).optional(),
  actorId: fk.optional(),
  actorType: oneOrMany(ACTOR_TYPES).optional(),
  /** A bare date is that whole day in Asia/Shanghai, both ends inclusive. */
  occurredFrom: dateOrDateTimeSchema.optional(),
  occurredTo: dateOrDateTimeSchema.optional(),
  /** Contains, in the action code (`refund.` finds every refund event). */
  q: z.string().max(100).optional(),
});

export const userFilter = z.object({
  id: idFilter.optional(),
  q: z.string().max(100).optional(),
  role: z.enum(ROLES).optional(),
  active: z.boolean().optional(),
});

export const notificationFilter = z.object({
  id: idFilter.optional(),
  q: z.string().max(100).optional(),
  requestId: fk.optional(),
  accountId: fk.optional(),
  status: oneOrMany(NOTIFICATION_STATUSES).optional(),
  channel: z.enum(NOTIFICATION_CHANNELS).optional(),
  event: z.enum(NOTIFICATION_EVENTS).optional(),
});
