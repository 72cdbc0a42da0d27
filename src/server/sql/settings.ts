import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';
import { SETTING_KEYS, SETTING_NAMES, settingsFromRows, type Settings } from '../../domain/settings.ts';

type Db = Kysely<DB> | Transaction<DB>;

/** The settings as they stand, each one its default when its row is missing or invalid. */
export async function readSettings(db: Db): Promise<Settings> {
  const rows = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', Object.values(SETTING_KEYS))
    .execute();
  return settingsFromRows(rows);
}

/** What GET /api/settings answers: the settings, their version and the last save from the page. */
export interface SettingsState extends Settings {
  version: number;
  updatedAt: Date | null;
  updatedBy: { id: number; displayName: string } | null;
}

export async function readSettingsState(db: Db): Promise<SettingsState> {
  // One after the other: inside a transaction both go through its one connection.
  const settings = await readSettings(db);
  const revision = await db
    .selectFrom('settingsRevision')
    .leftJoin('staffUsers', 'staffUsers.id', 'settingsRevision.updatedBy')
    .select(['settingsRevision.version', 'settingsRevision.updatedAt', 'staffUsers.id', 'staffUsers.displayName'])
    .executeTakeFirstOrThrow();
  return {
    ...settings,
    version: revision.version,
    updatedAt: revision.updatedAt,
    updatedBy: revision.id === null ? null : { id: revision.id, displayName: revision.displayName ?? '' },
  };
}

/** Locks the settings' version row for a save; the version it held. */
export async function lockSettingsVersion(trx: Transaction<DB>): Promise<number> {
  const row = await trx.selectFrom('settingsRevision').select('version').forUpdate().executeTakeFirstOrThrow();
  return row.version;
}

/** Writes every setting (a missing row is inserted) and moves the version on; the new version. */
export async function writeSettings(
  trx: Transaction<DB>,
  settings: Settings,
  by: number,
  now: Date,
  version: number,
): Promise<number> {
  await trx
    .insertInto('settings')
    .values(
      SETTING_NAMES.map((name) => ({ key: SETTING_KEYS[name], value: JSON.stringify(settings[name]), updatedAt: now })),
    )
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet((eb) => ({ value: eb.ref('excluded.value'), updatedAt: eb.ref('excluded.updatedAt') })),
    )
    .execute();
  await trx
    .updateTable('settingsRevision')
    .set({ version: version + 1, updatedAt: now, updatedBy: by })
    .execute();
  return version + 1;
}

/** Refunds above this many fen need two different finance approvals (default ¥1,000). */
export async function dualApprovalThresholdFen(db: Db): Promise<number> {
  return (await readSettings(db)).refundDualApprovalFen;
}

/** Working days without an answer after which a request awaiting the customer may be rejected (default 15). */
export async function noResponseWorkingDays(db: Db): Promise<number> {
  return (await readSettings(db)).noResponseWorkingDays;
}

/** The share within the SLA the dashboard holds up as the goal (default 0.9; a number in (0, 1]). */
export async function slaTargetShare(db: Db): Promise<number> {
  return (await readSettings(db)).slaTargetShare;
}
