import { Skeleton } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { EmptyState } from '../common/EmptyState.tsx';
import { Panel } from '../common/Panel.tsx';
import type { CancelRequest } from '../types.ts';
import { TimelineItem } from './TimelineItem.tsx';
import { useRequestEvents } from './useRequestRelated.ts';

/** The request's audit trail, newest first. */
export const Timeline = () => {
  const request = useRecordContext<CancelRequest>();
  const translate = useTranslate();
  const { data: events, isPending } = useRequestEvents(request);
  return (
    <Panel title={translate('resources.requests.show.timeline')}>
      {isPending ? (
        <Skeleton variant="rounded" height={160} />
      ) : !events?.length ? (
        <EmptyState dense title={translate('resources.requests.show.no_events')} />
      ) : (
        events.map((event, index) => <TimelineItem key={event.id} event={event} last={index === events.length - 1} />)
      )}
    </Panel>
  );
};
