import { Skeleton } from '@mui/material';
import { useGetList, useRecordContext, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState.tsx';
import { Panel } from '../common/Panel.tsx';
import { TimelineItem } from '../requests/TimelineItem.tsx';
import type { AuditEvent, Refund } from '../types.ts';

/**
 * The refund's own audit trail (created, approved, amended, paid…), newest
 * first, as a request's timeline: one refund's events are what whoever reads
 * refunds may read of the audit log (mayListAuditEvents), with or without a
 * request.
 */
export const RefundHistoryPanel = () => {
  const refund = useRecordContext<Refund>();
  const translate = useTranslate();
  const {
    data: events,
    isPending,
    isError,
  } = useGetList<AuditEvent>(
    'audit-events',
    {
      filter: { entityType: 'refund', entityId: String(refund?.id) },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'occurredAt', order: 'DESC' },
    },
    { enabled: !!refund },
  );
  return (
    <Panel title={translate('resources.refunds.show.history')}>
      {isPending ? (
        <Skeleton variant="rounded" height={120} />
      ) : isError ? (
        <EmptyState dense title={translate('resources.refunds.show.history_unavailable')} />
      ) : !events?.length ? (
        <EmptyState dense title={translate('resources.refunds.show.no_history')} />
      ) : (
        events.map((event, index) => <TimelineItem key={event.id} event={event} last={index === events.length - 1} />)
      )}
    </Panel>
  );
};
