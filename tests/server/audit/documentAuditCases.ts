import { createHash } from 'node:crypto';
import type { OutgoingMessage, Transports } from '../../../src/server/outbox/transport.ts';
import { deliverDue, MAX_ATTEMPTS } from '../../../src/server/outbox/worker.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest } from '../../support/fixtures.ts';
import { blob, pngBuffer } from '../documents/documentApi.ts';
import { staffActor, type AuditWorld, type Expected } from './auditWorld.ts';

import { customer, system, type AuditCase, type Row } from './auditCaseKit.ts';

function transports(fail: boolean): Transports {
  const t = {
    async send(_m: OutgoingMessage) {
      if (fail) throw new Error('SMTP 421 try later');
    },
  };
  return { email: t, sms: t };
}

async function firstDocument(w: AuditWorld, requestId: number): Promise<Row> {
  const list = await w.reviewer.client.list<Row[]>('documents', { filter: { requestId }, sort: ['id', 'ASC'] });
  return list.body[0]!;
}

function documentEvent(
  verb: string,
  doc: Row,
  actor: Expected['actor'],
  after: Record<string, unknown>,
  before?: unknown,
): Expected {
  return {
    action: `document.${verb}`,
    entityType: 'document',
    entityId: doc.id,
    requestId: doc.requestId,
    actor,
    before,
    after,
  };
}

async function uploadCase(w: AuditWorld, by: 'staff' | 'customer') {
  const r = await aRequest(w.database.db, { documents: 'none' });
  const bytes = pngBuffer(by === 'staff' ? 9001 : 9002);
  return async () => {
    const res =
      by === 'staff'
        ? await w.docs.staffUpload(
            w.reviewer.client.cookie,
            r.id,
            'id_card_front',
            blob(bytes, 'image/png'),
            'scan.png',
          )
        : await w.docs.customerUpload(w.key, r.number, 'id_card_front', blob(bytes, 'image/png'), 'photo.png');
    const doc = { ...res.body, requestId: r.id };
    return [
      documentEvent('uploaded', doc, by === 'staff' ? staffActor(w.reviewer) : customer, {
        type: 'id_card_front',
        attempt: 1,
        status: 'submitted',
        fileName: by === 'staff' ? 'scan.png' : 'photo.png',
        mimeType: 'image/png',
        sizeBytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      }),
    ];
  };
}

/** Documents, uploads and the outbox: one case per action. */
export const documentAuditCases: AuditCase[] = [
  {
    name: 'document verify',
    async setup(w) {
      const r = await aRequest(w.database.db, { documents: 'submitted' });
      const doc = await firstDocument(w, r.id);
      return async () => {
        await w.reviewer.client.post(`/api/documents/${doc.id}/verify`, {}, { 'If-Match': `"${doc.version}"` });
        return [
          documentEvent(
            'verified',
            doc,
            staffActor(w.reviewer),
            { type: doc.type, attempt: 1, status: 'verified', version: doc.version + 1 },
            { status: 'submitted', version: doc.version },
          ),
        ];
      };
    },
  },
  {
    name: 'document reject',
    async setup(w) {
      const r = await aRequest(w.database.db, { documents: 'submitted' });
      const doc = await firstDocument(w, r.id);
      return async () => {
        await w.reviewer.client.post(
          `/api/documents/${doc.id}/reject`,
          { reason: '照片模糊' },
          { 'If-Match': `"${doc.version}"` },
        );
        return [
          documentEvent(
            'rejected',
            doc,
            staffActor(w.reviewer),
            {
              type: doc.type,
              attempt: 1,
              status: 'rejected',
              version: doc.version + 1,
              reason: '照片模糊',
              final: false,
            },
            { status: 'submitted', version: doc.version },
          ),
        ];
      };
    },
  },
  { name: 'document upload by staff', setup: (w) => uploadCase(w, 'staff') },
  { name: 'document upload by the customer (intake)', setup: (w) => uploadCase(w, 'customer') },
  {
    name: 'notification retry',
    async setup(w) {
      const failed = (
        await w.manager.client.list<Row[]>('notifications', { filter: { status: 'failed' }, range: [0, 0] })
      ).body[0]!;
      return async () => {
        await w.manager.client.post(`/api/notifications/${failed.id}/retry`);
        return [
          {
            action: 'notification.retried',
            entityType: 'notification',
            entityId: failed.id,
            requestId: failed.requestId,
            actor: staffActor(w.manager),
            before: { status: 'failed', attempts: failed.attempts },
            after: { status: 'pending' },
          },
        ];
      };
    },
  },
  // The worker runs after the cases above, so it delivers what they queued too.
  {
    name: 'outbox delivery',
    async setup(w) {
      const r = await aRequest(w.database.db);
      await w.act(w.reviewer, r.id, 'reject', r.version, { reasonCode: 'other', customerMessage: '不符合条件' });
      const pending = (
        await w.manager.client.list<Row[]>('notifications', {
          filter: { status: 'pending' },
          sort: ['id', 'ASC'],
          range: [0, 999],
        })
      ).body;
      return async () => {
        await deliverDue(w.database.db, transports(false), TEST_NOW, 1000);
        return pending.map((m) => ({
          action: 'notification.sent',
          entityType: 'notification',
          entityId: m.id,
          requestId: m.requestId,
          actor: system,
          after: { channel: m.channel, event: m.event, attempts: m.attempts + 1 },
        }));
      };
    },
  },
  {
    name: 'outbox giving up',
    async setup(w) {
      const r = await aRequest(w.database.db, { email: null });
      await w.act(w.reviewer, r.id, 'reject', r.version, { reasonCode: 'other', customerMessage: '不符合条件' });
      const hour = (n: number) => new Date(TEST_NOW.getTime() + n * 3_600_000);
      for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++)
        await deliverDue(w.database.db, transports(true), hour(attempt));
      const [sms] = (await w.manager.client.list<Row[]>('notifications', { filter: { requestId: r.id } })).body;
      return async () => {
        await deliverDue(w.database.db, transports(true), hour(MAX_ATTEMPTS));
        return [
          {
            action: 'notification.failed',
            entityType: 'notification',
            entityId: sms!.id,
            requestId: r.id,
            actor: system,
            after: { channel: 'sms', event: 'rejected', attempts: MAX_ATTEMPTS, error: 'SMTP 421 try later' },
          },
        ];
      };
    },
  },
];
