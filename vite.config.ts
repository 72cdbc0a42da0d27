import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The SPA: index.html → src/admin/main.tsx, built to dist/ (served by the API
 * server in production). `npm run dev` proxies /api to the server on :8787.
 *
 * The entry is a small boot (main.tsx) that starts the session check and the
 * queue's calls, then imports the app (renderApp.tsx). index.html deliberately
 * does not modulepreload the app's chunks: Chromium parses preloaded modules
 * as they arrive, and the boot ran only after them (under the same load, the
 * list call left at 190-310 ms with the preloads, 140-210 ms without). The
 * boot's import() requests them all at once instead.
 *
 * Splitting: every list/show page is a React.lazy route (see each resource's
 * index.ts), so the first load holds only react, react-admin's shell and MUI
 * (the login page loads when nobody is signed in, layout/lazyLoginPage.ts);
 * react-admin's and MUI's code shared by pages lands in shared chunks chosen
 * by Rolldown. Only React itself is grouped by hand (a chunk that
 * never changes between our releases). A hand-made "all of node_modules" vendor
 * group would pull lazy-only code (pages' inputs, recharts) into the first load.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    // A polyfill of node-polyglot's for what every supported browser has (see the shim).
    alias: [
      {
        find: /^object\.entries$/,
        replacement: fileURLToPath(new URL('src/admin/shims/objectEntries.cjs', import.meta.url)),
      },
    ],
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:8787', changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Always needed, changes least: its own long-cached chunk.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
