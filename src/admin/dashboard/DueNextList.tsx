import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { DUE_NEXT_WORKING_DAYS } from '../../domain/dashboardApi.ts';
import { checkAction } from '../../domain/lifecycle.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { Panel } from '../common/Panel.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import { formatDateTime } from '../common/format.ts';
import { ReassignButton } from '../requests/actions/ReassignButton.tsx';
import { useActor } from '../requests/actions/useActor.ts';
import type { CancelRequest } from '../types.ts';

/** Soonest first; one reviewer's when the dashboard shows one reviewer's figures. */
const dueNextQuery = (reviewerId: number | undefined) => ({
  filter: reviewerId === undefined ? { dueNext: true } : { dueNext: true, assigneeId: reviewerId },
  sort: { field: 'dueAt', order: 'ASC' as const },
  pagination: { page: 1, perPage: 10 },
});

/**
 * Open requests reaching their due date (7 working days) within the next 2
 * working days, soonest first; a manager can hand one to a reviewer with room.
 */
export const DueNextList = ({ reviewerId }: { reviewerId?: number }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const actor = useActor();
  const { data: requests, total } = useGetList<CancelRequest>('requests', dueNextQuery(reviewerId), {
    staleTime: 30_000,
  });
  const mayReassign = actor?.kind === 'staff' && actor.roles.includes('manager');
  return (
    <Panel
      title={translate('dashboard.due_next.title', { days: DUE_NEXT_WORKING_DAYS })}
      extra={
        total !== undefined && total > (requests?.length ?? 0) ? (
          <Link to={queueOf(dueNextQuery(reviewerId).filter)}>
            {translate('dashboard.due_next.all', { count: total })}
          </Link>
        ) : undefined
      }
      flush
    >
      {requests && requests.length === 0 ? (
        <EmptyState dense title={translate('dashboard.due_next.empty')} />
      ) : (
        <Table size="small" data-testid="due-next">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.requests.fields.number')}</TableCell>
              <TableCell>{translate('resources.requests.fields.status')}</TableCell>
              <TableCell>{translate('resources.requests.fields.assigneeName')}</TableCell>
              <TableCell>{translate('sla.due_at')}</TableCell>
              {mayReassign && <TableCell />}
            </TableRow>
          </TableHead>
          <TableBody>
            {(requests ?? []).map((request) => (
              <TableRow key={request.id} hover>
                <TableCell>
                  <Link to={`/requests/${request.id}/show`}>{request.number}</Link>
                </TableCell>
                <TableCell>
                  <StatusChip resource="requests" value={request.status} />
                </TableCell>
                <TableCell>{request.assigneeName ?? translate('resources.requests.show.unassigned')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {request.dueAt ? formatDateTime(request.dueAt, locale) : translate('app.none')}
                </TableCell>
                {mayReassign && actor && (
                  <TableCell align="right">
                    <ReassignButton request={request} check={checkAction('reassign', request, actor)} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};

const queueOf = (filter: object) => `/requests?${new URLSearchParams({ filter: JSON.stringify(filter) })}`;
