import { sql, type Kysely } from 'kysely';
import type { DB, StaffUserRow } from '../db/schema.ts';
import type { StaffIdentity } from '../context.ts';
import type { Role } from '../../domain/vocabulary.ts';
import type { ListParams } from '../http/listParams.ts';
import { asArray } from '../http/listParams.ts';
import { containsPattern } from './like.ts';

export const USER_SORTABLE = ['id', 'username', 'displayName'] as const;
const SORT_COLUMNS = { id: 'id', username: 'username', displayName: 'displayName' } as const;

/** The signed-in staff member as the app carries them, from their row (or the columns of it a query selected). */
export function staffIdentity(
  row: Pick<StaffUserRow, 'id' | 'username' | 'displayName' | 'roles' | 'language'>,
): StaffIdentity {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    roles: row.roles,
    language: row.language,
  };
}

const toApi = (row: StaffUserRow) => ({
  ...staffIdentity(row),
  email: row.email,
  active: row.active,
  createdAt: row.createdAt,
});

export function findStaffByUsername(db: Kysely<DB>, username: string) {
  return db.selectFrom('staffUsers').selectAll().where('username', '=', username).executeTakeFirst();
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

/** The name a refusal shows for the request's assignee ("claimed by 王芳"); null for nobody. */
export async function assigneeDisplayName(db: Kysely<DB>, assigneeId: number | null): Promise<string | null> {
  if (assigneeId === null) return null;
  const row = await db.selectFrom('staffUsers').select('displayName').where('id', '=', assigneeId).executeTakeFirst();
  return row?.displayName ?? null;
}
