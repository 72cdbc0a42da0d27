import type { Kysely } from 'kysely';
import { hashPassword } from '../auth/password.ts';
import type { DB } from '../db/schema.ts';
import type { Role } from '../../domain/vocabulary.ts';

export const DEMO_PASSWORD = 'demo1234';

interface DemoStaff {
  username: string;
  displayName: string;
  roles: Role[];
  email: string;
}

// One person per role, plus spares so the queue, the "never your own refund"
// rule and dual approval can all be tried out with two browser windows.
export const DEMO_STAFF: readonly DemoStaff[] = [
  { username: 'reviewer', displayName: '王芳', roles: ['reviewer'], email: 'wang.fang@example.cn' },
  { username: 'reviewer2', displayName: '李强', roles: ['reviewer'], email: 'li.qiang@example.cn' },
  { username: 'reviewer3', displayName: '陈静', roles: ['reviewer'], email: 'chen.jing@example.cn' },
  { username: 'finance', displayName: '刘洋', roles: ['finance'], email: 'liu.yang@example.cn' },
  { username: 'finance2', displayName: '赵敏', roles: ['finance'], email: 'zhao.min@example.cn' },
  { username: 'manager', displayName: '张伟', roles: ['manager', 'reviewer'], email: 'zhang.wei@example.cn' },
  { username: 'admin', displayName: '周涛', roles: ['admin'], email: 'zhou.tao@example.cn' },
];

/** Creates the demo staff that are missing; existing users (and their passwords) are kept. */
export async function seedDemoStaff(db: Kysely<DB>): Promise<number> {
  const existing = new Set((await db.selectFrom('staffUsers').select('username').execute()).map((r) => r.username));
  const missing = DEMO_STAFF.filter((s) => !existing.has(s.username));
  if (missing.length === 0) return 0;
  // argon2id runs on libuv's thread pool, so hashing in parallel is several times faster.
  const hashes = await Promise.all(missing.map(() => hashPassword(DEMO_PASSWORD)));
  const inserted = await db.transaction().execute((trx) =>
    trx
      .insertInto('staffUsers')
      .values(
        missing.map((s, i) => ({
          username: s.username,
          displayName: s.displayName,
          email: s.email,
          roles: s.roles,
          language: 'zh-CN',
          passwordHash: hashes[i] ?? '',
        })),
      )
      .onConflict((oc) => oc.column('username').doNothing())
      .returning('id')
      .execute(),
  );
  return inserted.length;
}

export interface NewAdmin {
  username: string;
  password: string;
  displayName: string;
}

/** The production first admin (CLI `--admin`); refuses to overwrite an existing user. */
export async function createAdmin(db: Kysely<DB>, admin: NewAdmin): Promise<number> {
  if (!/^[a-z0-9_.-]{2,40}$/.test(admin.username)) {
    throw new Error('username: 2-40 characters, lower-case letters, digits, "_", "." or "-"');
  }
  if (admin.password.length < 8) throw new Error('password: at least 8 characters');
  const passwordHash = await hashPassword(admin.password);
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('staffUsers')
      .select('id')
      .where('username', '=', admin.username)
      .executeTakeFirst();
    if (taken) throw new Error(`user "${admin.username}" already exists`);
    const row = await trx
      .insertInto('staffUsers')
      .values({
        username: admin.username,
        displayName: admin.displayName,
        email: null,
        roles: ['admin'],
        language: 'zh-CN',
        passwordHash,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}
