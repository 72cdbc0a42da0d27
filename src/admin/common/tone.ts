import type {
  AccountStatus,
  DocumentStatus,
  OrderStatus,
  RefundStatus,
  RequestStatus,
  SlaState,
} from '../../domain/vocabulary.ts';
import type { NotificationStatus } from '../../domain/vocabulary.ts';

/** The colour family a status is shown in; every chip of the app picks one of these. */
export type Tone = 'neutral' | 'info' | 'progress' | 'waiting' | 'success' | 'danger' | 'muted';

/** Status value → tone, per resource, so the same word always has the same colour. */
export const STATUS_TONES: Record<string, Record<string, Tone>> = {
  requests: {
    submitted: 'info',
    in_review: 'progress',
    awaiting_customer: 'waiting',
    approved: 'success',
    rejected: 'danger',
    paused_instead: 'neutral',
    withdrawn: 'muted',
  } satisfies Record<RequestStatus, Tone>,
  accounts: { active: 'success', suspended: 'waiting', cancelled: 'muted' } satisfies Record<AccountStatus, Tone>,
  orders: { open: 'waiting', completed: 'success', cancelled: 'muted' } satisfies Record<OrderStatus, Tone>,
  documents: { submitted: 'info', verified: 'success', rejected: 'danger', missing: 'waiting' } satisfies Record<
    DocumentStatus | 'missing',
    Tone
  >,
  refunds: {
    pending_approval: 'waiting',
    approved: 'info',
    paid: 'success',
    failed: 'danger',
    rejected: 'muted',
  } satisfies Record<RefundStatus, Tone>,
  notifications: { pending: 'waiting', sent: 'success', failed: 'danger' } satisfies Record<NotificationStatus, Tone>,
  sla: {
    on_track: 'success',
    at_risk: 'waiting',
    breached: 'danger',
    paused: 'neutral',
    done: 'muted',
  } satisfies Record<SlaState | 'paused' | 'done', Tone>,
};

export const toneOf = (resource: string, value: string): Tone => STATUS_TONES[resource]?.[value] ?? 'neutral';
