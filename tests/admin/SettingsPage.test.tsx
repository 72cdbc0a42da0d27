import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockApi } from '../../mocks/node.ts';
import { callApi, openPage, startApp } from './appHarness.tsx';

const LONG = { timeout: 45_000 };

/** The settings page as the admin uses it, against the real API. */
describe('settings (admin)', () => {
  let api: MockApi;
  let get: <T>(path: string) => Promise<T>;

  beforeAll(async () => {
    ({ api, get } = await startApp('admin'));
  });
  afterAll(() => api.close());

  const input = (label: RegExp) => screen.findByLabelText<HTMLInputElement>(label, {}, LONG);
  const retype = async (field: HTMLInputElement, text: string) => {
    await userEvent.clear(field);
    await userEvent.type(field, text);
  };

  it('shows the settings in yuan, days and percent; refuses what the schema refuses; saves the rest', async () => {
    const view = openPage('/settings');
    const yuan = await input(/超过此金额需第二位审批/);
    const target = await input(/时效目标比例/);
    expect(yuan.value).toBe('1000.00');
    expect((await input(/客户无回复可驳回的期限/)).value).toBe('15');
    expect(target.value).toBe('90');
    expect(screen.getByText(/退款金额超过此值时，需两位不同的财务审批/)).toBeTruthy();

    await retype(target, '85.5');
    expect(await screen.findByText('请输入整数百分比（如 85）', {}, LONG)).toBeTruthy();
    await retype(yuan, '12.345');
    expect(await screen.findByText('请输入金额（元），最多两位小数', {}, LONG)).toBeTruthy();

    await retype(yuan, '800');
    await retype(target, '85');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText('设置已保存', {}, LONG);
    expect(await get('/api/settings')).toMatchObject({
      refundDualApprovalFen: 80_000,
      noResponseWorkingDays: 15,
      slaTargetShare: 0.85,
      version: 2,
    });
    view.unmount();
  }, 90_000);

  it('a save on a stale view is refused: a dialog shows both, and the current values can be taken', async () => {
    const view = openPage('/settings');
    const days = await input(/客户无回复可驳回的期限/);
    await waitFor(() => expect(days.value).toBe('15'), LONG);
    // Another admin saves behind the page's back.
    const now = await get<{ version: number }>('/api/settings');
    const other = await callApi('/api/settings', {
      method: 'PUT',
      headers: { 'If-Match': `"${now.version}"` },
      body: { refundDualApprovalFen: 80_000, noResponseWorkingDays: 20, slaTargetShare: 0.85 },
    });
    expect(other.status).toBe(200);

    await retype(days, '30');
    await userEvent.click(screen.getByRole('button', { name: '保存' }));
    const dialog = await screen.findByRole('dialog', {}, LONG);
    expect(within(dialog).getByText('另一位管理员已先保存了设置')).toBeTruthy();
    const row = within(dialog).getByRole('row', { name: /无回复驳回期限/ });
    expect(within(row).getByText('20')).toBeTruthy();
    expect(within(row).getByText('30')).toBeTruthy();
    expect((await get<{ noResponseWorkingDays: number }>('/api/settings')).noResponseWorkingDays).toBe(20);

    await userEvent.click(within(dialog).getByRole('button', { name: '改用当前值' }));
    await waitFor(async () => expect((await input(/客户无回复可驳回的期限/)).value).toBe('20'), LONG);
    view.unmount();
  }, 90_000);
});
