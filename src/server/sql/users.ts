import { sql, type Kysely } from 'kysely';
import type { DB, StaffUserRow } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import type { Language, Role } from '../../domain/vocabulary.ts';
import type { ListParams } from '../http/listParams.ts';
import { asArray } from '../http/listParams.ts';
import { conflict, notFound } from '../http/errors.ts';
import { writeAudit } from './audit.ts';
import { containsPattern } from './like.ts';

export const USER_SORTABLE = ['id', 'username', 'displayName', 'lastLoginAt'] as const;
const SORT_COLUMNS = {
  id: 'id',
  username: 'username',
  displayName: 'displayName',
  lastLoginAt: 'lastLoginAt',
} as const;

/** The signed-in staff member as the app carries them, from their row (or the columns of it a query selected). */
export function staffIdentity(
  row: Pick<StaffUserRow, 'id' | 'username' | 'displayName' | 'roles' | 'language' | 'mustChangePassword'>,
): StaffIdentity {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    language: row.language,
    mustChangePassword: row.mustChangePassword,
  };
}

const toApi = (row: StaffUserRow) => ({
  ...staffIdentity(row),
  email: row.email,
  active: row.active,
  createdAt: row.createdAt,
  lastLoginAt: row.lastLoginAt,
  passwordChangedAt: row.passwordChangedAt,
});

export type ApiUser = ReturnType<typeof toApi>;

/** What a role that sees names only gets: who holds a request, who can take one. */
export const staffName = (u: ApiUser) => ({ id: u.id, displayName: u.displayName, roles: u.roles, active: u.active });

export function findStaffByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('staffUsers').selectAll().where('username', '=', username).executeTakeFirst();
}

/** Last login, for the admin's list: the login handler's one call. */
export async function recordLogin(db: Kysely<DB>, id: number, now: Date): Promise<void> {
  await db.updateTable('staffUsers').set({ lastLoginAt: now }).where('id', '=', id).execute();
}

export interface UserFilter {
  id?: number | number[];
  q?: string;
  role?: Role;
  active?: boolean;
}

export async function listUsers(db: Kysely<DB>, p: ListParams<UserFilter>) {
  let q = db.selectFrom('staffUsers');
  const f = p.filter;
  if (f.id !== undefined) q = q.where('id', 'in', asArray(f.id));
  if (f.q)
    q = q.where((eb) =>
      eb.or([eb('username', 'ilike', containsPattern(f.q!)), eb('displayName', 'ilike', containsPattern(f.q!))]),
    );
  if (f.role) q = q.where(sql<boolean>`${f.role} = ANY(roles)`);
  if (f.active !== undefined) q = q.where('active', '=', f.active);
  const [rows, total] = await Promise.all([
    q
      .selectAll()
      .orderBy(SORT_COLUMNS[p.sort.field as keyof typeof SORT_COLUMNS], p.sort.order)
      .orderBy('id')
      .offset(p.offset)
      .limit(p.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toApi), total: total.n };
}

export async function getUser(db: Kysely<DB>, id: number) {
  const row = await db.selectFrom('staffUsers').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toApi(row);
}

export interface NewUser {
  username: string;
  displayName: string;
  email?: string | null;
  roles: Role[];
  language: Language;
}

/** A new account with a temporary password (already hashed) that must be changed at the first login. */
export async function createUser(
  db: Kysely<DB>,
  input: NewUser,
  passwordHash: string,
  actor: StaffIdentity,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('staffUsers')
      .select('id')
      .where('username', '=', input.username)
      .executeTakeFirst();
    if (taken) throw conflict(`the username "${input.username}" is taken`);
    const row = await trx
      .insertInto('staffUsers')
      .values({
        ...input,
        email: input.email ?? null,
        passwordHash,
        mustChangePassword: true,
        createdAt: now,
        updatedAt: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    const user = toApi(row);
    await writeAudit(trx, {
      actor: { type: 'staff', user: actor },
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      after: adminFields(user),
      at: now,
    });
    return user;
  });
}

export type UserChanges = Pick<NewUser, 'displayName' | 'email' | 'roles' | 'language'>;

const adminFields = (u: Pick<ApiUser, 'username' | 'displayName' | 'email' | 'roles' | 'language' | 'active'>) => ({
  username: u.username,
  displayName: u.displayName,
  email: u.email,
  roles: u.roles,
  language: u.language,
  active: u.active,
});

async function lockUser(trx: Kysely<DB>, id: number) {
  const row = await trx.selectFrom('staffUsers').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('user');
  return toApi(row);
}

export async function updateUser(db: Kysely<DB>, id: number, changes: UserChanges, actor: StaffIdentity, now: Date) {
  return db.transaction().execute(async (trx) => {
    const before = await lockUser(trx, id);
    // Otherwise the last admin could lock everyone out of staff administration.
    if (id === actor.id && before.roles.includes('admin') && !changes.roles.includes('admin')) {
      throw conflict('you cannot remove your own admin role');
    }
    const row = await trx
      .updateTable('staffUsers')
      .set({ ...changes, email: changes.email ?? null, updatedAt: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const after = toApi(row);
    await writeAudit(trx, {
      actor: { type: 'staff', user: actor },
      action: 'user.updated',
      entityType: 'user',
      entityId: id,
      before: adminFields(before),
      after: adminFields(after),
      at: now,
    });
    return after;
  });
}

/** Disable or enable; a disabled account's sessions end in the same transaction. Never a delete: the audit points at it. */
export async function setUserActive(db: Kysely<DB>, id: number, active: boolean, actor: StaffIdentity, now: Date) {
  return db.transaction().execute(async (trx) => {
    const before = await lockUser(trx, id);
    if (!active && id === actor.id) throw conflict('you cannot disable your own account');
    const row = await trx
      .updateTable('staffUsers')
      .set({ active, updatedAt: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (!active) await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    await writeAudit(trx, {
      actor: { type: 'staff', user: actor },
      action: active ? 'user.enabled' : 'user.disabled',
      entityType: 'user',
      entityId: id,
      before: { active: before.active },
      after: { active },
      at: now,
    });
    return toApi(row);
  });
}

/**
 * A temporary password to be changed at the next login. The account's sessions
 * end too: a reset usually means the old password is lost or known to someone.
 */
export async function resetUserPassword(
  db: Kysely<DB>,
  id: number,
  passwordHash: string,
  actor: StaffIdentity,
  now: Date,
) {
  return db.transaction().execute(async (trx) => {
    await lockUser(trx, id);
    const row = await trx
      .updateTable('staffUsers')
      .set({ passwordHash, mustChangePassword: true, updatedAt: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    await writeAudit(trx, {
      actor: { type: 'staff', user: actor },
      action: 'user.password_reset',
      entityType: 'user',
      entityId: id,
      at: now,
    });
    return toApi(row);
  });
}

/** The name a refusal shows for the request's assignee ("claimed by 王芳"); null for nobody. */
export async function assigneeDisplayName(db: Kysely<DB>, assigneeId: number | null): Promise<string | null> {
  if (assigneeId === null) return null;
  const row = await db.selectFrom('staffUsers').select('displayName').where('id', '=', assigneeId).executeTakeFirst();
  return row?.displayName ?? null;
}
