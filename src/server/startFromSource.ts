import { buildSpa, spaIsStale } from './buildSpa.ts';
import { loadConfig } from './config.ts';

// `npm start`: a fresh clone is one command away from a running app, so the
// SPA is built here when it is missing or older than its sources; the server
// itself (start.ts) never loads Vite.
const { distDir } = loadConfig();
if (spaIsStale(process.cwd(), distDir)) {
  console.log('Building the web app (first start or sources changed)...');
  await buildSpa(process.cwd(), distDir);
}
await import('./start.ts');
