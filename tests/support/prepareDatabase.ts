import type { Database } from '../../src/server/db/database.ts';
import { migrate } from '../../src/server/db/migrate.ts';
import { seedCalendar } from '../../src/server/seed/calendar.ts';
import { seedDemoStaff } from '../../src/server/seed/staff.ts';
import { seedDemoData } from '../../src/server/seed/demoData.ts';
import { TEMPLATE_REQUESTS, TEMPLATE_SEED, TEST_NOW } from './constants.ts';

/** Schema + calendar + demo staff + a small deterministic demo data set. */
export async function prepareDatabase(database: Database) {
  await migrate(database);
  await seedTemplateData(database);
}

export async function seedTemplateData(database: Database) {
  await seedCalendar(database.db, { now: TEST_NOW });
  await seedDemoStaff(database.db);
  await seedDemoData(database.db, { requests: TEMPLATE_REQUESTS, seed: TEMPLATE_SEED, now: TEST_NOW });
}
