import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { SlaChip } from '../../src/admin/requests/SlaChip.tsx';
import { slaView } from '../../src/admin/requests/slaView.ts';
import type { CancelRequest } from '../../src/admin/types.ts';
import { renderWithAdmin } from './renderWithAdmin.tsx';

const aRequest = (overrides: Partial<CancelRequest> = {}): Partial<CancelRequest> => ({
  id: 1,
  number: 'ZX261120-00042',
  status: 'in_review',
  slaState: 'on_track',
  slaPaused: false,
  workingDaysElapsed: 1.5,
  missingCalendarYears: [],
  riskAt: '2026-11-23T02:00:00.000Z',
  dueAt: '2026-11-27T02:00:00.000Z',
  ...overrides,
});

describe('SlaChip', () => {
  it('an on-track request says how many working days are left before the 7-day limit', async () => {
    renderWithAdmin(<SlaChip />, { record: aRequest({ workingDaysElapsed: 4.5, slaState: 'at_risk' }) });
    expect(await screen.findByText('剩 2.5 个工作日')).toBeInTheDocument();
  });

  it('a breached request says by how much it is overdue', async () => {
    renderWithAdmin(<SlaChip />, { record: aRequest({ workingDaysElapsed: 8.2, slaState: 'breached' }) });
    expect(await screen.findByText('超期 1.2 个工作日')).toBeInTheDocument();
  });

  it('a request waiting for the customer shows the paused clock', async () => {
    renderWithAdmin(<SlaChip />, {
      record: aRequest({ status: 'awaiting_customer', slaPaused: true, workingDaysElapsed: 2 }),
    });
    expect(await screen.findByText('已暂停计时')).toBeInTheDocument();
  });

  it('a decided request shows its turnaround', async () => {
    renderWithAdmin(<SlaChip />, {
      record: aRequest({ status: 'approved', decidedAt: '2026-11-24T02:00:00.000Z', workingDaysElapsed: 3 }),
    });
    expect(await screen.findByText('用时 3 个工作日')).toBeInTheDocument();
  });

  it('a missing calendar year is flagged, never guessed', async () => {
    renderWithAdmin(<SlaChip />, { record: aRequest({ workingDaysElapsed: null, missingCalendarYears: [2028] }) });
    expect(await screen.findByText('缺少 2028 年工作日历')).toBeInTheDocument();
  });

  it('speaks English when the user chose English', async () => {
    renderWithAdmin(<SlaChip />, { record: aRequest({ workingDaysElapsed: 8.2, slaState: 'breached' }), locale: 'en' });
    expect(await screen.findByText('1.2 work days overdue')).toBeInTheDocument();
  });
});

describe('slaView', () => {
  const base = { status: 'in_review' as const, slaPaused: false, missingCalendarYears: [] };
  it('never shows a negative number of days left', () => {
    expect(slaView({ ...base, slaState: 'at_risk', workingDaysElapsed: 7 })).toMatchObject({
      kind: 'running',
      daysLeft: 0,
    });
  });
  it('a breach that rounds to the limit still reads as overdue', () => {
    expect(slaView({ ...base, slaState: 'breached', workingDaysElapsed: 7 })).toMatchObject({
      kind: 'overdue',
      daysOver: 0.1,
    });
  });
});
