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
    },
    accounts: { active: 'success', suspended: 'waiting', cancelled: 'muted' },
    orders: { open: 'waiting', completed: 'success', cancelled: 'muted' },
    documents: { submitted: 'info', verified: 'success', rejected: 'danger', missing: 'waiting' },
    refunds: {
        pending_approval: 'waiting',
        approved: 'info',
        paid: 'success',
        failed: 'danger',
        rejected: 'muted',
    },
    notifications: { pending: 'waiting', sent: 'success', failed: 'danger' },
    sla: { on_track: 'success', at_risk: 'waiting', breached: 'danger', paused: 'neutral', done: 'muted' },
};

export const toneOf = (resource: string, value: string): Tone =>
    STATUS_TONES[resource]?.[value] ?? 'neutral';
