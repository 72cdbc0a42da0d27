import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { StatusChip } from '../../src/admin/common/StatusChip.tsx';
import { STATUS_TONES } from '../../src/admin/common/tone.ts';
import { REQUEST_STATUSES } from '../../src/domain/vocabulary.ts';
import { renderWithAdmin } from './renderWithAdmin.tsx';

describe('StatusChip', () => {
  it.each([
    ['submitted', '待审核'],
    ['in_review', '审核中'],
    ['awaiting_customer', '待补充'],
    ['approved', '已批准'],
    ['rejected', '已驳回'],
    ['paused_instead', '改为暂停服务'],
    ['withdrawn', '已撤回'],
  ])('a request in %s reads %s', async (status, label) => {
    renderWithAdmin(<StatusChip />, { record: { id: 1, status } });
    expect(await screen.findByText(label)).toBeInTheDocument();
  });

  it('reads the value of another resource when told which', async () => {
    renderWithAdmin(<StatusChip resource="accounts" value="cancelled" />);
    expect(await screen.findByText('已注销')).toBeInTheDocument();
  });

  it('shows English labels in English', async () => {
    renderWithAdmin(<StatusChip />, { record: { id: 1, status: 'awaiting_customer' }, locale: 'en' });
    expect(await screen.findByText('Awaiting customer')).toBeInTheDocument();
  });

  it('every request status has its own colour family', () => {
    expect(REQUEST_STATUSES.length).toBeGreaterThan(0);
    expect(REQUEST_STATUSES.every((s) => STATUS_TONES.requests?.[s])).toBe(true);
    expect(new Set(REQUEST_STATUSES.map((s) => STATUS_TONES.requests?.[s])).size).toBe(REQUEST_STATUSES.length);
  });
});
