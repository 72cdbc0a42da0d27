// `npm run intake-key -- --account <account number> [--name <label>]`: issues an
// intake API key bound to one account (a customer's own app, a partner acting
// for that customer) and prints it once; only its SHA-256 is stored. Such a key
// reaches that account's requests only (403 for any other). Service keys for
// every account come from INTAKE_API_KEYS instead.
// `npm run intake-key -- --revoke <key>` revokes a key.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { hashApiKey } from '../src/server/auth/requireIntakeKey.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { ensureIntakeKey } from '../src/server/sql/intakeKeys.ts';
import { openCliDatabase } from './cliDatabase.ts';

const { values: args } = parseArgs({
  options: { account: { type: 'string' }, name: { type: 'string' }, revoke: { type: 'string' } },
});

async function main(): Promise<void> {
  if (!args.account === !args.revoke)
    throw new Error('say --account <account number> to issue a key, or --revoke <key>');
  const { database, where } = await openCliDatabase();
  try {
    await migrate(database);
    if (args.revoke) {
      const revoked = await database.db
        .updateTable('intakeApiKeys')
        .set({ revokedAt: new Date() })
        .where('keyHash', '=', hashApiKey(args.revoke.trim()))
        .where('revokedAt', 'is', null)
        .returning('name')
        .executeTakeFirst();
      if (!revoked) throw new Error(`no active key like that in ${where}`);
      console.log(`revoked the key "${revoked.name}" in ${where}`);
      return;
    }
    const account = await database.db
      .selectFrom('accounts')
      .select(['id', 'accountNumber'])
      .where('accountNumber', '=', args.account!.trim())
      .executeTakeFirst();
    if (!account) throw new Error(`no account ${args.account} in ${where}`);
    const key = `cdk_${randomBytes(24).toString('base64url')}`;
    await ensureIntakeKey(database.db, args.name?.trim() || `account ${account.accountNumber}`, key, account.id);
    console.log(`intake API key for account ${account.accountNumber} (${where}); shown once, keep it safe:\n${key}`);
  } finally {
    await database.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
