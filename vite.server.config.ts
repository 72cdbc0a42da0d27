import { cpSync } from 'node:fs';
import { defineConfig } from 'vite';

/**
 * The server, compiled for `node dist-server/start.js` with production
 * dependencies only: every package stays an import (node_modules is external
 * in an SSR build), our own TypeScript becomes JavaScript. seed.js and
 * intake-key.js are the command-line tools a production install needs (first
 * admin, intake keys). All chunks sit in dist-server/ itself, beside the
 * migrations and sample files they read from their own directory.
 */
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-server',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        start: 'src/server/start.ts',
        seed: 'scripts/seed.ts',
        'intake-key': 'scripts/intakeKey.ts',
      },
      output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
  plugins: [
    {
      name: 'copy-server-files',
      writeBundle() {
        cpSync('src/server/db/migrations', 'dist-server/migrations', { recursive: true });
        cpSync('src/server/seed/samples', 'dist-server/samples', {
          recursive: true,
          filter: (path) => !path.endsWith('.ts'),
        });
      },
    },
  ],
});
