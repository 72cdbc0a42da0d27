import { sql, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
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
  /**
   * Filters that are not a field's equality (a date range): the condition each
   * adds. The value is what the route's zod filter let through.
   */
  conditions?: Readonly<Record<string, Condition<T>>>;
  /** Columns sent masked (customer data, src/domain/mask.ts), given the row for context. */
  masked?: { readonly [C in keyof DB[T] & string]?: (value: any, row: Record<string, unknown>) => unknown };
}

// `never`: each condition declares the value type its filter's schema gives it.
export type Condition<T extends keyof DB> = (eb: ExpressionBuilder<DB, T>, value: never) => Expression<SqlBool>;

// Kysely cannot type a table chosen at run time; the column names come from
// the resource's own whitelist, never from the client.
type AnyDB = Record<string, Record<string, unknown>>;
const untyped = (db: Kysely<DB>) => db as unknown as Kysely<AnyDB>;

/** A row as it leaves the server: hidden columns dropped, personal data masked (null stays null). */
function visible<T extends keyof DB>(row: Record<string, unknown>, r: TableResource<T>) {
  for (const column of r.hidden ?? []) delete row[column];
  const masks: Record<string, ((value: any, row: Record<string, unknown>) => unknown) | undefined> = r.masked ?? {};
  const read = { ...row };
  for (const [column, mask] of Object.entries(masks)) {
    if (mask && row[column] != null) row[column] = mask(row[column], read);
  }
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
    const condition = r.conditions?.[field];
    if (condition) {
      q = q.where((eb) => condition(eb as unknown as ExpressionBuilder<DB, T>, value as never));
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
  return { rows: rows.map((row) => visible(row, r)), total: Number(total.n) };
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
  return row && visible(row, r);
}
