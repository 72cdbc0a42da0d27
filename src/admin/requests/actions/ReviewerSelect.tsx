import { Box, MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { StaffUser } from '../../types.ts';
import { WorkloadHint } from '../../dashboard/WorkloadHint.tsx';
import { useWorkload } from '../../dashboard/statsApi.ts';

interface ReviewerSelectProps {
  value: number | '';
  onChange: (id: number, name: string) => void;
  /** Shown but not selectable (the current assignee). */
  currentId?: number | null;
  error?: boolean;
}

/**
 * Active reviewers (GET /api/users?filter={"role":"reviewer","active":true}), by name,
 * each with their workload now (GET /api/stats/workload) so the manager sees who has room.
 */
export const ReviewerSelect = ({ value, onChange, currentId, error = false }: ReviewerSelectProps) => {
  const translate = useTranslate();
  const { data: reviewers = [], isPending } = useGetList<StaffUser>(
    'users',
    {
      filter: { role: 'reviewer', active: true },
      pagination: { page: 1, perPage: 200 },
      sort: { field: 'displayName', order: 'ASC' },
    },
    { staleTime: 5 * 60_000 },
  );
  const { data: workload } = useWorkload();
  const loadOf = (id: number) => workload?.rows.find((row) => row.reviewerId === id);
  return (
    <TextField
      select
      required
      size="small"
      fullWidth
      label={translate('resources.requests.dialogs.reviewer')}
      value={isPending ? '' : value}
      error={error}
      helperText={error ? translate('resources.requests.dialogs.reviewer_required') : ' '}
      slotProps={{ select: { renderValue: (id) => reviewers.find((r) => r.id === id)?.displayName ?? '' } }}
      onChange={(e) => {
        const id = Number(e.target.value);
        onChange(id, reviewers.find((r) => r.id === id)?.displayName ?? `#${id}`);
      }}
    >
      {reviewers.map((r) => (
        <MenuItem key={r.id} value={r.id} disabled={r.id === currentId}>
          <Box>
            {r.displayName}
            {r.id === currentId ? ` · ${translate('resources.requests.dialogs.current_assignee')}` : ''}
            <WorkloadHint row={loadOf(r.id)} />
          </Box>
        </MenuItem>
      ))}
    </TextField>
  );
};
