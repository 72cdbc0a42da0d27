import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import { changedSettings, type Settings } from '../../domain/settings.ts';
import { ApiError } from '../http/errors.ts';
import { requiredVersion } from '../http/etag.ts';
import { writeAudit } from '../sql/audit.ts';
import {
  lockSettingsVersion,
  readSettings,
  readSettingsState,
  writeSettings,
  type SettingsState,
} from '../sql/settings.ts';

/**
 * Saves the settings as one object, audited (the settings that changed, before
 * and after), in one transaction. The version row is locked first, so two
 * saves run one after the other, and a save made on a stale view (another
 * admin saved since) is refused with 412 and the settings as they stand, as
 * calendar day edits are. Saving the same values again still moves the
 * version, and writes an event with nothing changed: the admin did save.
 */
export async function saveSettings(
  db: Kysely<DB>,
  input: Settings,
  expectedVersion: number | null,
  user: StaffIdentity,
  now: Date,
): Promise<SettingsState> {
  const expected = requiredVersion(expectedVersion, 'settings');
  return db.transaction().execute(async (trx) => {
    const version = await lockSettingsVersion(trx);
    if (expected !== version) {
      throw new ApiError(
        412,
        'the settings changed since you opened them: check the values and save again',
        undefined,
        {
          currentVersion: version,
          current: toApiSettings(await readSettingsState(trx)),
        },
      );
    }
    const before = await readSettings(trx);
    await writeSettings(trx, input, user.id, now, version);
    const changed = changedSettings(before, input);
    await writeAudit(trx, {
      actor: { type: 'staff', user },
      action: 'settings.changed',
      entityType: 'setting',
      entityId: 'settings',
      before: changed.before,
      after: changed.after,
      at: now,
    });
    return readSettingsState(trx);
  });
}

/** The settings state as the API answers it (dates as ISO strings). */
export const toApiSettings = (state: SettingsState) => ({
  ...state,
  updatedAt: state.updatedAt ? state.updatedAt.toISOString() : null,
});
