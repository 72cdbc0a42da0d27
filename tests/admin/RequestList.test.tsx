import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import { maskPhone } from '../../src/domain/mask.ts';
import type { CancelRequest } from '../../src/admin/types.ts';
import type { RequestCounts } from '../../src/admin/dataProvider.ts';
import { openPage, startApp } from './appHarness.tsx';

/** The queue against the real API (msw → Hono app on a seeded PGlite). */
describe('RequestList', () => {
  let api: MockApi;
  let get: <T>(path: string) => Promise<T>;
  let database: Database;

  beforeAll(async () => {
    ({ api, get, database } = await startApp('reviewer'));
  });
  afterAll(() => api.close());

  it('opens on the submitted tab, most urgent first, with live counts and masked phones', async () => {
    const filter = encodeURIComponent(JSON.stringify({ status: 'submitted' }));
    const sort = encodeURIComponent(JSON.stringify(['dueAt', 'ASC']));
    const [first] = await get<CancelRequest[]>(
      `/api/requests?filter=${filter}&sort=${sort}&range=${encodeURIComponent('[0,0]')}`,
    );
    const counts = await get<RequestCounts>('/api/requests/counts');
    expect(first).toBeDefined();

    openPage('/requests');

    const cell = await screen.findByText(first!.number, {}, { timeout: 45_000 });
    const row = cell.closest('tr')!;
    expect(within(row).getByText(first!.holderName)).toBeInTheDocument();
    const { phone } = await database.db
      .selectFrom('accounts')
      .select('phone')
      .where('id', '=', first!.accountId)
      .executeTakeFirstOrThrow();
    expect(within(row).getByText(maskPhone(phone))).toBeInTheDocument();
    expect(row.textContent).not.toContain(phone);
    expect(within(row).getByText('待审核')).toBeInTheDocument();

    const tab = screen.getByRole('tab', { selected: true });
    expect(tab).toHaveTextContent('待审核');
    expect(await within(tab).findByText(String(counts.submitted))).toBeInTheDocument();
    expect(screen.getAllByRole('row').length).toBeGreaterThan(2);
  }, 90_000);
});
