import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import { aRequest } from '../support/fixtures.ts';
import { openPage, startApp } from './appHarness.tsx';

const LONG = { timeout: 20_000 };

/** A refund on request from an account's page, against the real API, as the finance clerk. */
describe('CreateRefundButton (finance)', () => {
  let api: MockApi;
  let database: Database;

  beforeAll(async () => {
    ({ api, database } = await startApp('finance'));
  });
  afterAll(() => api.close());

  it('says what may be refunded, refuses more, and a fitting refund waits for approval on its page', async () => {
    // The approval left a ¥123.45 refund pending: of ¥500.00, ¥376.55 is left to refund.
    const r = await aRequest(database.db, { status: 'in_review', balanceFen: 50_000 });
    await database.db
      .insertInto('refunds')
      .values({ accountId: r.accountId, amountFen: 12_345, status: 'pending_approval' })
      .execute();
    openPage(`/accounts/${r.accountId}/show`);
    await userEvent.click(await screen.findByRole('button', { name: '新建退款' }, { timeout: 45_000 }));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    expect(within(dialog).getByText(`为账户 ${r.accountNumber} 新建退款`)).toBeInTheDocument();
    expect(
      await within(dialog).findByText('可退 ¥376.55：余额 ¥500.00，其他未付退款占用 ¥123.45。', {}, LONG),
    ).toBeInTheDocument();

    const amount = within(dialog).getByRole('textbox', { name: /金额/ });
    await userEvent.type(amount, '376.56');
    await userEvent.type(within(dialog).getByRole('textbox', { name: /原因/ }), '多扣月租，按需退还');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交审批' }));
    expect(within(dialog).getByText('超过可退的 ¥376.55')).toBeInTheDocument();

    await userEvent.clear(amount);
    await userEvent.type(amount, '100');
    await userEvent.click(within(dialog).getByRole('button', { name: '提交审批' }));
    const notice = await screen.findByText(/已提交，等待财务审批/, {}, LONG);
    const id = Number(/#(\d+)/.exec(notice.textContent ?? '')?.[1]);
    await waitFor(() => expect(window.location.hash).toBe(`#/refunds/${id}/show`), LONG);
    const row = await database.db.selectFrom('refunds').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ accountId: r.accountId, amountFen: 10_000, status: 'pending_approval' });
  }, 90_000);
});
