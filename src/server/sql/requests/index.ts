// What the routes and actions read of requests; each concern has its own file here.
export { getRequest } from './getRequest.ts';
export { listRequests } from './listRequests.ts';
export { REQUEST_SORTABLE } from './sort.ts';
export { requestCounts } from './statusCounts.ts';
export { searchCounts } from './searchCounts.ts';
export type { ApiRequest } from './toApiRequest.ts';
export type { RequestFilter } from './filters.ts';
