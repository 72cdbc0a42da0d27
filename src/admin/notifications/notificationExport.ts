import { maskPiiInText, maskRecipient } from '../../domain/mask.ts';
import { transportErrorKind } from '../../domain/transportErrors.ts';
import { enumLabel, fieldLabel, shanghaiTime, type CsvColumn, type CsvContext } from '../common/csv.ts';
import type { OutboxNotification } from '../types.ts';

/**
 * The outbox as a spreadsheet: the recipient masked as on screen, the last
 * refusal summarised in words with its raw text beside it.
 */
export function notificationCsvColumns(ctx: CsvContext): CsvColumn<OutboxNotification>[] {
  const label = (field: string) => fieldLabel(ctx, 'notifications', field);
  return [
    { header: label('id'), value: (r) => r.id },
    { header: label('createdAt'), value: (r) => shanghaiTime(r.createdAt, ctx.locale) },
    { header: label('requestId'), value: (r) => r.requestId },
    { header: label('event'), value: (r) => enumLabel(ctx, 'notifications', 'event', r.event) },
    { header: label('channel'), value: (r) => enumLabel(ctx, 'notifications', 'channel', r.channel) },
    { header: label('language'), value: (r) => ctx.translate(`resources.users.enums.language.${r.language}`) },
    { header: label('recipient'), value: (r) => maskRecipient(r.channel, r.recipient) },
    { header: label('status'), value: (r) => enumLabel(ctx, 'notifications', 'status', r.status) },
    { header: label('attempts'), value: (r) => r.attempts },
    { header: label('sentAt'), value: (r) => shanghaiTime(r.sentAt, ctx.locale) },
    {
      header: label('lastError'),
      value: (r) =>
        r.lastError ? ctx.translate(`reviewer_day.transport_errors.${transportErrorKind(r.lastError)}`) : '',
    },
    {
      header: ctx.translate('reviewer_day.transport_errors.raw'),
      value: (r) => (r.lastError ? maskPiiInText(r.lastError) : ''),
    },
  ];
}
