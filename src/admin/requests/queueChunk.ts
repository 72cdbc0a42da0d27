/**
 * The queue's chunk. Its own module so that the boot (main.tsx, through
 * queuePrefetch.ts) can start fetching it without importing the page wrapper,
 * which needs React; pages.ts renders it.
 */
export const loadRequestList = () => import('./RequestList.tsx');
