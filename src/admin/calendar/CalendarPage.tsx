import { useState } from 'react';
import { Alert, Box, Button, Card, Chip, Stack, Tab, Tabs, Typography } from '@mui/material';
import AddOutlined from '@mui/icons-material/AddOutlined';
import { Title, useCanAccess, useGetList, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import type { CalendarDayRow } from '../../domain/dashboardApi.ts';
import { shanghaiYear } from '../../domain/workingDays.ts';
import { AddYearDialog } from './AddYearDialog.tsx';
import { EditDayDialog } from './EditDayDialog.tsx';
import { MonthGrid } from './MonthGrid.tsx';
import { useCalendarStatus } from './calendarApi.ts';

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

/**
 * The working-day calendar (admin): one year at a time, its public holidays
 * and 调休 working days; a click on a day edits it, "add a year" brings in the
 * next one. Each save moves the open requests' due dates on the server.
 */
const CalendarPage = () => {
  const translate = useTranslate();
  const [search, setSearch] = useSearchParams();
  const { canAccess: canEdit = false } = useCanAccess({ resource: 'calendar', action: 'edit' });
  const { data: status } = useCalendarStatus();
  // The year the page opened in, fixed for its life (a render must not read the clock).
  const [thisYear] = useState(() => shanghaiYear(new Date()));
  const year = Number(search.get('year')) || thisYear;
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { data: rows = [], isPending } = useGetList<CalendarDayRow>('calendar', {
    filter: { year },
    pagination: { page: 1, perPage: 400 },
    sort: { field: 'date', order: 'ASC' },
  });
  const days = new Map(rows.map((row) => [row.date, row]));
  const covered = status?.coveredYears.includes(year) ?? true;
  const years = [...new Set([...(status?.coveredYears ?? []), ...(status?.missingCalendarYears ?? []), year])].sort();
  const count = (kind: CalendarDayRow['kind']) => rows.filter((row) => row.kind === kind).length;
  const showYear = (y: number) => setSearch({ year: String(y) });
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('resources.calendar.name', { smart_count: 2 })} />
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2, flexWrap: 'wrap' }} useFlexGap>
        <Tabs value={years.includes(year) ? year : false} onChange={(_e, y: number) => showYear(y)}>
          {years.map((y) => (
            <Tab
              key={y}
              value={y}
              label={
                status?.missingCalendarYears.includes(y)
                  ? translate('resources.calendar.missing_tab', { year: y })
                  : String(y)
              }
            />
          ))}
        </Tabs>
        <Box sx={{ flex: 1 }} />
        {canEdit && (
          <Button variant="contained" startIcon={<AddOutlined />} onClick={() => setAdding(true)}>
            {translate('resources.calendar.add_year')}
          </Button>
        )}
      </Stack>
      {!covered && (
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('resources.calendar.year_missing', { year })}
        </Alert>
      )}
      <Card sx={{ p: 2 }}>
        <Stack direction="row" spacing={1} sx={{ mb: 2, alignItems: 'center' }} useFlexGap>
          <Typography variant="h6" component="h2" sx={{ mr: 1 }}>
            {year}
          </Typography>
          <Chip color="error" label={translate('resources.calendar.holiday_count', { count: count('holiday') })} />
          <Chip color="warning" label={translate('resources.calendar.workday_count', { count: count('workday') })} />
          <Typography variant="caption" color="text.secondary">
            {translate(canEdit ? 'resources.calendar.click_hint' : 'resources.calendar.read_only')}
          </Typography>
        </Stack>
        <Box
          data-testid="year-view"
          aria-busy={isPending}
          sx={{ display: 'grid', gap: 3, gridTemplateColumns: 'repeat(auto-fill, minmax(210px, 1fr))' }}
        >
          {MONTHS.map((month) => (
            <MonthGrid key={month} year={year} month={month} days={days} onPick={setEditing} canEdit={canEdit} />
          ))}
        </Box>
      </Card>
      {editing && <EditDayDialog date={editing} current={days.get(editing)} onClose={() => setEditing(null)} />}
      {adding && (
        <AddYearDialog
          status={status}
          suggestedYear={status?.missingCalendarYears[0] ?? year + 1}
          onClose={() => setAdding(false)}
          onAdded={(y) => {
            setAdding(false);
            showYear(y);
          }}
        />
      )}
    </Box>
  );
};

export default CalendarPage;
