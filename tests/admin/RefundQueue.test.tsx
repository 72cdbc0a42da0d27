import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { AdminContext, ListBase, ResourceContextProvider, memoryStore, testDataProvider } from 'react-admin';
import { i18nProvider } from '../../src/admin/i18n/i18nProvider.ts';
import { lightTheme } from '../../src/admin/theme.ts';
import { RefundTabs } from '../../src/admin/refunds/RefundTabs.tsx';
import { RefundWhyNotField } from '../../src/admin/refunds/RefundWhyNotField.tsx';
import { DEFAULT_REFUND_FILTER, defaultRefundFilter } from '../../src/admin/refunds/refundTabs.ts';
import { aRefund } from './refundFixtures.ts';
import { renderWithAdmin } from './renderWithAdmin.tsx';

/** Totals the fake API answers per status (and for "may approve now"), and the filters it was asked with. */
const fakeApi = () => {
  const asked: Record<string, unknown>[] = [];
  const totals: Record<string, number> = { pending_approval: 9, approved: 4, paid: 12, failed: 2, rejected: 1 };
  const dataProvider = testDataProvider({
    getList: async (_resource, { filter }) => {
      asked.push(filter);
      const total =
        filter.actionable === true
          ? 3
          : filter.status
            ? (totals[String(filter.status)] ?? 0)
            : Object.values(totals).reduce((a, b) => a + b, 0);
      // The account filter halves everything, so a test sees the counts follow the other filters.
      return { data: [], total: filter.accountId ? Math.floor(total / 2) : total } as never;
    },
  });
  return { dataProvider, asked };
};

const renderTabs = (filter: Record<string, unknown> = DEFAULT_REFUND_FILTER, locale = 'zh-CN', mayApprove = true) => {
  const api = fakeApi();
  render(
    <AdminContext
      dataProvider={api.dataProvider}
      i18nProvider={i18nProvider}
      store={memoryStore({ locale })}
      theme={lightTheme}
    >
      <ResourceContextProvider value="refunds">
        <ListBase resource="refunds" filterDefaultValues={filter} disableSyncWithLocation>
          <RefundTabs mayApprove={mayApprove} />
        </ListBase>
      </ResourceContextProvider>
    </AdminContext>,
  );
  return api;
};

describe('the refunds queue tabs', () => {
  it('finance opens on 待我审批, and every tab shows its count', async () => {
    renderTabs();
    const selected = await screen.findByRole('tab', { selected: true });
    expect(selected).toHaveTextContent('待我审批');
    expect(await within(selected).findByText('3')).toBeInTheDocument();
    const tabs = screen.getAllByRole('tab').map((t) => t.textContent);
    expect(tabs).toEqual(['待我审批3', '待付款4', '已付款12', '付款失败2', '已驳回1', '全部28']);
  });

  it('picking a tab keeps the other filters, and the counts follow them', async () => {
    const { asked } = renderTabs({ ...DEFAULT_REFUND_FILTER, accountId: 11 });
    await screen.findByRole('tab', { name: '待付款2' });
    fireEvent.click(screen.getByRole('tab', { name: /已付款/ }));
    // react-admin debounces setFilters: wait for the tab to move.
    await waitFor(() => expect(screen.getByRole('tab', { selected: true })).toHaveTextContent('已付款6'));
    expect(asked).toContainEqual({ status: 'paid', accountId: 11 });
    // 待我审批 is "may approve now": the server's actionable filter, not only the status.
    expect(asked).toContainEqual({ status: 'pending_approval', actionable: true, accountId: 11 });
  });

  it('whoever may not approve has no 待我审批 tab and opens on 全部', async () => {
    renderTabs(defaultRefundFilter(false), 'zh-CN', false);
    expect(await screen.findByRole('tab', { selected: true })).toHaveTextContent('全部');
    expect(screen.getAllByRole('tab').map((t) => t.textContent?.replace(/\d+|·/g, ''))).toEqual([
      '待付款',
      '已付款',
      '付款失败',
      '已驳回',
      '全部',
    ]);
  });

  it('reads in English too', async () => {
    renderTabs(DEFAULT_REFUND_FILTER, 'en');
    expect(await screen.findByRole('tab', { selected: true })).toHaveTextContent('Awaiting my approval');
  });
});

describe('why a row is not yours to act on', () => {
  it('says you decided its cancellation request (the domain refusal own_decision)', async () => {
    const refund = aRefund({
      availableActions: ['reject', 'amend'],
      blockedActions: {
        approve: { status: 403, code: 'own_decision', message: 'A refund is never approved by…' },
      },
    });
    renderWithAdmin(<RefundWhyNotField />, { record: refund, resource: 'refunds' });
    expect(await screen.findByTestId('why-not-7')).toHaveTextContent('你审核了这笔注销申请，其退款须由其他财务审批');
  });

  it('says a second approval needs someone else, in English', async () => {
    const refund = aRefund({
      blockedActions: { approve: { status: 403, code: 'same_approver', message: '…' } },
    });
    renderWithAdmin(<RefundWhyNotField />, { record: refund, resource: 'refunds', locale: 'en' });
    expect(await screen.findByTestId('why-not-7')).toHaveTextContent(
      'You gave the first approval: the second must come from a different finance colleague',
    );
  });

  it('looks at paying once the refund is approved', async () => {
    const refund = aRefund({
      status: 'approved',
      blockedActions: { pay: { status: 403, code: 'role_forbidden', message: '…' } },
    });
    renderWithAdmin(<RefundWhyNotField />, { record: refund, resource: 'refunds' });
    expect(await screen.findByTestId('why-not-7')).toHaveTextContent('只有财务可以对退款执行「付款」');
  });

  it('falls back to the server’s words for a refusal this interface does not know', async () => {
    const refund = aRefund({
      blockedActions: { approve: { status: 403, code: 'brand_new' as never, message: 'A new rule says no' } },
    });
    renderWithAdmin(<RefundWhyNotField />, { record: refund, resource: 'refunds' });
    expect(await screen.findByTestId('why-not-7')).toHaveTextContent('A new rule says no');
  });

  it('says nothing when you may act, or when nothing is left to do', () => {
    renderWithAdmin(<RefundWhyNotField />, { record: aRefund(), resource: 'refunds' });
    renderWithAdmin(<RefundWhyNotField />, {
      record: aRefund({ status: 'paid', availableActions: [], blockedActions: {} }),
      resource: 'refunds',
    });
    expect(screen.queryByTestId('why-not-7')).toBeNull();
  });
});
