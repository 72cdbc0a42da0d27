import { useLocaleState, useTranslate } from 'react-admin';
import { formatFen } from '../../domain/money.ts';
import { transportErrorKind } from '../../domain/transportErrors.ts';
import type { AuditEvent } from '../types.ts';

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/**
 * The lines under a timeline entry, read from the event's `after`: documents
 * asked for, reasons, messages, who it went to, refund amounts, and for
 * notifications the channel, the event and any delivery error.
 */
export const useEventDetails = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args: object) => translate(`resources.audit-events.details.${key}`, args);
  const money = (fen: number) => formatFen(fen, locale === 'en' ? 'en' : 'zh-CN');
  return (event: AuditEvent): string[] => {
    const after = event.after ?? {};
    const lines: string[] = [];
    if (event.entityType === 'notification' && text(after.channel)) {
      lines.push(
        t('notification', {
          channel: translate(`resources.notifications.enums.channel.${after.channel}`, { _: String(after.channel) }),
          event: translate(`resources.notifications.enums.event.${after.event}`, { _: String(after.event ?? '') }),
        }),
      );
    }
    if (Array.isArray(after.documentTypes) && after.documentTypes.length > 0) {
      const types = after.documentTypes
        .map((type) => translate(`resources.documents.enums.type.${type}`, { _: String(type) }))
        .join(translate('app.list_separator'));
      lines.push(t('documents', { types }));
    }
    if (text(after.reasonCode)) {
      // The customer's reason when they submit; the reviewer's when they reject.
      const vocabulary = event.action === 'request.rejected' ? 'rejectReasonCode' : 'reasonCode';
      lines.push(
        t('reason', {
          reason: translate(`resources.requests.enums.${vocabulary}.${after.reasonCode}`, {
            _: String(after.reasonCode),
          }),
        }),
      );
    }
    const message = text(after.message) ?? text(after.customerMessage);
    if (message) lines.push(t('message', { message }));
    if (event.action === 'request.reassigned' && text(after.assigneeName))
      lines.push(t('assignee', { assignee: after.assigneeName }));
    const refund =
      typeof after.refundFen === 'number'
        ? after.refundFen
        : event.action === 'refund.created'
          ? after.amountFen
          : undefined;
    if (typeof refund === 'number' && refund > 0) lines.push(t('refund', { amount: money(refund) }));
    const error = text(after.error);
    if (error) {
      // The summary a reviewer reads first, the transport's own words after it.
      const summary = translate(`reviewer_day.transport_errors.${transportErrorKind(error)}`);
      lines.push(t('error', { error: `${summary} (${error})` }));
    }
    return lines;
  };
};
