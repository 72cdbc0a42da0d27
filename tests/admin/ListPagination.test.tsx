import { screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ListContextProvider, type ListControllerResult } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { ListError } from '../../src/admin/common/ListError.tsx';
import { ListPagination } from '../../src/admin/common/ListPagination.tsx';
import { renderWithAdmin } from './renderWithAdmin.tsx';

/** A list context as the controller gives it: a page of 25 out of 502, unless told otherwise. */
const aList = (overrides: Partial<ListControllerResult> = {}) =>
  ({
    data: [],
    total: 502,
    page: 1,
    perPage: 25,
    setPage: vi.fn<(page: number) => void>(),
    setPerPage: vi.fn<(perPage: number) => void>(),
    hasNextPage: true,
    hasPreviousPage: false,
    isPending: false,
    isLoading: false,
    isFetching: false,
    isPaused: false,
    isPlaceholderData: false,
    error: null,
    refetch: vi.fn<() => void>(),
    resource: 'requests',
    ...overrides,
  }) as unknown as ListControllerResult;

const renderInList = (list: ListControllerResult, ui: ReactNode) =>
  renderWithAdmin(<ListContextProvider value={list}>{ui}</ListContextProvider>);

describe('a list without an answer', () => {
  it('shows its total when the call succeeded', async () => {
    renderInList(aList(), <ListPagination />);
    expect(await screen.findByText(/502/)).toBeInTheDocument();
  });

  it('shows no total after a failed call', () => {
    const { container } = renderInList(aList({ error: new Error('boom') }), <ListPagination />);
    expect(container.textContent).not.toMatch(/502/);
  });

  it('shows no total while offline with nothing loaded', () => {
    const { container } = renderInList(aList({ isPaused: true, isPending: true }), <ListPagination />);
    expect(container.textContent).not.toMatch(/502/);
  });

  it('says the connection is gone, with a retry that asks again', async () => {
    const list = aList({ isPaused: true, isPending: true });
    renderInList(list, <ListError />);
    expect(await screen.findByText('网络已断开')).toBeInTheDocument();
    screen.getByRole('button', { name: '重试' }).click();
    expect(list.refetch).toHaveBeenCalled();
  });

  it('names a failure from the server, with a retry', async () => {
    renderInList(aList({ error: new Error('服务暂时不可用') }), <ListError />);
    expect(await screen.findByText('页面加载失败')).toBeInTheDocument();
    expect(screen.getByText('服务暂时不可用')).toBeInTheDocument();
  });
});
