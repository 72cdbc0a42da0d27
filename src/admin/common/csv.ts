import { downloadCSV } from 'react-admin';
import { fenToYuanText, formatDateTime } from './format.ts';

// CSV a spreadsheet opens as it is: a UTF-8 byte order mark so Excel reads
// Chinese, CRLF rows and RFC 4180 quoting. Every exporter (queue, accounts,
// outbox, audit log) builds its columns and hands them here.

export type CsvValue = string | number | boolean | null | undefined;

/** One column: its header in the UI's language and how a record fills it. */
export interface CsvColumn<T> {
  header: string;
  value: (record: T) => CsvValue;
}

/** What an exporter needs from the UI: its words, its language and who is exporting. */
export interface CsvContext {
  translate: (key: string, options?: Record<string, unknown>) => string;
  locale: string;
  roles: readonly string[];
}

const BOM = '\uFEFF';

/**
 * A cell as text. A value a spreadsheet would run as a formula (=, +, @, or -
 * not followed by a digit) gets a leading apostrophe: a holder's name is
 * never a formula.
 */
export function csvCell(value: CsvValue): string {
  if (value == null) return '';
  let text = String(value);
  if (/^[=+@\t\r]/.test(text) || /^-(?![\d.])/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, one row per record. */
export function toCsv<T>(columns: readonly CsvColumn<T>[], records: readonly T[]): string {
  const lines = [columns.map((c) => csvCell(c.header)), ...records.map((r) => columns.map((c) => csvCell(c.value(r))))];
  return BOM + lines.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** Plain records (every key a column, header = key), for exports whose columns are their data (the audit log). */
export function recordsToCsv(rows: readonly Record<string, CsvValue>[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return toCsv(
    keys.map((key) => ({ header: key, value: (r: Record<string, CsvValue>) => r[key] })),
    rows,
  );
}

/** An amount as a number of yuan a spreadsheet can sum ("1234.56"), from integer fen without floats. */
export const yuan = (fen: number | null | undefined): string => (fen == null ? '' : fenToYuanText(fen));

/** A time as the screen shows it, in Asia/Shanghai. */
export const shanghaiTime = (iso: string | null | undefined, locale: string, withTime = true): string =>
  iso ? formatDateTime(iso, locale, withTime) : '';

/** A vocabulary value's label ("审核中"), not its code; the code itself if the vocabulary lacks it. */
export const enumLabel = (ctx: CsvContext, resource: string, field: string, value: string | null | undefined) =>
  value == null ? '' : ctx.translate(`resources.${resource}.enums.${field}.${value}`, { _: value });

/** A field's label as the list's column header shows it. */
export const fieldLabel = (ctx: CsvContext, resource: string, field: string) =>
  ctx.translate(`resources.${resource}.fields.${field}`, { _: field });

/** "注销队列-2026-11-29.csv": the resource's menu name and the Shanghai date. */
export function downloadCsvFile(csv: string, name: string, now = new Date()): void {
  downloadCSV(csv, `${name}-${formatDateTime(now.toISOString(), 'en', false)}`);
}
