import { preloadablePage } from '../layout/preloadablePage.tsx';

/**
 * The dashboard in a chunk of its own, with recharts: neither is in the first
 * load. Fetched when a manager signs in (their home) or on the first visit.
 */
export const DashboardPageLazy = preloadablePage(() => import('./DashboardPage.tsx'));
