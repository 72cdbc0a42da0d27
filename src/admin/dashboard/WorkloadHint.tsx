import { Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { WorkloadRow } from '../../domain/dashboardApi.ts';

/**
 * One reviewer's load in a line, for the reassign picker: a manager sees who
 * has room before moving work ("审核中 3 · 待补充 4 · 已超期 0 · 本周已决 3").
 */
export const WorkloadHint = ({ row }: { row: WorkloadRow | undefined }) => {
  const translate = useTranslate();
  if (!row) return null;
  const parts = (['inReview', 'awaitingCustomer', 'breached', 'decidedThisWeek'] as const).map(
    (column) => `${translate(`dashboard.workload.${column}`)} ${row[column]}`,
  );
  return (
    <Box
      component="span"
      data-workload={row.reviewerId}
      sx={{ display: 'block', fontSize: '0.75rem', color: row.breached > 0 ? 'error.main' : 'text.secondary' }}
    >
      {parts.join(' · ')}
    </Box>
  );
};
