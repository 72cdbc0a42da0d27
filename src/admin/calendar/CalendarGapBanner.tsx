import { Alert, Button } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useCalendarStatus } from './calendarApi.ts';

/**
 * Wherever SLA figures or due dates are shown: when the current or next year
 * has no working-day calendar, those are not computed for its days (never
 * guessed), and everybody is told; an admin gets the way to add it.
 */
export const CalendarGapBanner = () => {
  const translate = useTranslate();
  const { data: status } = useCalendarStatus();
  const { canAccess: canEdit } = useCanAccess({ resource: 'calendar', action: 'edit' });
  const missing = status?.missingCalendarYears ?? [];
  if (missing.length === 0) return null;
  const years = missing.join(translate('app.list_separator'));
  return (
    <Alert
      severity="warning"
      data-testid="calendar-gap-banner"
      sx={{ mt: 1 }}
      action={
        canEdit ? (
          <Button component={Link} to={`/calendar?year=${missing[0]}`} color="inherit" size="small">
            {translate('calendar_banner.add')}
          </Button>
        ) : undefined
      }
    >
      {translate(canEdit ? 'calendar_banner.message_admin' : 'calendar_banner.message', { years })}
    </Alert>
  );
};
