import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { ListParams } from '../http/listParams.ts';
import { containsPattern } from './like.ts';

/**
 * The read side of a plain table resource (accounts, orders, documents, refunds,
 * audit events, notifications): an API field is its column's name, so rows go
 * out as read, less the hidden columns; a whitelist says which fields sort and
 * filter (equality), and which columns a `q` filter searches.
 */
export interface TableResource<T extends keyof DB> {
  table: T;
  /** Fields a list may sort by and filter on (equality, or any of a list). */
  fields: readonly (keyof DB[T] & string)[];
  /** Columns a `q` filter searches (contains, case-insensitive). */
  searchColumns?: readonly (keyof DB[T] & string)[];
  /** Columns never sent to the client. */
  hidden?: readonly (keyof DB[T] & string)[];
}

// Kysely cannot type a table chosen at run time; the column names come from
// the resource's own whitelist, never from the client.
type AnyDB = Record<string, Record<string, unknown>>;
const untyped = (db: Kysely<DB>) => db as unknown as Kysely<AnyDB>;

function visible(row: Record<string, unknown>, hidden: readonly string[] = []) {
  for (const column of hidden) delete row[column];
  return row;
}

/** A condition on a table's rows a caller is limited to (raw SQL, snake_case); undefined: every row. */
export type RowCondition = RawBuilder<boolean> | undefined;

export async function listTable<T extends keyof DB>(
  db: Kysely<DB>,
  r: TableResource<T>,
  p: ListParams<Record<string, unknown>>,
  only?: RowCondition,
) {
  const fields: readonly string[] = r.fields;
  let q = untyped(db).selectFrom(r.table as string);
  if (only) q = q.where(only);
  for (const [field, value] of Object.entries(p.filter)) {
    if (value === undefined) continue;
    if (field === 'q') {
      const text = String(value).trim();
      if (text && r.searchColumns?.length) {
        q = q.where((eb) =>
          eb.or(r.searchColumns!.map((c) => eb(sql`lower(${sql.ref(c)})`, 'like', containsPattern(text)))),
        );
      }
      continue;
    }
    if (!fields.includes(field)) continue; // the route's strict zod filter already refused unknown fields
    if (value === null) q = q.where(field, 'is', null);
    else if (Array.isArray(value)) q = value.length ? q.where(field, 'in', value) : q.where(sql<boolean>`false`);
    else q = q.where(field, '=', value);
  }
  const sortField = fields.includes(p.sort.field) ? p.sort.field : 'id';
  const [rows, total] = await Promise.all([
    q
      .selectAll()
      .orderBy(sortField, p.sort.order)
      .orderBy('id', p.sort.order)
      .offset(p.offset)
      .limit(p.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map((row) => visible(row, r.hidden)), total: Number(total.n) };
}

export async function getFromTable<T extends keyof DB>(
  db: Kysely<DB>,
  r: TableResource<T>,
  id: number,
  only?: RowCondition,
) {
  let q = untyped(db)
    .selectFrom(r.table as string)
    .selectAll()
    .where('id', '=', id);
  if (only) q = q.where(only);
  const row = await q.executeTakeFirst();
  return row && visible(row, r.hidden);
}
