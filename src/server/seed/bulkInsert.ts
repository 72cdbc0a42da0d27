import { sql, type Insertable, type Transaction } from 'kysely';
import type { DB } from '../db/schema.ts';

// Bulk INSERT ... SELECT FROM unnest($1::type[], $2::type[], ...): one parameter per
// column instead of one per value, so PostgreSQL parses a short statement and the
// driver sends a few long arrays. About 1.5x faster than multi-row VALUES on PGlite
// for the same rows, which matters at a million requests.

export type PgType = 'int' | 'bigint' | 'text' | 'bool' | 'timestamptz' | 'jsonb' | 'text[]';

/** The columns a seeder writes to a table, with their SQL types for the array casts. */
export type ColumnTypes<T extends keyof DB> = Partial<Record<keyof Insertable<DB[T]> & string, PgType>>;

const ROWS_PER_STATEMENT = 2000;

function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((s) => `"${s.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

// An array column cannot ride inside unnest (it would be flattened), so it
// travels as its text literal and is cast back per row.
function toParam(value: unknown, type: PgType): unknown {
  if (value === undefined || value === null) return null;
  if (type === 'text[]') return arrayLiteral(value as string[]);
  if (value instanceof Date) return value.toISOString();
  return value;
}

export async function bulkInsert<T extends keyof DB & string>(
  trx: Transaction<DB>,
  table: T,
  types: ColumnTypes<T>,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  const columns = Object.keys(types) as (keyof Insertable<DB[T]> & string)[];
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT) as Record<string, unknown>[];
    const arrays = columns.map((c) => {
      const type = types[c] ?? 'text';
      const values = chunk.map((r) => toParam(r[c], type));
      return sql`${values}::${sql.raw(type === 'text[]' ? 'text' : type)}[]`;
    });
    const picks = columns.map((c) => (types[c] === 'text[]' ? sql`${sql.ref(`x.${c}`)}::text[]` : sql.ref(`x.${c}`)));
    await trx
      .insertInto(table)
      // The column list is checked against the table above (ColumnTypes<T>); Kysely's
      // generic columns() cannot follow a table-name type parameter.
      .columns(columns as never)
      .expression(
        sql`SELECT ${sql.join(picks)} FROM unnest(${sql.join(arrays)}) AS x(${sql.join(columns.map((c) => sql.id(c)))})` as never,
      )
      .execute();
  }
}
