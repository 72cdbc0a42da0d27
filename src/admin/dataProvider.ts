import { fetchUtils, type DataProvider } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type { DocumentRejectInput } from '../domain/documentRejection.ts';
import type { DocumentType, RejectReasonCode } from '../domain/vocabulary.ts';
import {
  API_URL,
  COUNTS_KEY,
  forgetEarlyCalls as forgetStartedCalls,
  listKey,
  takeEarly,
  toWireFilter,
  type ListQuery,
} from './earlyCalls.ts';
import { uploadDocument, type DocumentUpload, type UploadProgress } from './documents/uploadDocument.ts';
import type { AccountPii, CancelRequest, OutboxNotification, SupportingDocument } from './types.ts';
import { refundMethods, type RefundMethods } from './refunds/refundMethods.ts';
import { staffMethods, type StaffMethods } from './users/staffMethods.ts';

export { API_URL, UNASSIGNED } from './earlyCalls.ts';

type HttpResult = Awaited<ReturnType<typeof fetchUtils.fetchJson>>;
const inFlight = new Map<string, Promise<HttpResult>>();

/**
 * GETs started before a page asks, by URL: hovering a queue row warms its
 * request page's calls (requests/requestPagePrefetch.ts). The page's own GETs
 * of the same URL take the answer while fresh, within a second of the first
 * (a later refresh asks the server); one that failed is asked again. A write
 * forgets them, as it does the early calls.
 */
const warmed = new Map<string, { at: number; takenAt?: number; call: Promise<HttpResult> }>();
const WARM_FOR_MS = 10_000;
/** The page asks some URLs twice (the checklist's orders and the orders panel): both take the one answer. */
const SHARE_TAKEN_MS = 1_000;

const takeWarm = (url: string) => {
  const warm = warmed.get(url);
  if (!warm) return undefined;
  const now = Date.now();
  warm.takenAt ??= now;
  if (now - warm.at < WARM_FOR_MS && now - warm.takenAt < SHARE_TAKEN_MS) return warm.call;
  warmed.delete(url);
  return undefined;
};

/**
 * Every call carries the session cookie; the server answers 401 when it has
 * expired. Two reads of the same URL at the same time (a request's page asks
 * for the account's orders for its checklist and for its orders panel) share
 * one response. A write ends the sharing (and drops calls started early): a
 * read asked for after it must not get an answer from before it.
 */
export const httpClient = (url: string, options: fetchUtils.Options = {}): Promise<HttpResult> => {
  if (options.method && options.method !== 'GET') {
    forgetEarlyCalls();
    const write = fetchUtils.fetchJson(url, { ...options, credentials: 'include' });
    write.then(forgetEarlyCalls, forgetEarlyCalls);
    return write;
  }
  const warm = takeWarm(url);
  if (warm) return warm.catch(() => httpClient(url, options));
  const pending = inFlight.get(url);
  if (pending) return pending;
  const call = fetchUtils.fetchJson(url, { ...options, credentials: 'include' });
  const done = () => inFlight.delete(url);
  call.then(done, done);
  inFlight.set(url, call);
  return call;
};

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

const base = simpleRestProvider(API_URL, httpClient);

/** The data provider's reads, sent now and kept for the page that will ask for them (`warmed`). */
export const warmer: Pick<DataProvider, 'getOne' | 'getList' | 'getManyReference'> = simpleRestProvider(
  API_URL,
  (url, options) => {
    const warm = warmed.get(url);
    if (warm && !warm.takenAt && Date.now() - warm.at < WARM_FOR_MS) return warm.call;
    const pending = inFlight.get(url);
    if (pending) return pending;
    const call = httpClient(url, options);
    call.catch(() => undefined); // an answer nobody takes is no error
    warmed.set(url, { at: Date.now(), call });
    return call;
  },
);

/** After login, logout or a write: what was started or is in flight belongs to the previous state. */
export function forgetEarlyCalls() {
  forgetStartedCalls();
  inFlight.clear();
  warmed.clear();
}

/** Bodies of the workflow actions (validated by src/domain/actionInputs.ts on both sides). */
export interface RequestInfoBody {
  documentTypes: DocumentType[];
  /** Open orders (numbers) the customer must finish or cancel. */
  openOrders?: string[];
  message: string;
}
export interface RejectBody {
  reasonCode: RejectReasonCode;
  customerMessage: string;
  internalNote?: string | null;
}

export type BulkAction = 'claim' | 'release' | 'reassign';
/** One line of a bulk answer: each request succeeds or is refused on its own. */
export interface BulkResult {
  id: number;
  ok: boolean;
  status?: string;
  message?: string;
  httpStatus?: number;
}

export interface CancelDeskDataProvider extends DataProvider, StaffMethods, RefundMethods {
  /** The queue's tab totals; with a search `q`, each tab's number of matches. */
  getRequestCounts: (q?: string) => Promise<RequestCounts>;
  /**
   * Workflow actions: each a POST to /api/requests/:id/<action> carrying the
   * version the user saw (`If-Match`), never a PUT of `status`. They answer
   * the updated request (new version) or throw react-admin's HttpError with
   * the server's message and body (412: `body.current`; 409/403: `body.code`).
   */
  claim: (id: number, version: number) => Promise<CancelRequest>;
  release: (id: number, version: number) => Promise<CancelRequest>;
  approve: (id: number, version: number) => Promise<CancelRequest>;
  pauseInstead: (id: number, version: number) => Promise<CancelRequest>;
  reassign: (id: number, version: number, assigneeId: number) => Promise<CancelRequest>;
  requestInfo: (id: number, version: number, body: RequestInfoBody) => Promise<CancelRequest>;
  reject: (id: number, version: number, body: RejectBody) => Promise<CancelRequest>;
  verifyIdentity: (id: number, version: number) => Promise<CancelRequest>;
  resumeReview: (id: number, version: number) => Promise<CancelRequest>;
  remind: (id: number, version: number) => Promise<CancelRequest>;
  /** The internal note (null clears it): a PUT of the request with the version the editor saw. */
  editNote: (id: number, version: number, internalNote: string | null) => Promise<CancelRequest>;
  /** Per-item results; no version check (each item is checked against its current state). */
  bulk: (action: BulkAction, ids: number[], assigneeId?: number) => Promise<BulkResult[]>;
  /**
   * The next request: my own most urgent in review (`nextReason: 'own'`), else the unclaimed one due
   * soonest, claimed (`'claimed'`); `skip` passes over the request on screen. `null`: nothing waits (404).
   */
  next: (skip?: number) => Promise<(CancelRequest & { nextReason: 'own' | 'claimed' }) | null>;
  /** Puts a failed message back in the outbox (failed → pending). */
  retryNotification: (id: number) => Promise<OutboxNotification>;
  /** Document decisions, with the document version the reviewer saw (`If-Match`). */
  verifyDocument: (id: number, version: number) => Promise<SupportingDocument>;
  rejectDocument: (id: number, version: number, body: DocumentRejectBody) => Promise<SupportingDocument>;
  /** An account's personal data in full (every other answer masks it); the server records each call. */
  revealAccountPii: (id: number) => Promise<AccountPii>;
}

/** The body of a document rejection (validated by src/domain/documentRejection.ts on the server). */
export type DocumentRejectBody = Partial<DocumentRejectInput> & Pick<DocumentRejectInput, 'reason'>;

/**
 * `create('documents', { data: { requestId, type, file: { rawFile } }, meta: { onProgress } })`:
 * a react-admin FileInput's value, uploaded as multipart to the request.
 */
export interface DocumentCreateParams {
  data: { requestId: number; type: DocumentType; file: { rawFile: File } };
  meta?: { onProgress?: (p: UploadProgress) => void };
}

/** Where a document's file is served (staff session only; inline, sniffed type). */
export const documentFileUrl = (id: number) => `${API_URL}/documents/${id}/file`;

const createDocument = async (params: DocumentCreateParams) => {
  const upload: DocumentUpload = {
    requestId: params.data.requestId,
    type: params.data.type,
    file: params.data.file.rawFile,
  };
  try {
    return { data: await uploadDocument(API_URL, upload, params.meta?.onProgress) };
  } finally {
    forgetEarlyCalls();
  }
};

const send = async <T>(method: 'POST' | 'PUT', path: string, body: unknown = {}, version?: number): Promise<T> => {
  const headers = new Headers({ Accept: 'application/json' });
  if (version !== undefined) headers.set('If-Match', `"${version}"`);
  const { json } = await httpClient(`${API_URL}${path}`, { method, headers, body: JSON.stringify(body) });
  return json as T;
};
const post = <T>(path: string, body: unknown = {}, version?: number) => send<T>('POST', path, body, version);

const requestAction = (action: string) => (id: number, version: number) =>
  post<CancelRequest>(`/requests/${id}/${action}`, {}, version);

const getList: DataProvider['getList'] = (resource, params) =>
  base.getList(resource, { ...params, filter: toWireFilter(params.filter) });

const getRequestCounts = async (q?: string) => {
  const { json } = await httpClient(`${API_URL}/requests/counts${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  return json as RequestCounts;
};

export const dataProvider: CancelDeskDataProvider = {
  ...base,
  // Generic in its record type; an early answer is the same JSON the page's own call would get.
  getList: ((resource, params) =>
    takeEarly(listKey(resource, params as ListQuery), () => getList(resource, params))) as DataProvider['getList'],
  // Generic in its record type, so the upload's concrete result needs the cast.
  create: ((resource, params) =>
    resource === 'documents'
      ? createDocument(params as DocumentCreateParams)
      : base.create(resource, params)) as DataProvider['create'],
  // With a search, each tab's matches: asked for when it is typed, never early.
  getRequestCounts: (q) => (q ? getRequestCounts(q) : takeEarly(COUNTS_KEY, () => getRequestCounts())),
  claim: requestAction('claim'),
  release: requestAction('release'),
  approve: requestAction('approve'),
  pauseInstead: requestAction('pause-instead'),
  reassign: (id, version, assigneeId) => post(`/requests/${id}/reassign`, { assigneeId }, version),
  requestInfo: (id, version, body) => post(`/requests/${id}/request-info`, body, version),
  reject: (id, version, body) => post(`/requests/${id}/reject`, body, version),
  verifyIdentity: requestAction('verify-identity'),
  resumeReview: requestAction('resume-review'),
  remind: requestAction('remind'),
  editNote: (id, version, internalNote) => send('PUT', `/requests/${id}`, { internalNote }, version),
  bulk: async (action, ids, assigneeId) =>
    (await post<{ results: BulkResult[] }>(`/requests/bulk/${action}`, assigneeId ? { ids, assigneeId } : { ids }))
      .results,
  next: async (skip) => {
    try {
      return await post<CancelRequest & { nextReason: 'own' | 'claimed' }>(
        `/requests/next${skip ? `?skip=${skip}` : ''}`,
      );
    } catch (error) {
      if ((error as { status?: number }).status === 404) return null;
      throw error;
    }
  },
  retryNotification: (id) => post(`/notifications/${id}/retry`),
  verifyDocument: (id, version) => post(`/documents/${id}/verify`, {}, version),
  rejectDocument: (id, version, body) => post(`/documents/${id}/reject`, body, version),
  revealAccountPii: async (id) => (await httpClient(`${API_URL}/accounts/${id}/pii`)).json as AccountPii,
  ...staffMethods(async (method, path, body) => {
    const init = body === undefined ? { method } : { method, body: JSON.stringify(body) };
    return (await httpClient(`${API_URL}${path}`, init)).json;
  }),
  ...refundMethods(async (method, path, { body, headers } = {}) => {
    const init = { method, headers: new Headers({ Accept: 'application/json', ...headers }) };
    const withBody = body === undefined ? init : { ...init, body: JSON.stringify(body) };
    return (await httpClient(`${API_URL}${path}`, withBody)).json;
  }),
};
