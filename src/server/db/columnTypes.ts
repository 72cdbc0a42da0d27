import type { ColumnType } from 'kysely';

// Timestamps are read as Date and may be written as a Date or an ISO string.

/** A timestamp column with no default. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;

/** A timestamp column that defaults to now(): an insert may leave it out. */
export type CreatedAt = ColumnType<Date, Date | string | undefined, Date | string>;
