import { afterAll, beforeAll } from 'vitest';
import type { Database } from '../../../src/server/db/database.ts';
import { addIntakeKey } from '../../support/fixtures.ts';
import { openTestDatabase, type EngineName } from '../../support/testDatabase.ts';
import { documentApi } from './documentApi.ts';

export interface DocumentSuite<Staff extends readonly string[]> {
  database: Database;
  api: ReturnType<typeof documentApi>;
  /** An intake key for every account. */
  key: string;
  /** A session cookie per name in `staff`, in the same order. */
  cookies: { -readonly [I in keyof Staff]: string };
}

/**
 * One documents test file's world: its own database, the document API over a
 * throwaway file store, the named staff logged in and an intake key, handed to
 * `ready` before the tests; the files and the database are removed after.
 */
export function useDocumentSuite<const Staff extends readonly string[]>(
  engine: EngineName,
  staff: Staff,
  ready: (suite: DocumentSuite<Staff>) => void,
): void {
  let suite: DocumentSuite<Staff> | undefined;
  beforeAll(async () => {
    const database = await openTestDatabase(engine);
    const api = documentApi(database);
    const cookies = (await Promise.all(staff.map((name) => api.login(name)))) as DocumentSuite<Staff>['cookies'];
    suite = { database, api, key: await addIntakeKey(database.db), cookies };
    ready(suite);
  });
  afterAll(async () => {
    suite?.api.cleanup();
    await suite?.database.close();
  });
}
