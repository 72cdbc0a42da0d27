import { Box, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDateTime, formatRelative } from '../common/format.ts';
import type { AuditEvent } from '../types.ts';
import { useEventDetails } from './useEventDetails.ts';

const DOT_COLORS: Record<AuditEvent['actorType'], string> = {
  staff: 'primary.main',
  customer: 'success.main',
  system: 'text.disabled',
};

const statusOf = (state: Record<string, unknown> | null): string | undefined =>
  typeof state?.status === 'string' ? state.status : undefined;

/** One audit event: who did what, when, and how the status moved. */
export const TimelineItem = ({ event, last }: { event: AuditEvent; last: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const actor =
    event.actorType !== 'system' && event.actorName
      ? event.actorName
      : translate(`resources.audit-events.actor.${event.actorType}`);
  const action = translate(`resources.audit-events.actions.${event.action}`, { _: event.action });
  const from = statusOf(event.before);
  const to = statusOf(event.after);
  const statusWord = (s: string) =>
    translate(`resources.${event.entityType === 'request' ? 'requests' : `${event.entityType}s`}.enums.status.${s}`, {
      _: s,
    });
  const docType = typeof event.after?.type === 'string' ? event.after.type : undefined;
  const details = useEventDetails()(event);
  return (
    <Box sx={{ display: 'flex', gap: 1.25 }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.75 }}>
        <Box sx={{ width: 9, height: 9, borderRadius: '50%', bgcolor: DOT_COLORS[event.actorType] }} />
        {!last && <Box sx={{ flex: 1, width: '1px', bgcolor: 'divider', mt: 0.5 }} />}
      </Box>
      <Box sx={{ pb: last ? 0 : 1.5, minWidth: 0 }}>
        <Typography variant="body2">
          <b>{actor}</b> {action}
          {event.entityType === 'document' && docType
            ? ` · ${translate(`resources.documents.enums.type.${docType}`, { _: docType })}`
            : ''}
        </Typography>
        {details.map((line) => (
          <Typography
            key={line}
            variant="caption"
            color={event.action === 'notification.failed' ? 'error' : 'text.secondary'}
            component="div"
            title={line}
            sx={{
              display: '-webkit-box',
              WebkitLineClamp: 2,
              WebkitBoxOrient: 'vertical',
              overflow: 'hidden',
              overflowWrap: 'anywhere',
            }}
          >
            {line}
          </Typography>
        ))}
        {from && to && from !== to && (
          <Typography variant="caption" color="text.secondary" component="div">
            {translate('resources.audit-events.status_change')}: {statusWord(from)} → {statusWord(to)}
          </Typography>
        )}
        <Typography variant="caption" color="text.secondary" title={formatDateTime(event.occurredAt, locale)}>
          {formatDateTime(event.occurredAt, locale)} · {formatRelative(event.occurredAt, locale)}
        </Typography>
      </Box>
    </Box>
  );
};
