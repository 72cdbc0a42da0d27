import { Box, ButtonBase, Tooltip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CalendarDayRow } from '../../domain/dashboardApi.ts';

interface Props {
  year: number;
  /** 0-11 */
  month: number;
  days: Map<string, CalendarDayRow>;
  onPick: (date: string) => void;
  canEdit: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Monday first, as the working week reads. */
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0];

/** One month: holidays, 调休 working days and ordinary weekends, each day a button that edits it. */
export const MonthGrid = ({ year, month, days, onPick, canEdit }: Props) => {
  const translate = useTranslate();
  const first = new Date(Date.UTC(year, month, 1));
  const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const lead = (first.getUTCDay() + 6) % 7;
  return (
    <Box component="section" aria-label={translate(`resources.calendar.months.${month}`)}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>
        {translate(`resources.calendar.months.${month}`)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: '2px', fontSize: 12 }}>
        {WEEKDAYS.map((d) => (
          <Box key={d} sx={{ textAlign: 'center', color: 'text.secondary' }}>
            {translate(`resources.calendar.weekdays.${d}`)}
          </Box>
        ))}
        {Array.from({ length: lead }, (_, i) => (
          <Box key={`lead-${i}`} />
        ))}
        {Array.from({ length }, (_, i) => {
          const date = `${year}-${pad(month + 1)}-${pad(i + 1)}`;
          const weekday = new Date(Date.UTC(year, month, i + 1)).getUTCDay();
          const row = days.get(date);
          const weekend = weekday === 0 || weekday === 6;
          const kind = row?.kind ?? (weekend ? 'weekend' : 'normal');
          const label = row
            ? `${date} · ${translate(`resources.calendar.kinds.${row.kind}`)}${row.name ? ` · ${row.name}` : ''}`
            : date;
          return (
            <Tooltip key={date} title={label} disableInteractive>
              <ButtonBase
                data-date={date}
                data-kind={kind}
                disabled={!canEdit}
                onClick={() => onPick(date)}
                aria-label={label}
                sx={{
                  height: 26,
                  borderRadius: 1,
                  fontSize: 12,
                  fontVariantNumeric: 'tabular-nums',
                  ...(kind === 'holiday' && { bgcolor: 'error.main', color: 'error.contrastText', fontWeight: 600 }),
                  ...(kind === 'workday' && {
                    bgcolor: 'warning.main',
                    color: 'warning.contrastText',
                    fontWeight: 600,
                  }),
                  ...(kind === 'weekend' && { color: 'text.disabled' }),
                  '&:hover': { outline: '1px solid', outlineColor: 'primary.main' },
                }}
              >
                {i + 1}
              </ButtonBase>
            </Tooltip>
          );
        })}
      </Box>
    </Box>
  );
};
