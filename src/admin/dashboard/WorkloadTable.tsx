import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { WorkloadRow } from '../../domain/dashboardApi.ts';
import { EmptyState } from '../common/EmptyState.tsx';
import { Panel } from '../common/Panel.tsx';
import { openQueue } from './queueLinks.ts';

const COLUMNS = ['inReview', 'awaitingCustomer', 'breached', 'decidedThisWeek'] as const;

/** Who holds how much now: a manager sees who has room before moving work. */
export const WorkloadTable = ({ rows }: { rows: WorkloadRow[] | undefined }) => {
  const translate = useTranslate();
  return (
    <Panel title={translate('dashboard.workload.title')} flush>
      {rows && rows.length === 0 ? (
        <EmptyState dense title={translate('dashboard.workload.empty')} />
      ) : (
        <Table size="small" data-testid="workload">
          <TableHead>
            <TableRow>
              <TableCell>{translate('dashboard.workload.reviewer')}</TableCell>
              {COLUMNS.map((column) => (
                <TableCell key={column} align="right">
                  {translate(`dashboard.workload.${column}`)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {(rows ?? []).map((row) => (
              <TableRow key={row.reviewerId} hover>
                <TableCell>
                  <Link to={openQueue(row.reviewerId)}>{row.displayName}</Link>
                </TableCell>
                {COLUMNS.map((column) => (
                  <TableCell
                    key={column}
                    align="right"
                    sx={{
                      fontVariantNumeric: 'tabular-nums',
                      color: column === 'breached' && row.breached > 0 ? 'error.main' : undefined,
                    }}
                  >
                    {row[column]}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
};
