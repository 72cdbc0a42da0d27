/** The demo data's decided range the stats tests read (its requests are submitted from September). */
export const DEMO_RANGE = { from: '2026-09-01', to: '2026-11-25' };

/** GET /api/stats/turnaround with these query parameters. */
export const statsPath = (q: Record<string, string | number>) =>
  `/api/stats/turnaround?${new URLSearchParams(Object.entries(q).map(([k, v]) => [k, String(v)]))}`;
