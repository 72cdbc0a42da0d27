import { preloadablePage } from '../layout/preloadablePage.tsx';
import { QueueSkeleton } from './QueueSkeleton.tsx';
import { loadRequestList } from './queueChunk.ts';

/**
 * The queue and a request's page, each in its own chunk. The queue's is
 * fetched as soon as the app knows it will show it (queuePrefetch.ts); the
 * request page's once the queue has painted, before the reviewer picks a row.
 */
export const RequestListPage = preloadablePage(loadRequestList, QueueSkeleton);
export const RequestShowPage = preloadablePage(() => import('./RequestShow.tsx'));
