import { loadConfig } from './config.ts';
import { createApp } from './app.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { listen } from './serve.ts';
import { seedIfEmpty } from './seed/seedAll.ts';
import { localFileStore } from './storage/localFileStore.ts';

// The API alone, for `npm run dev` (Vite serves the SPA with HMR and proxies /api here).
const config = loadConfig();
const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
await migrate(database);
const files = localFileStore(config.filesDir);
if (config.demoData) await seedIfEmpty(database, { files });
const server = await listen(
  createApp({ database, now: () => new Date(), secureCookies: false, files }),
  config.port,
  '127.0.0.1',
);
console.log(`API (dev) on http://127.0.0.1:${server.port}/api`);
