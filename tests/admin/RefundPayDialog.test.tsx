import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { AdminContext, memoryStore, testDataProvider } from 'react-admin';
import { i18nProvider } from '../../src/admin/i18n/i18nProvider.ts';
import { lightTheme } from '../../src/admin/theme.ts';
import PayRefundDialog from '../../src/admin/refunds/actions/PayRefundDialog.tsx';
import type { RefundPayBody } from '../../src/admin/refunds/refundMethods.ts';
import { aRefund } from './refundFixtures.ts';

/** A pay endpoint that records each call's body and key, and answers as `answer` says. */
const payApi = (answer: (call: number) => Promise<unknown>) => {
  const calls: { body: RefundPayBody; key: string; version: number }[] = [];
  const dataProvider = testDataProvider({
    payRefund: (_id: number, version: number, body: RefundPayBody, key: string) => {
      calls.push({ body, key, version });
      return answer(calls.length);
    },
    getOne: async () => ({ data: aRefund({ status: 'approved' }) }),
  } as never);
  return { dataProvider, calls };
};

const renderPay = (dataProvider: ReturnType<typeof payApi>['dataProvider']) =>
  render(
    <AdminContext
      dataProvider={dataProvider}
      i18nProvider={i18nProvider}
      store={memoryStore({ locale: 'zh-CN' })}
      theme={lightTheme}
    >
      <PayRefundDialog
        refund={aRefund({
          status: 'approved',
          amountFen: 150_000,
          version: 4,
          availableActions: ['pay'],
          blockedActions: {},
        })}
        onClose={() => undefined}
      />
    </AdminContext>,
  );

const confirm = () => fireEvent.click(screen.getByRole('button', { name: '付款 ¥1,500.00' }));
const reference = () => screen.getByRole('textbox', { name: /付款凭证号/ });

describe('the pay dialog', () => {
  it('sends nothing without a reference, and says what is missing', async () => {
    const { dataProvider, calls } = payApi(async () => ({}));
    renderPay(dataProvider);
    confirm();
    expect(await screen.findByText(/请填写银行转账凭证号/)).toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('retries the same payment with the same Idempotency-Key, and a changed one with a new key', async () => {
    // The first answer is lost (a 502 from a proxy): the retry must be recognisable as the same payment.
    const { dataProvider, calls } = payApi((n) =>
      n === 1 ? Promise.reject({ status: 502, message: 'Bad gateway' }) : Promise.reject({ status: 502 }),
    );
    renderPay(dataProvider);
    fireEvent.change(reference(), { target: { value: ' BANK-42 ' } });
    confirm();
    await waitFor(() => expect(calls).toHaveLength(1));
    await screen.findByText('未执行：付款');
    confirm();
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]!.body).toEqual({ reference: 'BANK-42' });
    expect(calls[0]!.version).toBe(4);
    expect(calls[1]!.key).toBe(calls[0]!.key);
    expect(calls[0]!.key).toMatch(/^[0-9a-f-]{36}$/);

    fireEvent.change(reference(), { target: { value: 'BANK-43' } });
    confirm();
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[2]!.key).not.toBe(calls[0]!.key);
  });
});
