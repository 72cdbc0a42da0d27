import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import type { OutboxNotification } from '../../src/admin/types.ts';
import { aRequest } from '../support/fixtures.ts';
import { openPage, openRequest, startApp } from './appHarness.tsx';

const LONG = { timeout: 20_000 };

/** A request's messages to the customer and the outbox list, as the manager 张伟 sees them. */
describe('notifications (manager)', () => {
  let api: MockApi;
  let database: Database;
  let get: <T>(path: string) => Promise<T>;

  beforeAll(async () => {
    ({ api, database, get } = await startApp('manager'));
  });
  afterAll(() => api.close());

  /** An info request whose SMS failed and whose email went out, with the outbox's audit entries. */
  async function aRequestWithDeliveries() {
    const r = await aRequest(database.db, { status: 'awaiting_customer', assignee: 'reviewer' });
    const common = {
      requestId: r.id,
      accountId: r.accountId,
      event: 'info_requested' as const,
      language: 'zh-CN' as const,
      body: '请补充材料',
    };
    const [email, sms] = await database.db
      .insertInto('notifications')
      .values([
        {
          ...common,
          channel: 'email',
          recipient: 'zhang.san@example.com',
          subject: '注销申请需补充材料',
          status: 'sent',
          attempts: 1,
          sentAt: new Date(),
        },
        {
          ...common,
          channel: 'sms',
          recipient: '13800138000',
          status: 'failed',
          attempts: 6,
          lastError: 'SMS gateway timeout',
        },
      ])
      .returning('id')
      .execute();
    await database.db
      .insertInto('auditEvents')
      .values([
        {
          actorType: 'system',
          actorName: 'system',
          action: 'notification.sent',
          entityType: 'notification',
          entityId: String(email!.id),
          requestId: r.id,
          accountId: r.accountId,
          after: JSON.stringify({ channel: 'email', event: 'info_requested', attempts: 1 }),
        },
        {
          actorType: 'system',
          actorName: 'system',
          action: 'notification.failed',
          entityType: 'notification',
          entityId: String(sms!.id),
          requestId: r.id,
          accountId: r.accountId,
          after: JSON.stringify({ channel: 'sms', event: 'info_requested', attempts: 6, error: 'SMS gateway timeout' }),
        },
      ])
      .execute();
    return { ...r, emailId: email!.id, smsId: sms!.id };
  }

  it('the request page lists its messages, masked, and retries a failed one', async () => {
    const r = await aRequestWithDeliveries();
    await openRequest(r.id, r.number);
    const panel = (await screen.findByRole('heading', { name: '通知' }, LONG)).closest('.MuiCard-root') as HTMLElement;
    const smsRow = (await within(panel).findByText('138****8000', {}, LONG)).closest('tr')!;
    expect(within(smsRow).getByText('短信')).toBeInTheDocument();
    expect(within(smsRow).getByText('需补充材料')).toBeInTheDocument();
    expect(within(smsRow).getByText('发送失败')).toBeInTheDocument();
    // The refusal in words, its raw text behind it.
    expect(within(smsRow).getByText('服务器响应超时')).toBeInTheDocument();
    expect(within(smsRow).queryByText('SMS gateway timeout')).toBeNull();
    const emailRow = within(panel).getByText('zh*******@example.com').closest('tr')!;
    expect(within(emailRow).getByText('已发送')).toBeInTheDocument();
    expect(within(emailRow).queryByRole('button', { name: '重新发送' })).toBeNull();
    expect(panel.textContent).not.toContain('13800138000');

    await userEvent.click(within(smsRow).getByRole('button', { name: '重新发送' }));
    expect(await screen.findByText('已重新排队，发件箱将在下一轮发送', {}, LONG)).toBeInTheDocument();
    await waitFor(
      () => expect(within(panel).getByText('138****8000').closest('tr')!).toHaveTextContent('待发送'),
      LONG,
    );
    expect((await get<OutboxNotification>(`/api/notifications/${r.smsId}`)).status).toBe('pending');
  }, 90_000);

  it('the timeline names each delivery: channel, event, and the error of a failed one', async () => {
    const r = await aRequestWithDeliveries();
    await openRequest(r.id, r.number);
    const timeline = (await screen.findByRole('heading', { name: '处理记录' }, LONG)).closest(
      '.MuiCard-root',
    ) as HTMLElement;
    expect(await within(timeline).findByText('通知发送失败', { exact: false }, LONG)).toBeInTheDocument();
    expect(within(timeline).getByText('短信 · 需补充材料')).toBeInTheDocument();
    expect(within(timeline).getByText('错误：服务器响应超时 (SMS gateway timeout)')).toBeInTheDocument();
    expect(within(timeline).getByText('邮件 · 需补充材料')).toBeInTheDocument();
  }, 90_000);

  it('managers have the outbox in the menu, filtered to failures, with Retry', async () => {
    const r = await aRequestWithDeliveries();
    openPage(`/notifications?filter=${encodeURIComponent(JSON.stringify({ status: 'failed', requestId: r.id }))}`);
    const row = (await screen.findByText('138****8000', {}, { timeout: 45_000 })).closest('tr')!;
    expect(await within(row).findByText(r.number, {}, LONG)).toBeInTheDocument();
    expect(within(row).getByRole('button', { name: '重新发送' })).toBeEnabled();
    expect(screen.getByRole('menuitem', { name: /通知/ })).toBeInTheDocument();
  }, 90_000);
});
