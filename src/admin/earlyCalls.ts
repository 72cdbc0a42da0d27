/**
 * Calls a page is about to make, started before it asks: at boot, before
 * react-admin has even been evaluated (main.tsx), and right after login
 * (authProvider). When the page's own call comes, the data provider takes the
 * answer already in flight instead of sending it again. Each is handed over
 * once, and only while fresh; one that failed is not handed over (the page
 * then calls as usual and gets react-admin's own error).
 *
 * Imports nothing from react-admin: it runs in the first few kilobytes of the
 * app, while the rest of the code is still being fetched and parsed.
 */

/** Same origin as the page (absolute, so tests under jsdom and msw resolve it too). */
export const API_URL = `${globalThis.location?.origin ?? ''}/api`;

export interface ListQuery {
  filter?: Record<string, unknown>;
  sort?: { field: string; order: string };
  pagination?: { page: number; perPage: number };
}

/**
 * The filter form cannot hold `null` (react-admin drops empty values), so the
 * "unassigned" choice travels as this sentinel and becomes `null` on the wire.
 */
export const UNASSIGNED = 'unassigned';

export const toWireFilter = <F extends Record<string, unknown> | undefined>(filter: F) =>
  filter?.assigneeId === UNASSIGNED ? { ...filter, assigneeId: null } : filter;

const early = new Map<string, { at: number; result: Promise<unknown> }>();
const EARLY_FOR_MS = 10_000;

/** Same key for the same query whatever the order its object keys were written in. */
const stableJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

export const listKey = (resource: string, q: ListQuery) =>
  stableJson(['getList', resource, q.filter ?? {}, q.sort ?? null, q.pagination ?? null]);

export const COUNTS_KEY = 'requestCounts';
export const CALENDAR_STATUS_KEY = 'calendarStatus';

export const startEarly = (key: string, call: () => Promise<unknown>) => {
  if (early.has(key)) return;
  const result = call();
  result.catch(() => undefined); // a call nobody takes is no error
  early.set(key, { at: Date.now(), result });
};

/** The early call for `key`, left for the page to take: the boot paints the queue's first rows from it (requests/shell/). */
export const peekEarly = (key: string): Promise<unknown> | undefined => early.get(key)?.result;

/** The early answer for `key` if there is a fresh one that succeeds, else `call()`. */
export const takeEarly = <T>(key: string, call: () => Promise<T>): Promise<T> => {
  const hit = early.get(key);
  early.delete(key);
  return hit && Date.now() - hit.at < EARLY_FOR_MS ? (hit.result as Promise<T>).catch(call) : call();
};

/** After login, logout or a write: what was started belongs to the previous state. */
export function forgetEarlyCalls() {
  early.clear();
}

const getJson = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${API_URL}${path}`, {
    credentials: 'include',
    headers: { Accept: 'application/json', ...headers },
  });
  if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
  return { headers: response.headers, json: (await response.json()) as unknown };
};

/**
 * GET /api/<resource> as ra-data-simple-rest asks for it (sort, range, filter;
 * the total from `Content-Range`), and answered in the shape its getList returns.
 */
export const fetchList = async (resource: string, q: ListQuery) => {
  const { page, perPage } = q.pagination ?? { page: 1, perPage: 10 };
  const { field, order } = q.sort ?? { field: 'id', order: 'ASC' };
  const [from, to] = [(page - 1) * perPage, page * perPage - 1];
  const query = new URLSearchParams({
    filter: JSON.stringify(toWireFilter(q.filter) ?? {}),
    range: JSON.stringify([from, to]),
    sort: JSON.stringify([field, order]),
  });
  const { headers, json } = await getJson(`/${resource}?${query}`, { Range: `${resource}=${from}-${to}` });
  const total = parseInt(headers.get('content-range')?.split('/').pop() ?? '', 10);
  if (Number.isNaN(total)) throw new Error(`GET /${resource}: no Content-Range total`);
  return { data: json as { id: number | string }[], total };
};

export const fetchRequestCounts = async () => (await getJson('/requests/counts')).json;
const fetchCalendarStatus = async () => (await getJson('/calendar/status')).json;

/** Starts a list call (same query as the page's useGetList), the queue's counts and the calendar's status before a page asks. */
export const prefetch = {
  list: (resource: string, q: ListQuery) => startEarly(listKey(resource, q), () => fetchList(resource, q)),
  requestCounts: () => startEarly(COUNTS_KEY, fetchRequestCounts),
  calendarStatus: () => startEarly(CALENDAR_STATUS_KEY, fetchCalendarStatus),
};
