import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import type { Database } from '../../src/server/db/database.ts';
import { openPage, startApp } from './appHarness.tsx';

const LONG = { timeout: 20_000 };

// Each event's row, less the header and the collapsed expand rows DataTable keeps under each.
const dataRows = () =>
  within(screen.getAllByRole('table')[0]!)
    .getAllByRole('row')
    .slice(1)
    .filter((row) => !row.id.endsWith('-expand'));

/** The audit log as the manager 张伟 reads it: the list, a filter, one event's changes. */
describe('audit log (manager)', () => {
  let api: MockApi;
  let database: Database;

  beforeAll(async () => {
    ({ api, database } = await startApp('manager'));
    // Two setting changes by the system: an action the app has no label for, so its code shows.
    await database.db
      .insertInto('auditEvents')
      .values(
        [1, 2].map((n) => ({
          actorType: 'system' as const,
          actorName: 'system',
          action: 'setting.changed',
          entityType: 'setting' as const,
          entityId: `sla-${n}`,
          before: JSON.stringify({ slaDays: 5, note: 'old rule', unchanged: true }),
          after: JSON.stringify({ slaDays: 5 + n, owner: 'ops', unchanged: true }),
        })),
      )
      .execute();
  });
  afterAll(() => api.close());

  it('lists events, narrows by a search, and shows what an event changed', async () => {
    openPage('/audit-events');
    await waitFor(() => expect(dataRows().length).toBeGreaterThan(2), { timeout: 45_000 });
    expect(screen.getByRole('menuitem', { name: /审计日志/ })).toBeInTheDocument();

    await userEvent.type(screen.getByPlaceholderText('操作代码'), 'setting.');
    await waitFor(() => expect(dataRows()).toHaveLength(2), LONG);
    for (const row of dataRows()) {
      expect(row).toHaveTextContent('setting.changed');
      expect(row).toHaveTextContent('设置 #sla-');
      expect(row).toHaveTextContent('系统');
    }

    await userEvent.click(
      within(dataRows().find((r) => r.textContent?.includes('#sla-2'))!).getByText('setting.changed'),
    );
    const diff = await screen.findByRole('table', { name: '变更' }, LONG);
    const line = (key: string) => within(diff).getByText(key).closest('tr')!;
    expect(line('slaDays')).toHaveTextContent(/^slaDays57$/);
    expect(line('owner')).toHaveTextContent('新增');
    expect(line('note')).toHaveTextContent('old rule');
    expect(line('note')).toHaveTextContent('删除');
    expect(within(diff).queryByText('unchanged')).toBeNull();
  }, 120_000);
});
