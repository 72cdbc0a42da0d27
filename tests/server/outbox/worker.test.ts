import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../../src/server/db/database.ts';
import { backoffMs, deliverDue, MAX_ATTEMPTS } from '../../../src/server/outbox/worker.ts';
import { logTransport } from '../../../src/server/outbox/transports/logTransport.ts';
import type { OutgoingMessage, Transports } from '../../../src/server/outbox/transport.ts';
import { apiClient } from '../../support/apiClient.ts';
import { TEST_NOW } from '../../support/constants.ts';
import { aRequest, auditFor, outboxFor } from '../../support/fixtures.ts';
import { openTestDatabase, testEngines } from '../../support/testDatabase.ts';

/** A transport that records what it was asked to send, optionally failing. */
function recorder(fail = false) {
  const sent: OutgoingMessage[] = [];
  const t = {
    async send(m: OutgoingMessage) {
      await new Promise((r) => setTimeout(r, 2));
      if (fail) throw new Error('SMTP 421 try later');
      sent.push(m);
    },
  };
  return { sent, transports: { email: t, sms: t } as Transports };
}

describe.each(testEngines())('outbox on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine, 'empty');
  });
  afterAll(() => database.close());

  async function pendingMessages(count: number) {
    const { seedCalendar } = await import('../../../src/server/seed/calendar.ts');
    const { seedDemoStaff } = await import('../../../src/server/seed/staff.ts');
    await seedCalendar(database.db, { now: TEST_NOW });
    await seedDemoStaff(database.db);
    const r = await aRequest(database.db);
    await database.db
      .insertInto('notifications')
      .values(
        Array.from({ length: count }, (_, i) => ({
          requestId: r.id,
          accountId: r.accountId,
          event: 'approved',
          channel: i % 2 ? 'sms' : 'email',
          language: 'zh-CN',
          recipient: i % 2 ? '13900000000' : 'a@example.com',
          subject: i % 2 ? null : '主题',
          body: `消息 ${i}`,
          nextAttemptAt: TEST_NOW,
        })),
      )
      .execute();
    return r;
  }

  it('two workers running at once deliver every message exactly once', async () => {
    const r = await pendingMessages(40);
    const a = recorder();
    const b = recorder();
    let rounds = 0;
    for (;;) {
      const [x, y] = await Promise.all([
        deliverDue(database.db, a.transports, TEST_NOW, 7),
        deliverDue(database.db, b.transports, TEST_NOW, 7),
      ]);
      rounds++;
      if (x.sent + y.sent === 0) break;
    }
    const ids = [...a.sent, ...b.sent].map((m) => m.id);
    expect(ids).toHaveLength(40);
    expect(new Set(ids).size).toBe(40);
    expect(a.sent.length).toBeGreaterThan(0);
    expect(b.sent.length).toBeGreaterThan(0);
    expect(rounds).toBeGreaterThan(1);
    const rows = await outboxFor(database.db, r.id);
    expect(rows).toHaveLength(40);
    expect(rows.every((m) => m.status === 'sent' && m.attempts === 1 && m.sentAt !== null)).toBe(true);
    expect(await auditFor(database.db, r.id, 'notification.sent')).toHaveLength(40);
  });

  it('a failing transport retries with backoff, then marks the message failed where staff can see it and retry it', async () => {
    const r = await pendingMessages(1);
    const failing = recorder(true);
    let now = TEST_NOW;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const report = await deliverDue(database.db, failing.transports, now);
      expect(report).toEqual(
        attempt < MAX_ATTEMPTS ? { sent: 0, retrying: 1, failed: 0 } : { sent: 0, retrying: 0, failed: 1 },
      );
      // Not due again before its backoff has passed.
      expect(
        (await deliverDue(database.db, failing.transports, new Date(now.getTime() + backoffMs(attempt) - 1000)))
          .retrying,
      ).toBe(0);
      now = new Date(now.getTime() + backoffMs(attempt));
    }
    const [row] = await outboxFor(database.db, r.id);
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, lastError: 'SMTP 421 try later' });
    expect(await auditFor(database.db, r.id, 'notification.failed')).toHaveLength(1);

    const staff = await apiClient(database).login('manager');
    const failed = await staff.list<any[]>('notifications', { filter: { requestId: r.id, status: 'failed' } });
    expect(failed.body).toHaveLength(1);
    const retried = await staff.post<any>(`/api/notifications/${row!.id}/retry`);
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await staff.post(`/api/notifications/${row!.id}/retry`)).status).toBe(409);
    const ok = recorder();
    expect(await deliverDue(database.db, ok.transports, TEST_NOW)).toEqual({ sent: 1, retrying: 0, failed: 0 });
  });

  it('the log transport writes an .eml and a .txt a person can read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    try {
      const lines: string[] = [];
      const t = logTransport(dir, (l) => lines.push(l));
      await t.send({
        id: 7,
        channel: 'email',
        recipient: 'a@example.com',
        subject: '账户已注销',
        body: '注销不可撤销',
        language: 'zh-CN',
        event: 'approved',
      });
      await t.send({
        id: 8,
        channel: 'sms',
        recipient: '13900000000',
        subject: null,
        body: '请备份数据',
        language: 'zh-CN',
        event: 'approved',
      });
      expect(readdirSync(dir).sort()).toEqual(['7-email.eml', '8-sms.txt']);
      expect(readFileSync(join(dir, '7-email.eml'), 'utf8')).toContain('Subject: 账户已注销');
      expect(readFileSync(join(dir, '8-sms.txt'), 'utf8')).toContain('请备份数据');
      expect(lines).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
