import { DEMO_INTAKE_KEY, loadConfig, type Config } from './config.ts';
import { demoWarning, disableDemoStaff } from './demoMode.ts';
import { syncServiceKeys } from './sql/intakeKeys.ts';
import { startOutboxWorker } from './outbox/worker.ts';
import { transportsFromConfig } from './outbox/transports/index.ts';
import { openDatabase } from './db/database.ts';
import { migrate } from './db/migrate.ts';
import { createServerApp, listen } from './serve.ts';
import { seedIfEmpty } from './seed/seedAll.ts';
import { localFileStore } from './storage/localFileStore.ts';
import { startRetentionJob } from './jobs/retention.ts';
import { startEmbeddedVacuum } from './jobs/embeddedVacuum.ts';

// The server: migrate (and on first run seed) the database, then serve the
// built SPA + API on PORT. `npm start` runs it from source after building the
// SPA when needed (startFromSource.ts); `npm run build` compiles it to
// dist-server/start.js, which needs no dev tooling.
let config: Config;
try {
  config = loadConfig();
} catch (e) {
  console.error(`Cancel Desk cannot start: ${(e as Error).message}`);
  process.exit(1);
}

const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir });
const applied = await migrate(database);
if (applied.length) console.log(`Applied migrations: ${applied.join(', ')}`);
const files = localFileStore(config.filesDir);
const seeded = config.demoData ? await seedIfEmpty(database, { files }) : false;
const serviceKeys = [...config.intakeKeys, ...(config.demoData ? [{ name: 'demo', key: DEMO_INTAKE_KEY }] : [])];
const revokedKeys = await syncServiceKeys(database.db, serviceKeys);
if (revokedKeys.length) console.log(`Intake keys no longer in INTAKE_API_KEYS, revoked: ${revokedKeys.join(', ')}`);
const disabledStaff = config.demoData ? [] : await disableDemoStaff(database.db);
if (disabledStaff.length) console.log(`Demo staff with the demo password, disabled: ${disabledStaff.join(', ')}`);
const outbox = startOutboxWorker(database.db, transportsFromConfig(config), { intervalMs: config.outboxIntervalMs });
// Daily: deletes document files whose retention ended (the only deletion path),
// expired sessions and stale login failures.
const retention = startRetentionJob(database.db, files);
// Daily, embedded database only: what PostgreSQL's autovacuum would do.
const vacuum = startEmbeddedVacuum(database);

const app = createServerApp(
  { database, now: () => new Date(), secureCookies: config.secureCookies, trustProxy: config.trustProxy, files },
  config.distDir,
);
const server = await listen(app, config.port, config.host);
const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.dataDir}`;
console.log(`
Cancel Desk is running: http://localhost:${server.port}   (ready in ${process.uptime().toFixed(1)} s)
Database: ${where}${seeded ? ' - demo data created' : ''}
API: http://localhost:${server.port}/api/openapi.json`);
if (!config.secureCookies) console.log('Session cookie without Secure (INSECURE_COOKIES): plain HTTP, local use only');

if (config.demoData) console.warn(`\n${demoWarning()}\n`);

const stop = async () => {
  server.close();
  await outbox.stop();
  await retention.stop();
  await vacuum?.stop();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
