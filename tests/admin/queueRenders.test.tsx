import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import type { MockApi } from '../../mocks/node.ts';
import { openPage, startApp } from './appHarness.tsx';

/** Renders of the queue's holder cell: one per row each time the rows render. */
const renders = vi.hoisted(() => ({ holder: 0 }));

vi.mock('../../src/admin/requests/HolderField.tsx', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/admin/requests/HolderField.tsx')>();
  return {
    HolderField: (props: Parameters<typeof original.HolderField>[0]) => {
      renders.holder++;
      return original.HolderField(props);
    },
  };
});

describe('the queue draws its rows', () => {
  let api: MockApi;
  beforeAll(async () => {
    ({ api } = await startApp('reviewer'));
  });
  afterAll(() => api.close());

  it('once each on first load, whatever arrives after them (counts, names, identity)', async () => {
    openPage('/requests');
    await screen.findAllByText(/ZX\d{6}-\d{5}/, {}, { timeout: 45_000 });
    const rows = screen.getAllByText(/ZX\d{6}-\d{5}/).length;
    // Let the counts, the names for the filter and the identity arrive.
    await waitFor(() => expect(screen.getByRole('tab', { selected: true }).textContent).toMatch(/\d/), {
      timeout: 20_000,
    });
    await new Promise((r) => setTimeout(r, 1500));
    // A body that remounts or re-renders its rows (a new `row` component each render, say) doubles this.
    expect(renders.holder).toBe(rows);
  }, 90_000);
});
