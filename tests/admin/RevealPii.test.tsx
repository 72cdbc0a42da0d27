import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import { maskPhone } from '../../src/domain/mask.ts';
import { openRequest, startApp } from './appHarness.tsx';

const LONG = { timeout: 45_000 };

/** The request page's account panel: masked, then "显示完整信息" through the audited reveal, as 张伟 (manager). */
describe('revealing an account’s full details (manager)', () => {
  let api: MockApi;
  let database: Database;

  beforeAll(async () => {
    ({ api, database } = await startApp('manager'));
  });
  afterAll(() => api.close());

  it('shows the phone masked, then in full with the note that the reveal is recorded', async () => {
    const request = await database.db
      .selectFrom('cancellationRequests as r')
      .innerJoin('accounts as a', 'a.id', 'r.accountId')
      .select(['r.id', 'r.number', 'r.accountId', 'a.phone'])
      .orderBy('r.id')
      .executeTakeFirstOrThrow();
    await openRequest(request.id, request.number);
    const panel = (await screen.findByRole('heading', { name: '账户' }, LONG)).closest('.MuiCard-root') as HTMLElement;
    expect(await within(panel).findByText(maskPhone(request.phone), {}, LONG)).toBeInTheDocument();
    expect(panel.textContent).not.toContain(request.phone);

    await userEvent.click(within(panel).getByRole('button', { name: '显示完整信息' }));

    expect(await within(panel).findByText(request.phone, {}, LONG)).toBeInTheDocument();
    expect(within(panel).getByRole('status')).toHaveTextContent('审计日志');
    await waitFor(async () => {
      const events = await database.db
        .selectFrom('auditEvents')
        .select('id')
        .where('action', '=', 'account.pii_revealed')
        .where('accountId', '=', request.accountId)
        .execute();
      expect(events).toHaveLength(1);
    });
  }, 120_000);
});
