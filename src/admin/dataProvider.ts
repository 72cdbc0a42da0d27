import { fetchUtils, type DataProvider, type GetListParams } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type { DocumentRejectInput } from '../domain/documentRejection.ts';
import type { DocumentType, RejectReasonCode } from '../domain/vocabulary.ts';
import { uploadDocument, type DocumentUpload, type UploadProgress } from './documents/uploadDocument.ts';
import type { CancelRequest, OutboxNotification, SupportingDocument } from './types.ts';

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

/** Bodies of the workflow actions (validated by src/domain/actionInputs.ts on both sides). */
export interface RequestInfoBody {
    documentTypes: DocumentType[];
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

export interface CancelDeskDataProvider extends DataProvider {
    getRequestCounts: () => Promise<RequestCounts>;
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
    /** Per-item results; no version check (each item is checked against its current state). */
    bulk: (action: BulkAction, ids: number[], assigneeId?: number) => Promise<BulkResult[]>;
    /** Claims the unclaimed request due soonest; `null` when none is waiting (the server's 404). */
    next: () => Promise<CancelRequest | null>;
    /** Puts a failed message back in the outbox (failed → pending). */
    retryNotification: (id: number) => Promise<OutboxNotification>;
    /** Document decisions, with the document version the reviewer saw (`If-Match`). */
    verifyDocument: (id: number, version: number) => Promise<SupportingDocument>;
    rejectDocument: (id: number, version: number, body: DocumentRejectBody) => Promise<SupportingDocument>;
}

/** The body of a document rejection (validated by src/domain/documentRules.ts on the server). */
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
    const upload: DocumentUpload = { requestId: params.data.requestId, type: params.data.type, file: params.data.file.rawFile };
    return { data: await uploadDocument(API_URL, upload, params.meta?.onProgress) };
};

const post = async <T,>(path: string, body: unknown = {}, version?: number): Promise<T> => {
    const headers = new Headers({ Accept: 'application/json' });
    if (version !== undefined) headers.set('If-Match', `"${version}"`);
    const { json } = await httpClient(`${API_URL}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    return json as T;
};

const requestAction = (action: string) => (id: number, version: number) =>
    post<CancelRequest>(`/requests/${id}/${action}`, {}, version);

export const dataProvider: CancelDeskDataProvider = {
    ...base,
    getList: (resource, params) =>
        base.getList(resource, { ...params, filter: toWireFilter(params.filter) }),
    // Generic in its record type, so the upload's concrete result needs the cast.
    create: ((resource, params) =>
        resource === 'documents'
            ? createDocument(params as DocumentCreateParams)
            : base.create(resource, params)) as DataProvider['create'],
    getRequestCounts: async () => {
        const { json } = await httpClient(`${API_URL}/requests/counts`);
        return json as RequestCounts;
    },
    claim: requestAction('claim'),
    release: requestAction('release'),
    approve: requestAction('approve'),
    pauseInstead: requestAction('pause-instead'),
    reassign: (id, version, assigneeId) => post(`/requests/${id}/reassign`, { assigneeId }, version),
    requestInfo: (id, version, body) => post(`/requests/${id}/request-info`, body, version),
    reject: (id, version, body) => post(`/requests/${id}/reject`, body, version),
    bulk: async (action, ids, assigneeId) =>
        (await post<{ results: BulkResult[] }>(`/requests/bulk/${action}`, assigneeId ? { ids, assigneeId } : { ids })).results,
    next: async () => {
        try {
            return await post<CancelRequest>('/requests/next');
        } catch (error) {
            if ((error as { status?: number }).status === 404) return null;
            throw error;
        }
    },
    retryNotification: (id) => post(`/notifications/${id}/retry`),
    verifyDocument: (id, version) => post(`/documents/${id}/verify`, {}, version),
    rejectDocument: (id, version, body) => post(`/documents/${id}/reject`, body, version),
};
