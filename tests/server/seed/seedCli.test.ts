import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../../src/server/auth/password.ts';
import { openDatabase } from '../../../src/server/db/database.ts';

const run = promisify(execFile);
const dataDir = mkdtempSync(join(tmpdir(), 'cancel-desk-seed-cli-'));

/** `npm run seed -- ...args` against a PGlite of its own (DATABASE_URL unset on purpose). */
function seedCli(args: string[], env: Record<string, string> = {}) {
  const { DATABASE_URL: _ignored, ...inherited } = process.env;
  return run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', ...args], {
    env: { ...inherited, DATA_DIR: dataDir, ...env },
    timeout: 120_000,
  });
}

describe('npm run seed', { timeout: 240_000 }, () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('migrates, seeds calendar and staff, adds requests; --admin creates only an admin', async () => {
    const seeded = await seedCli(['--requests', '20', '--now', '2026-11-25T02:00:00Z']);
    expect(seeded.stdout).toMatch(/calendar: years 2025, 2026/);
    expect(seeded.stdout).toMatch(/inserted \d+ rows/);

    await expect(seedCli(['--admin', 'boss'])).rejects.toMatchObject({
      stderr: expect.stringMatching(/ADMIN_PASSWORD/),
    });
    const admin = await seedCli(['--admin', 'boss', '--display-name', '老板'], { ADMIN_PASSWORD: 'a long secret' });
    expect(admin.stdout).toMatch(/admin "boss" created/);

    const database = await openDatabase({ dataDir });
    try {
      const requests = await database.db.selectFrom('cancellationRequests').select('id').execute();
      expect(requests).toHaveLength(20);
      const boss = await database.db
        .selectFrom('staffUsers')
        .selectAll()
        .where('username', '=', 'boss')
        .executeTakeFirstOrThrow();
      expect(boss.roles).toEqual(['admin']);
      expect(boss.displayName).toBe('老板');
      expect(await verifyPassword('a long secret', boss.passwordHash)).toBe(true);
    } finally {
      await database.close();
    }
  });
});
