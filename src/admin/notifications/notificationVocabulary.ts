// The outbox's words as the interface filters and shows them. They mirror the
// server's outbox (its channels, states and NotificationEvent), which has no
// list in src/domain to import.

export const NOTIFICATION_STATUSES = ['pending', 'sent', 'failed'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

export const NOTIFICATION_CHANNELS = ['email', 'sms'] as const;
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** The customer-visible events the outbox announces. */
export const NOTIFICATION_EVENTS = [
  'request_received',
  'info_requested',
  'approved',
  'rejected',
  'paused_instead',
  'withdrawn',
  'refund_paid',
] as const;
