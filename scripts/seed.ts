// `npm run seed -- [--requests N] [--seed N] [--now ISO]`: adds demo requests to the
// database the server uses (DATABASE_URL, else the PGlite in DATA_DIR, default ./data),
// after migrating and loading the calendar and demo staff where missing. Appends:
// numbers come from the database's sequences, so existing rows are never touched.
//
// `npm run seed -- --admin <username> [--display-name 名字]` with ADMIN_PASSWORD set
// creates the first production admin and nothing else.
// `npm run seed -- --calendar-only` loads the working-day calendar only.
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Database } from '../src/server/db/database.ts';
import { openCliDatabase } from './cliDatabase.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { seedCalendar } from '../src/server/seed/calendar.ts';
import { DEFAULT_SEED, seedDemoData } from '../src/server/seed/demoData.ts';
import { createAdmin, seedDemoStaff } from '../src/server/seed/staff.ts';

const { values: args } = parseArgs({
  options: {
    requests: { type: 'string', default: '500' },
    seed: { type: 'string' },
    now: { type: 'string' },
    chunk: { type: 'string', default: '1000' },
    admin: { type: 'string' },
    'display-name': { type: 'string' },
    'calendar-only': { type: 'boolean', default: false },
  },
});

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} must be a whole number >= 0, got ${value}`);
  return n;
}

async function tableCounts(database: Database): Promise<Record<string, number>> {
  const tables = [
    'staffUsers',
    'accounts',
    'orders',
    'cancellationRequests',
    'documents',
    'refunds',
    'notifications',
    'auditEvents',
    'calendarDays',
  ] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await database.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

async function main(): Promise<void> {
  const started = performance.now();
  // Refuse bad input before touching the database.
  const password = process.env.ADMIN_PASSWORD;
  if (args.admin !== undefined && !password) throw new Error("set ADMIN_PASSWORD to the new admin's password");
  const requests = positiveInt('requests', args.requests);
  const chunkSize = positiveInt('chunk', args.chunk) || 1000;
  const now = args.now ? new Date(args.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`--now is not a date: ${args.now}`);

  const { database, where } = await openCliDatabase();
  try {
    const applied = await migrate(database);
    console.log(`${where}${applied.length ? `, migrated: ${applied.join(', ')}` : ''}`);

    if (args.admin !== undefined && password) {
      const id = await createAdmin(database.db, {
        username: args.admin,
        password,
        displayName: args['display-name'] ?? args.admin,
      });
      console.log(`admin "${args.admin}" created (id ${id})`);
      return;
    }

    const calendar = await seedCalendar(database.db, { now });
    console.log(
      `calendar: years ${calendar.years.join(', ') || 'none'} (${calendar.days} days in the data; existing rows kept)`,
    );
    if (args['calendar-only']) return;

    const staff = await seedDemoStaff(database.db);
    if (staff > 0) console.log(`demo staff: ${staff} created (password demo1234)`);

    const existing = (await tableCounts(database)).cancellationRequests ?? 0;
    // Appending with the default seed would repeat the same people; shift it by what is there.
    const seed = args.seed !== undefined ? positiveInt('seed', args.seed) : DEFAULT_SEED + existing;
    console.log(`adding ${requests} requests (seed ${seed}, now ${now.toISOString()}) to ${existing} existing`);
    const seedStart = performance.now();
    let lastReport = seedStart;
    const counts = await seedDemoData(database.db, {
      requests,
      seed,
      now,
      chunkSize,
      onProgress(done, total) {
        if (performance.now() - lastReport > 5000 || done === total) {
          lastReport = performance.now();
          const s = (lastReport - seedStart) / 1000;
          console.log(`  ${done}/${total} requests, ${s.toFixed(1)} s`);
        }
      },
    });
    const seconds = (performance.now() - seedStart) / 1000;
    const { rows, ...perTable } = counts;
    console.log(
      `inserted ${rows} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds)} rows/s, ${Math.round(requests / seconds)} requests/s):`,
    );
    console.log(
      `  ${Object.entries(perTable)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    // Fresh statistics for the planner: PostgreSQL's autovacuum gets to it eventually,
    // the embedded PGlite has no autovacuum at all and would plan on empty tables.
    const analyzeStart = performance.now();
    await sql`ANALYZE`.execute(database.db);
    console.log(`analyzed in ${((performance.now() - analyzeStart) / 1000).toFixed(1)} s`);
    console.log(
      `database now: ${Object.entries(await tableCounts(database))
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  } finally {
    await database.close();
    console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
