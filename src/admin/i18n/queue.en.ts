/**
 * The words the queue's first rows need (column titles, statuses, reasons,
 * SLA chips), in English. Apart from en.ts, which spreads them in, because
 * the boot paints the queue from them before react-admin and the rest of the
 * messages are loaded (requests/shell/). zh-CN has the same shape.
 */
export const queueEn = {
  title: 'Cancel Desk',
  list_separator: ', ',
  calendar_banner: {
    message:
      'No working-day calendar for %{years}: due dates and SLA figures reaching into it are not computed. An admin must add it.',
  },
  sla: {
    remaining: '%{days} work days left',
    overdue: '%{days} work days overdue',
    paused: 'Clock paused',
    took: 'Took %{days} work days',
    calendar_gap: 'No calendar for %{years}',
  },
  requests: {
    tabs: { mine: 'Mine', all: 'All' },
    name: 'Request |||| Requests',
    unassigned: 'Unassigned',
    fields: {
      id: 'ID',
      number: 'Request no.',
      holder: 'Holder',
      holderName: 'Holder',
      phone: 'Phone',
      accountNumber: 'Account no.',
      accountType: 'Account type',
      companyName: 'Company',
      reasonCode: 'Reason',
      reasonText: 'Customer note',
      filedBy: 'Filed by',
      agentName: 'Agent',
      channel: 'Channel',
      status: 'Status',
      assigneeId: 'Assignee',
      assigneeName: 'Assignee',
      submittedAt: 'Submitted',
      decidedAt: 'Decided',
      dueAt: 'Due',
      sla: 'SLA',
      slaState: 'SLA state',
      documents: 'Documents',
      balanceFen: 'Balance',
      submittedFrom: 'Submitted from',
      submittedTo: 'Submitted to',
      decidedFrom: 'Decided from',
      decidedTo: 'Decided to',
      turnaroundFrom: 'Turnaround over (work days)',
      turnaroundTo: 'Turnaround ≤ (work days)',
      decidedBy: 'Decided by',
      dueNext: 'Due in the next 2 working days',
      q: 'Search',
      infoRequestMessage: 'Info request',
      requestedDocTypes: 'Documents asked for',
      rejectReasonCode: 'Reject reason',
      customerMessage: 'Message to customer',
      internalNote: 'Internal note',
    },
    enums: {
      status: {
        submitted: 'Submitted',
        in_review: 'In review',
        awaiting_customer: 'Awaiting customer',
        approved: 'Approved',
        rejected: 'Rejected',
        paused_instead: 'Paused service instead',
        withdrawn: 'Withdrawn',
      },
      accountType: {
        personal: 'Personal',
        business: 'Business',
      },
      reasonCode: {
        no_longer_needed: 'No longer needed',
        switch_provider: 'Switching provider',
        moving_abroad: 'Moving abroad',
        cost: 'Too expensive',
        poor_coverage: 'Poor coverage',
        duplicate_account: 'Duplicate account',
        other: 'Other',
      },
    },
  },
  documents: {
    progress: '%{verified}/%{required} verified',
    none_required: 'None required',
  },
};

export type QueueMessages = typeof queueEn;
