import { aRequest } from '../../support/fixtures.ts';
import { requestEvent, staffActor } from './auditWorld.ts';
import { customer, type AuditCase, type Row } from './auditCaseKit.ts';

/** Claiming, handing over, asking and deciding: one case per action. */
export const requestAuditCases: AuditCase[] = [
  {
    name: 'claim',
    async setup(w) {
      const r = await aRequest(w.database.db, { status: 'submitted', assignee: null });
      return async () => {
        await w.act(w.reviewer, r.id, 'claim', r.version);
        return [
          requestEvent(
            'claimed',
            r.id,
            staffActor(w.reviewer),
            ['submitted', null, r.version],
            ['in_review', w.reviewer.id],
          ),
        ];
      };
    },
  },
  {
    name: 'next request',
    async setup(w) {
      // With a request of their own in review, "next" opens it and writes nothing: here it must claim.
      await w.database.db
        .updateTable('cancellationRequests')
        .set({ status: 'submitted', assigneeId: null })
        .where('assigneeId', '=', w.reviewer2.id)
        .where('status', '=', 'in_review')
        .execute();
      return async () => {
        const { body } = await w.reviewer2.client.post<Row>('/api/requests/next');
        return [
          requestEvent(
            'claimed',
            body.id,
            staffActor(w.reviewer2),
            ['submitted', null, body.version - 1],
            ['in_review', w.reviewer2.id],
          ),
        ];
      };
    },
  },
  {
    name: 'bulk claim',
    async setup(w) {
      const r = await aRequest(w.database.db, { status: 'submitted', assignee: null });
      return async () => {
        await w.reviewer.client.post('/api/requests/bulk/claim', { ids: [r.id] });
        return [
          requestEvent(
            'claimed',
            r.id,
            staffActor(w.reviewer),
            ['submitted', null, r.version],
            ['in_review', w.reviewer.id],
          ),
        ];
      };
    },
  },
  {
    name: 'release',
    async setup(w) {
      const r = await aRequest(w.database.db);
      return async () => {
        await w.act(w.reviewer, r.id, 'release', r.version);
        return [
          requestEvent(
            'released',
            r.id,
            staffActor(w.reviewer),
            ['in_review', w.reviewer.id, r.version],
            ['submitted', null],
          ),
        ];
      };
    },
  },
  {
    name: 'reassign',
    async setup(w) {
      const r = await aRequest(w.database.db);
      return async () => {
        await w.act(w.manager, r.id, 'reassign', r.version, { assigneeId: w.reviewer2.id });
        return [
          requestEvent(
            'reassigned',
            r.id,
            staffActor(w.manager),
            ['in_review', w.reviewer.id, r.version],
            ['in_review', w.reviewer2.id, { assigneeName: w.reviewer2.name }],
          ),
        ];
      };
    },
  },
  {
    name: 'request info',
    async setup(w) {
      const r = await aRequest(w.database.db);
      return async () => {
        await w.act(w.reviewer, r.id, 'request-info', r.version, {
          documentTypes: ['id_card_back'],
          message: '请上传国徽面',
        });
        return [
          requestEvent(
            'info_requested',
            r.id,
            staffActor(w.reviewer),
            ['in_review', w.reviewer.id, r.version],
            [
              'awaiting_customer',
              w.reviewer.id,
              { documentTypes: ['id_card_back'], openOrders: [], message: '请上传国徽面' },
            ],
          ),
        ];
      };
    },
  },
  {
    name: 'verify holder identity',
    async setup(w) {
      const r = await aRequest(w.database.db, { identityVerified: false });
      return async () => {
        await w.act(w.reviewer, r.id, 'verify-identity', r.version);
        // Both ID card sides, the documents the holder's data was checked against.
        const documentIds = (
          await w.database.db.selectFrom('documents').select('id').where('requestId', '=', r.id).orderBy('id').execute()
        ).map((d) => d.id);
        return [
          requestEvent(
            'identity_verified',
            r.id,
            staffActor(w.reviewer),
            ['in_review', w.reviewer.id, r.version],
            ['in_review', w.reviewer.id, { identityVerified: true, documentIds }],
          ),
          {
            action: 'account.identity_verified',
            entityType: 'account',
            entityId: r.accountId,
            requestId: r.id,
            actor: staffActor(w.reviewer),
            before: { identityVerified: false },
            after: { identityVerified: true, by: 'assignee', documentIds },
          },
        ];
      };
    },
  },
  {
    name: 'take the information request back',
    async setup(w) {
      const r = await aRequest(w.database.db, { status: 'awaiting_customer' });
      return async () => {
        await w.act(w.reviewer, r.id, 'resume-review', r.version);
        return [
          requestEvent(
            'review_resumed',
            r.id,
            staffActor(w.reviewer),
            ['awaiting_customer', w.reviewer.id, r.version],
            ['in_review', w.reviewer.id],
          ),
        ];
      };
    },
  },
  {
    name: 'remind the customer',
    async setup(w) {
      const r = await aRequest(w.database.db, { status: 'awaiting_customer' });
      // Asked the working day before: a reminder is due.
      await w.database.db
        .updateTable('cancellationRequests')
        .set({ pausedAt: new Date('2026-11-24T02:00:00Z') })
        .where('id', '=', r.id)
        .execute();
      return async () => {
        await w.act(w.reviewer, r.id, 'remind', r.version);
        return [
          requestEvent(
            'customer_reminded',
            r.id,
            staffActor(w.reviewer),
            ['awaiting_customer', w.reviewer.id, r.version],
            ['awaiting_customer', w.reviewer.id, { previousReminderAt: null }],
          ),
        ];
      };
    },
  },
  {
    name: 'customer answer (intake)',
    async setup(w) {
      const r = await aRequest(w.database.db, { status: 'awaiting_customer' });
      return async () => {
        await w.customer('POST', `/requests/${r.number}/answer`, { message: '已补充' });
        return [
          requestEvent(
            'customer_answered',
            r.id,
            customer,
            ['awaiting_customer', w.reviewer.id, r.version],
            ['in_review', w.reviewer.id, { message: '已补充' }],
          ),
        ];
      };
    },
  },
  {
    name: 'approve with a balance',
    async setup(w) {
      const r = await aRequest(w.database.db, { balanceFen: 12345 });
      return async () => {
        await w.act(w.reviewer, r.id, 'approve', r.version);
        const refund = (await w.manager.client.list<Row[]>('refunds', { filter: { requestId: r.id } })).body[0]!;
        const actor = staffActor(w.reviewer);
        return [
          {
            action: 'account.cancelled',
            entityType: 'account',
            entityId: r.accountId,
            requestId: r.id,
            actor,
            before: { status: 'active' },
            after: { status: 'cancelled' },
          },
          {
            action: 'refund.created',
            entityType: 'refund',
            entityId: refund.id,
            requestId: r.id,
            actor,
            after: { status: 'pending_approval', amountFen: 12345 },
          },
          requestEvent(
            'approved',
            r.id,
            actor,
            ['in_review', w.reviewer.id, r.version],
            ['approved', w.reviewer.id, { refundId: refund.id, refundFen: 12345 }],
          ),
        ];
      };
    },
  },
  {
    name: 'reject',
    async setup(w) {
      const r = await aRequest(w.database.db);
      return async () => {
        await w.act(w.reviewer, r.id, 'reject', r.version, {
          reasonCode: 'other',
          customerMessage: '不符合条件',
          internalNote: '内部',
        });
        return [
          requestEvent(
            'rejected',
            r.id,
            staffActor(w.reviewer),
            ['in_review', w.reviewer.id, r.version],
            ['rejected', w.reviewer.id, { reasonCode: 'other', customerMessage: '不符合条件' }],
          ),
        ];
      };
    },
  },
];
