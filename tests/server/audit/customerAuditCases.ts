import { aRequest } from '../../support/fixtures.ts';
import { requestEvent, staffActor } from './auditWorld.ts';
import { customer, type AuditCase, type Row } from './auditCaseKit.ts';

/** Pause instead, the customer's own moves, the account and the note: one case per action. */
export const customerAuditCases: AuditCase[] = [
  {
    name: 'pause instead',
    async setup(w) {
      const r = await aRequest(w.database.db);
      return async () => {
        await w.act(w.reviewer, r.id, 'pause-instead', r.version);
        const actor = staffActor(w.reviewer);
        return [
          {
            action: 'account.suspended',
            entityType: 'account',
            entityId: r.accountId,
            requestId: r.id,
            actor,
            before: { status: 'active' },
            after: { status: 'suspended' },
          },
          requestEvent(
            'paused_instead',
            r.id,
            actor,
            ['in_review', w.reviewer.id, r.version],
            ['paused_instead', w.reviewer.id],
          ),
        ];
      };
    },
  },
  {
    name: 'withdraw (intake)',
    async setup(w) {
      const r = await aRequest(w.database.db);
      return async () => {
        await w.customer('POST', `/requests/${r.number}/withdraw`);
        return [
          requestEvent(
            'withdrawn',
            r.id,
            customer,
            ['in_review', w.reviewer.id, r.version],
            ['withdrawn', w.reviewer.id],
          ),
        ];
      };
    },
  },
  {
    name: 'submit (intake)',
    async setup(w) {
      const old = await aRequest(w.database.db, { status: 'withdrawn' });
      return async () => {
        await w.customer('POST', '/requests', {
          accountNumber: old.accountNumber,
          accountType: 'personal',
          reasonCode: 'cost',
        });
        const r = (
          await w.reviewer.client.list<Row[]>('requests', { filter: { accountId: old.accountId, status: 'submitted' } })
        ).body[0]!;
        return [
          {
            action: 'request.submitted',
            entityType: 'request',
            entityId: r.id,
            requestId: r.id,
            actor: customer,
            after: { status: 'submitted', channel: 'web', reasonCode: 'cost' },
          },
        ];
      };
    },
  },
  {
    name: 'account resume',
    async setup(w) {
      const r = await aRequest(w.database.db);
      await w.act(w.reviewer, r.id, 'pause-instead', r.version);
      return async () => {
        await w.admin.client.post(`/api/accounts/${r.accountId}/resume`);
        return [
          {
            action: 'account.resumed',
            entityType: 'account',
            entityId: r.accountId,
            requestId: null,
            actor: staffActor(w.admin),
            before: { status: 'suspended' },
            after: { status: 'active' },
          },
        ];
      };
    },
  },
  {
    name: 'note edit',
    async setup(w) {
      const r = await aRequest(w.database.db);
      return async () => {
        await w.reviewer.client.put(
          `/api/requests/${r.id}`,
          { internalNote: '客户来电' },
          { 'If-Match': `"${r.version}"` },
        );
        return [
          {
            action: 'request.note_updated',
            entityType: 'request',
            entityId: r.id,
            requestId: r.id,
            actor: staffActor(w.reviewer),
            before: { internalNote: null },
            after: { internalNote: '客户来电' },
          },
        ];
      };
    },
  },
];
