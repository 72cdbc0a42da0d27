import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ListParams } from '../http/listParams.ts';
import { asArray } from '../http/listParams.ts';
import { containsPattern } from './like.ts';

/**
 * The read side of a plain table resource (accounts, orders, documents, refunds,
 * audit events): whitelisted sort and equality filters mapped from camelCase API
 * names to columns, optional contains-search, rows returned camelCased.
 */
export interface TableResource<T extends keyof DB> {
  table: T;
  /** API field → column, for sort and equality filters. */
  columns: Record<string, keyof DB[T] & string>;
  /** Columns a `q` filter searches (contains, case-insensitive). */
  searchColumns?: (keyof DB[T] & string)[];
  /** Columns never sent to the client. */
  hidden?: (keyof DB[T] & string)[];
}

const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function camelRow(row: Record<string, unknown>, hidden: readonly string[] = []) {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (!hidden.includes(k)) out[camel(k)] = v;
  return out;
}

// Kysely cannot type a table chosen at run time; the column names come from
// the resource's own whitelist, never from the client.
type AnyDB = Record<string, Record<string, unknown>>;
const untyped = (db: Kysely<DB>) => db as unknown as Kysely<AnyDB>;

export async function listTable<T extends keyof DB>(
  db: Kysely<DB>,
  r: TableResource<T>,
  p: ListParams<Record<string, unknown>>,
) {
  let q = untyped(db).selectFrom(r.table as string);
  for (const [field, value] of Object.entries(p.filter)) {
    if (value === undefined) continue;
    if (field === 'q') {
      const text = String(value).trim();
      if (text && r.searchColumns?.length) {
        q = q.where((eb) => eb.or(r.searchColumns!.map((c) => eb(sql`lower(${sql.ref(c)})`, 'like', containsPattern(text)))));
      }
      continue;
    }
    const column: string | undefined = r.columns[field];
    if (!column) continue; // the route's strict zod filter already refused unknown fields
    if (value === null) q = q.where(column, 'is', null);
    else if (Array.isArray(value)) q = value.length ? q.where(column, 'in', value) : q.where(sql<boolean>`false`);
    else q = q.where(column, '=', value);
  }
  const sortColumn: string = r.columns[p.sort.field] ?? 'id';
  const [rows, total] = await Promise.all([
    q.selectAll().orderBy(sortColumn, p.sort.order).orderBy('id', p.sort.order).offset(p.offset).limit(p.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((row) => camelRow(row, r.hidden)), total: Number(total.n) };
}

export async function getFromTable<T extends keyof DB>(db: Kysely<DB>, r: TableResource<T>, id: number) {
  const row = await untyped(db).selectFrom(r.table as string).selectAll().where('id', '=', id).executeTakeFirst();
  return row && camelRow(row, r.hidden);
}

export { asArray };
