import { listKey, prefetch } from '../earlyCalls.ts';
import { loadRequestList } from './queueChunk.ts';
import { DEFAULT_TAB_FILTER } from './requestTabs.ts';

/** The queue's order and page size (RequestList's List props). */
export const QUEUE_SORT = { field: 'dueAt', order: 'ASC' } as const;
export const QUEUE_PER_PAGE = 25;
/** The colleagues the assignee filter offers (AssigneeInput's query). */
export const STAFF_CHOICES_QUERY = {
  pagination: { page: 1, perPage: 200 },
  sort: { field: 'id', order: 'ASC' },
} as const;

interface QueueQuery {
  filter?: Record<string, unknown>;
  sort?: string;
  order?: string;
  page?: number | string;
  perPage?: number | string;
}

const parseJson = (text: string | null | undefined): unknown => {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
};

/** The query react-admin's list will read: the URL's if it has one, else the stored one, else the defaults. */
const queueQuery = (hash: string): QueueQuery => {
  const search = new URLSearchParams(hash.split('?')[1] ?? '');
  if ([...search.keys()].length > 0) {
    const { filter, ...rest } = Object.fromEntries(search);
    return { ...rest, filter: parseJson(filter) as QueueQuery['filter'] };
  }
  const stored = parseJson(localStorage.getItem('RaStore.requests.listParams')) as QueueQuery | undefined;
  const custom =
    stored?.filter &&
    (Object.keys(stored.filter).length > 0 ||
      stored.sort != null ||
      stored.perPage != null ||
      Number(stored.page ?? 1) !== 1);
  return custom ? stored : { filter: DEFAULT_TAB_FILTER };
};

const toNumber = (value: number | string | undefined, fallback: number) => {
  const n = Number(value);
  return value === undefined || Number.isNaN(n) ? fallback : n;
};

/** True for the queue's route: `#/requests`, with or without a query. */
export const isQueueRoute = (hash: string) => /^#\/requests\/?(\?|$)/.test(hash);

/**
 * The queue's calls, started at once and in parallel: the page of requests,
 * the tab counts, the names for the assignee filter and the calendar's status
 * (its banner). The queue's own calls then take these (earlyCalls.ts) instead
 * of starting one after another. Light on imports: main.tsx runs it before
 * react-admin's code has been evaluated. Returns the list call's key
 * (earlyCalls.ts) and its filter, for the boot's first paint of the rows.
 */
export const prefetchQueueCalls = (hash = location.hash) => {
  const query = queueQuery(hash);
  const list = {
    filter: query.filter ?? {},
    sort: { field: query.sort ?? QUEUE_SORT.field, order: query.order ?? QUEUE_SORT.order },
    pagination: { page: toNumber(query.page, 1), perPage: toNumber(query.perPage, QUEUE_PER_PAGE) },
  };
  // In the order the first paint needs them: the embedded database answers one query at a time.
  prefetch.list('requests', list);
  prefetch.calendarStatus();
  prefetch.requestCounts();
  prefetch.list('users', STAFF_CHOICES_QUERY);
  return { key: listKey('requests', list), filter: list.filter, sort: list.sort };
};

/**
 * Everything the queue's first paint waits on: its calls and the page's chunk.
 * The chunk comes after the calls: its ~30 files would otherwise take the
 * browser's six connections to this host first, and the calls would wait
 * behind them.
 */
export const prefetchQueue = (hash = location.hash) => {
  const query = prefetchQueueCalls(hash);
  void loadRequestList().catch(() => undefined);
  return query;
};
