import { defineConfig } from 'vitest/config';

// Two projects: Node for domain, server and API tests (PGlite and, when
// TEST_DATABASE_URL is set, PostgreSQL too); jsdom + msw for the admin UI.

export default defineConfig({
  test: {
    // vitest's default leaves one of the two cores idle; test files are
    // independent (own database each), so use both.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/domain/**/*.test.ts', 'tests/server/**/*.test.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'admin',
          environment: 'jsdom',
          include: ['tests/admin/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/setupDom.ts'],
          globalSetup: ['tests/support/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
