import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { STATS_MAX_RANGE_DAYS } from '../../domain/dashboardApi.ts';
import { roleAllows } from '../../domain/lifecycle.ts';
import type { StaffUser } from '../types.ts';
import { STAFF_CHOICES_QUERY } from '../requests/queuePrefetch.ts';
import { RANGE_PRESETS, lastDays, presetOf, rangeLength, type DashboardView } from './dashboardRange.ts';

interface Props {
  view: DashboardView;
  onChange: (view: DashboardView) => void;
  /** Managers pick whose figures; a reviewer's are always their own (the server forces it). */
  canPickReviewer: boolean;
}

const TEAM = 'team';

/** Range (presets or two days) and reviewer pickers; every change goes to the URL. */
export const DashboardToolbar = ({ view, onChange, canPickReviewer }: Props) => {
  const translate = useTranslate();
  const { data: staff = [] } = useGetList<StaffUser>('users', STAFF_CHOICES_QUERY, {
    enabled: canPickReviewer,
    retry: false,
    staleTime: 5 * 60_000,
  });
  const reviewers = staff.filter((u) => u.active && roleAllows('claim', { kind: 'staff', id: u.id, roles: u.roles }));
  const setDay = (end: 'from' | 'to', day: string) => {
    const range = { ...view.range, [end]: day };
    // The server refuses from > to and ranges over a year: keep the pickers inside what it answers.
    if (!day || range.from > range.to || rangeLength(range) > STATS_MAX_RANGE_DAYS) return;
    onChange({ ...view, range });
  };
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={presetOf(view.range) ?? null}
        aria-label={translate('dashboard.range.label')}
        onChange={(_e, days: number | null) => days && onChange({ ...view, range: lastDays(days) })}
      >
        {RANGE_PRESETS.map((days) => (
          <ToggleButton key={days} value={days}>
            {translate('dashboard.range.last_days', { days })}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      {(['from', 'to'] as const).map((end) => (
        <TextField
          key={end}
          type="date"
          size="small"
          fullWidth={false}
          sx={{ width: 170 }}
          label={translate(`dashboard.range.${end}`)}
          value={view.range[end]}
          onChange={(e) => setDay(end, e.target.value)}
          // Each end stays on its side of the other.
          slotProps={{
            inputLabel: { shrink: true },
            htmlInput: end === 'from' ? { max: view.range.to } : { min: view.range.from },
          }}
        />
      ))}
      {canPickReviewer && (
        <TextField
          select
          size="small"
          fullWidth={false}
          label={translate('dashboard.reviewer.label')}
          value={view.reviewerId ?? TEAM}
          onChange={(e) =>
            onChange(e.target.value === TEAM ? { range: view.range } : { ...view, reviewerId: Number(e.target.value) })
          }
          sx={{ minWidth: 160 }}
        >
          <MenuItem value={TEAM}>{translate('dashboard.reviewer.team')}</MenuItem>
          {reviewers.map((u) => (
            <MenuItem key={u.id} value={u.id}>
              {u.displayName}
            </MenuItem>
          ))}
          {/* A shared link may name someone not (or not yet) in the list: keep them selectable by id. */}
          {view.reviewerId !== undefined && !reviewers.some((u) => u.id === view.reviewerId) && (
            <MenuItem value={view.reviewerId}>#{view.reviewerId}</MenuItem>
          )}
        </TextField>
      )}
    </Stack>
  );
};
