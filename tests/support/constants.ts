/** Every test runs at this instant: Wednesday 2026-11-25 10:00 in Shanghai. */
export const TEST_NOW = new Date('2026-11-25T02:00:00Z');
/** Demo requests in the test template database (small: tests build their own fixtures). */
export const TEMPLATE_REQUESTS = 120;
export const TEMPLATE_SEED = 7;
export const testDatabaseUrl = () => process.env.TEST_DATABASE_URL || undefined;
