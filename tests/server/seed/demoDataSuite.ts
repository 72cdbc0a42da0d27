import { expect } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { seedCalendar } from '../../../src/server/seed/calendar.ts';
import { seedDemoData } from '../../../src/server/seed/demoData.ts';
import { seedDemoStaff } from '../../../src/server/seed/staff.ts';
import { freshDatabase } from './freshDatabase.ts';

// What the demo-data tests share: one seeded database per engine, and how to
// name the rows that break a rule.
export const NOW = new Date('2026-11-25T02:00:00Z');
export const SEED = 20261125;
export const REQUESTS = 200;

export async function seeded(engine: 'pglite' | 'postgres', opts: { requests: number; seed: number }) {
  const database = await freshDatabase(engine);
  await seedCalendar(database.db, { now: NOW });
  await seedDemoStaff(database.db);
  await seedDemoData(database.db, { ...opts, now: NOW });
  return database;
}

/** The numbers of the rows that break a rule: `expect(breaking(...)).toEqual([])` names them. */
export function breaking<T extends { number: string }>(rows: readonly T[], rule: (row: T) => boolean): string[] {
  expect(rows.length, 'rows to check the rule on').toBeGreaterThan(0);
  return rows.filter((row) => !rule(row)).map((row) => row.number);
}

/** What a reader of the queue sees: enough to tell two data sets apart. */
export function projection(database: Database) {
  return database.db
    .selectFrom('cancellationRequests as r')
    .innerJoin('accounts as a', 'a.id', 'r.accountId')
    .select([
      'r.number',
      'r.status',
      'r.submittedAt',
      'r.decidedAt',
      'r.dueAt',
      'a.holderName',
      'a.balanceFen',
      'a.status as accountStatus',
    ])
    .orderBy('r.number')
    .execute();
}
