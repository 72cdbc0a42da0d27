import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { openDatabase, type Database } from '../src/server/db/database.ts';

/**
 * The database the server uses, for a command-line tool: DATABASE_URL, else the
 * PGlite in DATA_DIR (default ./data). An embedded PGlite has one user at a
 * time: stop `npm start` before running a tool against it.
 */
export async function openCliDatabase(): Promise<{ database: Database; where: string }> {
  const url = process.env.DATABASE_URL;
  if (url)
    return { database: await openDatabase({ url }), where: `PostgreSQL ${url.replace(/\/\/[^@/]*@/, '//***@')}` };
  const dataDir = resolve(process.env.DATA_DIR ?? './data');
  mkdirSync(dataDir, { recursive: true });
  return { database: await openDatabase({ dataDir }), where: `PGlite ${dataDir}` };
}
