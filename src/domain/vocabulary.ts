// The words the product is made of. Each list is the single source for the
// database CHECKs' values, the zod enums in schemas.ts and the UI's choices.

export const REQUEST_STATUSES = [
  'submitted',
  'in_review',
  'awaiting_customer',
  'approved',
  'rejected',
  'paused_instead',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** Statuses still being worked: the SLA clock runs (or is paused) and actions may change them. */
export const OPEN_STATUSES = ['submitted', 'in_review', 'awaiting_customer'] as const;
export type OpenStatus = (typeof OPEN_STATUSES)[number];

/** Decisions: final, the request never changes again. */
export const DECIDED_STATUSES = ['approved', 'rejected', 'paused_instead', 'withdrawn'] as const;
export type DecidedStatus = (typeof DECIDED_STATUSES)[number];

// Takes any string so raw values (query params, rows) can be checked without a cast.
export function isOpenStatus(s: string): s is OpenStatus {
  return (OPEN_STATUSES as readonly string[]).includes(s);
}

export function isDecidedStatus(s: string): s is DecidedStatus {
  return (DECIDED_STATUSES as readonly string[]).includes(s);
}

export const ACCOUNT_TYPES = ['personal', 'business'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const ACCOUNT_STATUSES = ['active', 'suspended', 'cancelled'] as const;
export type AccountStatus = (typeof ACCOUNT_STATUSES)[number];

/** Who filed the request: the account holder, or someone acting for them. */
export const FILED_BY = ['holder', 'agent'] as const;
export type FiledBy = (typeof FILED_BY)[number];

export const CHANNELS = ['web', 'app', 'customer_service'] as const;
export type Channel = (typeof CHANNELS)[number];

export const REASON_CODES = [
  'no_longer_needed',
  'switch_provider',
  'moving_abroad',
  'cost',
  'poor_coverage',
  'duplicate_account',
  'other',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

export const REJECT_REASON_CODES = [
  'identity_mismatch',
  'documents_invalid',
  'outstanding_orders',
  'not_account_holder',
  'duplicate_request',
  /** The customer did not answer an information request within the set working days. */
  'no_response',
  'other',
] as const;
export type RejectReasonCode = (typeof REJECT_REASON_CODES)[number];

export const DOCUMENT_TYPES = [
  'id_card_front',
  'id_card_back',
  'id_card_handheld',
  'business_license',
  'authorization_letter',
  'proof_of_purchase',
  'other',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const DOCUMENT_STATUSES = ['submitted', 'verified', 'rejected'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

export const ORDER_KINDS = ['long_term_package', 'addon_data_pack'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const ORDER_STATUSES = ['open', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const REFUND_STATUSES = ['pending_approval', 'approved', 'paid', 'failed', 'rejected'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];

export const ROLES = ['reviewer', 'finance', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const SLA_STATES = ['on_track', 'at_risk', 'breached'] as const;
export type SlaState = (typeof SLA_STATES)[number];

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type CardKind = 'sim' | 'esim';

/** Who stands behind an audit event. */
export const ACTOR_TYPES = ['staff', 'customer', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** What an audit event is about. */
export const AUDIT_ENTITY_TYPES = [
  'request',
  'account',
  'order',
  'document',
  'refund',
  'notification',
  'user',
  'calendar',
  'setting',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

/** Who uploaded a document. */
export type UploaderKind = 'customer' | 'staff';

/** The customer-visible events the outbox announces. */
export const NOTIFICATION_EVENTS = [
  'request_received',
  'info_requested',
  'approved',
  'rejected',
  'paused_instead',
  'refund_paid',
  'refund_rejected',
  'withdrawn',
  'info_reminder',
  'rejected_no_response',
] as const;
export type NotificationEvent = (typeof NOTIFICATION_EVENTS)[number];

export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** A calendar exception to Monday-Friday: a public holiday, or a weekend day worked (调休). */
export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];
