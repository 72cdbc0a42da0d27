import type { Database } from '../db/database.ts';
import { seedCalendar, type CalendarSeedResult } from './calendar.ts';
import { seedDemoData, type DemoDataCounts, type DemoDataOptions } from './demoData.ts';
import { seedDemoStaff } from './staff.ts';
import { attachSampleFiles } from './sampleFiles.ts';
import type { FileStore } from '../storage/fileStore.ts';

// Everything a demo needs, in dependency order: the calendar (SLA columns need
// it), the staff (histories name them), then the requests.

export interface SeedAllResult {
  calendar: CalendarSeedResult;
  staffCreated: number;
  data: DemoDataCounts;
  /** Documents given a sample file (0 without a file store). */
  sampleFiles: number;
}

export interface SeedAllOptions extends DemoDataOptions {
  /** Where the sample files go; without it the demo's documents have no file to preview. */
  files?: FileStore;
}

export async function seedAll(database: Pick<Database, 'db'>, opts: SeedAllOptions = {}): Promise<SeedAllResult> {
  const calendar = await seedCalendar(database.db, { now: opts.now });
  const staffCreated = await seedDemoStaff(database.db);
  const data = await seedDemoData(database.db, opts);
  const sampleFiles = opts.files ? await attachSampleFiles(database.db, opts.files) : 0;
  return { calendar, staffCreated, data, sampleFiles };
}

/** First start of a demo: seeds only a database nobody has used yet (no staff at all). */
export async function seedIfEmpty(database: Pick<Database, 'db'>, opts: SeedAllOptions = {}): Promise<boolean> {
  const anyone = await database.db.selectFrom('staffUsers').select('id').limit(1).executeTakeFirst();
  if (anyone) return false;
  await seedAll(database, opts);
  return true;
}
