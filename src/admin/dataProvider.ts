import { fetchUtils, type DataProvider, type GetListParams } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';

/** Same origin as the page (absolute, so tests under jsdom and msw resolve it too). */
export const API_URL = `${globalThis.location?.origin ?? ''}/api`;

/** Every call carries the session cookie; the server answers 401 when it has expired. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) =>
    fetchUtils.fetchJson(url, { ...options, credentials: 'include' });

/** What GET /api/requests/counts returns: one number per status, plus `mine` and `open`. */
export interface RequestCounts {
    submitted: number;
    in_review: number;
    awaiting_customer: number;
    approved: number;
    rejected: number;
    paused_instead: number;
    withdrawn: number;
    mine: number;
    open: number;
}

/**
 * The filter form cannot hold `null` (react-admin drops empty values), so the
 * "unassigned" choice travels as this sentinel and becomes `null` on the wire.
 */
export const UNASSIGNED = 'unassigned';

const toWireFilter = (filter: GetListParams['filter']) =>
    filter?.assigneeId === UNASSIGNED ? { ...filter, assigneeId: null } : filter;

const base = simpleRestProvider(API_URL, httpClient);

export interface CancelDeskDataProvider extends DataProvider {
    getRequestCounts: () => Promise<RequestCounts>;
    // Workflow actions (claim, release, reassign, requestInfo, approve, reject,
    // pauseInstead) are added here next: each one a POST to
    // /api/requests/:id/<action> with {version, ...}, never a PUT of `status`.
}

export const dataProvider: CancelDeskDataProvider = {
    ...base,
    getList: (resource, params) =>
        base.getList(resource, { ...params, filter: toWireFilter(params.filter) }),
    getRequestCounts: async () => {
        const { json } = await httpClient(`${API_URL}/requests/counts`);
        return json as RequestCounts;
    },
};
