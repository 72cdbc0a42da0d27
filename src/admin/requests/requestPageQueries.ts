import type { GetListParams } from 'react-admin';

/**
 * What a request's page reads besides the request, defined once: the panels'
 * hooks (useRequestRelated.ts, the ReferenceManyField panels) ask with these,
 * and a hovered queue row warms the same calls (requestPagePrefetch.ts). A
 * panel asking with other parameters would miss the warmed answer.
 */
type ListQuery = Pick<GetListParams, 'filter' | 'pagination' | 'sort'>;

const ALL = { page: 1, perPage: 100 };

export const documentsQuery = (requestId: number | undefined): ListQuery => ({
  filter: { requestId },
  pagination: ALL,
  sort: { field: 'id', order: 'ASC' },
});

/** The account's orders: the checklist's list, and the orders panel (its manyReference by accountId is the same URL). */
export const ordersQuery = (accountId: number | undefined): ListQuery => ({
  filter: { accountId },
  pagination: ALL,
  sort: { field: 'id', order: 'ASC' },
});

export const eventsQuery = (requestId: number | undefined): ListQuery => ({
  filter: { requestId },
  pagination: ALL,
  sort: { field: 'occurredAt', order: 'DESC' },
});

/** ReferenceManyField panels by requestId: page size and order. */
export const REFUNDS_PANEL = { perPage: 20, sort: { field: 'id', order: 'DESC' } } as const;
export const NOTIFICATIONS_PANEL = { perPage: 50, sort: { field: 'createdAt', order: 'DESC' } } as const;
export const ORDERS_PANEL = { perPage: ALL.perPage, sort: { field: 'id', order: 'ASC' } } as const;
