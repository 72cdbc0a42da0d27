import { OPEN_STATUSES, REQUEST_STATUSES } from '../../domain/vocabulary.ts';
import type { RequestCounts } from '../dataProvider.ts';

type Filter = Record<string, unknown>;

/** One tab of the queue: the filter it applies and where its count comes from. */
export interface RequestTab {
  id: string;
  filter: Filter;
  count: (counts: RequestCounts) => number;
}

const MINE_FILTER = { status: [...OPEN_STATUSES], assigneeId: 'mine' };
/** 我的: the server's urgency order (running clocks by due date, paused ones after them). */
export const MINE_SORT = { field: 'urgency', order: 'ASC' } as const;

export const REQUEST_TABS: RequestTab[] = [
  { id: 'mine', filter: MINE_FILTER, count: (c) => c.mine },
  ...REQUEST_STATUSES.map((status) => ({
    id: status,
    filter: { status },
    count: (c: RequestCounts) => c[status],
  })),
  {
    id: 'all',
    filter: {},
    count: (c) => REQUEST_STATUSES.reduce((sum, status) => sum + c[status], 0),
  },
];

export const DEFAULT_TAB_FILTER: Filter = { status: 'submitted' };

const sameStatuses = (value: unknown, expected: readonly string[]) =>
  Array.isArray(value) && value.length === expected.length && expected.every((s) => value.includes(s));

/** Which tab the current filter corresponds to, or false when it matches none. */
export const activeTab = (filter: Filter): string | false => {
  const { status, assigneeId } = filter;
  if (assigneeId === 'mine' && sameStatuses(status, OPEN_STATUSES)) return 'mine';
  if (status === undefined) return 'all';
  if (typeof status === 'string') return status;
  if (Array.isArray(status) && status.length === 1) return String(status[0]);
  return false;
};

/** The filter after picking `tab`: other filters stay, the tab's own keys are replaced. */
export const filterForTab = (current: Filter, tab: RequestTab): Filter => {
  const { status: _status, ...rest } = current;
  if (activeTab(current) === 'mine') delete rest.assigneeId;
  return { ...rest, ...tab.filter };
};
