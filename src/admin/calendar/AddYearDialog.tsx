import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNotify, useTranslate } from 'react-admin';
import type { CalendarStatus, CalendarYearInput } from '../../domain/dashboardApi.ts';
import { addCalendarYear } from './calendarApi.ts';
import { parseManualDays } from './manualDays.ts';

interface Props {
  status: CalendarStatus | undefined;
  /** The year to offer first: the first missing one. */
  suggestedYear: number;
  onClose: () => void;
  onAdded: (year: number) => void;
}

/** A whole year: from the bundled holiday data when it has the year, else typed in one day a line. */
export const AddYearDialog = ({ status, suggestedYear, onClose, onAdded }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(suggestedYear);
  const bundled = status?.bundledYears.includes(year) ?? false;
  const [source, setSource] = useState<CalendarYearInput['source']>(bundled ? 'bundled' : 'manual');
  const [text, setText] = useState('');
  const effectiveSource = bundled ? source : 'manual';
  const parsed = parseManualDays(text, year);
  const covered = status?.coveredYears.includes(year) ?? false;
  const add = useMutation({
    mutationFn: () =>
      addCalendarYear(
        effectiveSource === 'bundled' ? { year, source: 'bundled' } : { year, source: 'manual', days: parsed.days },
      ),
    onSuccess: (result) => {
      for (const queryKey of [['calendar'], ['requests'], ['stats']]) void queryClient.invalidateQueries({ queryKey });
      notify('resources.calendar.year_added', {
        type: 'success',
        messageArgs: { year: result.year, days: result.days, open: result.openRecomputed },
      });
      onAdded(result.year);
    },
    onError: (error) => notify((error as Error).message, { type: 'error' }),
  });
  const invalid =
    !Number.isInteger(year) ||
    covered ||
    (effectiveSource === 'manual' && (parsed.badLines.length > 0 || !text.trim()));
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('resources.calendar.add_year')}</DialogTitle>
      <DialogContent>
        <TextField
          type="number"
          size="small"
          label={translate('resources.calendar.fields.year')}
          value={year}
          onChange={(e) => setYear(Number(e.target.value))}
          error={covered}
          helperText={covered ? translate('resources.calendar.year_exists', { year }) : ' '}
          sx={{ mt: 1, width: 140 }}
        />
        <RadioGroup value={effectiveSource} onChange={(e) => setSource(e.target.value as CalendarYearInput['source'])}>
          <FormControlLabel
            value="bundled"
            disabled={!bundled}
            control={<Radio size="small" />}
            label={translate(
              bundled ? 'resources.calendar.source_bundled' : 'resources.calendar.source_bundled_missing',
              {
                year,
              },
            )}
          />
          <FormControlLabel
            value="manual"
            control={<Radio size="small" />}
            label={translate('resources.calendar.source_manual')}
          />
        </RadioGroup>
        {effectiveSource === 'manual' && (
          <>
            <TextField
              multiline
              minRows={6}
              fullWidth
              size="small"
              label={translate('resources.calendar.manual_days')}
              placeholder={`${year}-01-01 holiday 元旦\n${year}-10-01 holiday 国庆节\n${year}-09-26 workday 国庆节调休`}
              value={text}
              onChange={(e) => setText(e.target.value)}
              error={parsed.badLines.length > 0}
              helperText={
                parsed.badLines.length > 0
                  ? translate('resources.calendar.manual_bad_lines', { lines: parsed.badLines.join(', ') })
                  : translate('resources.calendar.manual_hint', { count: parsed.days.length })
              }
              slotProps={{ htmlInput: { style: { fontFamily: 'monospace' } } }}
            />
            <Alert severity="info" sx={{ mt: 1 }}>
              {translate('resources.calendar.manual_note')}
            </Alert>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={invalid || add.isPending} onClick={() => add.mutate()}>
          {translate('resources.calendar.add_year')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
