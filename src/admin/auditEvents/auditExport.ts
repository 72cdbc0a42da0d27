import type { Exporter } from 'react-admin';
import { downloadCsvFile, recordsToCsv } from '../common/csv.ts';
import type { AuditEvent } from '../types.ts';
import { valueText } from './auditDiff.ts';

const BASE = [
  'id',
  'occurredAt',
  'actorType',
  'actorId',
  'actorName',
  'action',
  'entityType',
  'entityId',
  'requestId',
  'accountId',
] as const;

/**
 * Audit events as flat CSV rows: the event's columns, then one `before.<key>`
 * and `after.<key>` column per key any exported event holds, so a spreadsheet
 * can filter on a field. Values are what the server sent (personal data
 * already masked there).
 */
export function flattenAuditEvents(events: readonly AuditEvent[]): Record<string, string | number | null>[] {
  const keysOf = (side: 'before' | 'after') => [...new Set(events.flatMap((e) => Object.keys(e[side] ?? {})))].sort();
  const beforeKeys = keysOf('before');
  const afterKeys = keysOf('after');
  return events.map((e) => {
    const row: Record<string, string | number | null> = {};
    for (const column of BASE) row[column] = e[column];
    for (const key of beforeKeys) row[`before.${key}`] = valueText(e.before?.[key]);
    for (const key of afterKeys) row[`after.${key}`] = valueText(e.after?.[key]);
    return row;
  });
}

/** CSV of the filtered log (BOM, quoting as every export), before/after flattened into one column per key. */
export const auditEventExporter: Exporter<AuditEvent> = (events, _fetchRelated, _dataProvider, resource) =>
  downloadCsvFile(recordsToCsv(flattenAuditEvents(events)), resource ?? 'audit-events');
