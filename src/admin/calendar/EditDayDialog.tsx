import { useState } from 'react';
import {
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
import { useQueryClient } from '@tanstack/react-query';
import { useGetOne, useNotify, useTranslate, useUpdate } from 'react-admin';
import type {
  CalendarDayInput,
  CalendarDayRow,
  CalendarDayState,
  CalendarSaveResult,
} from '../../domain/dashboardApi.ts';

interface Props {
  date: string;
  current: CalendarDayRow | undefined;
  onClose: () => void;
}

const KINDS: CalendarDayInput['kind'][] = ['normal', 'holiday', 'workday'];

/** PUT /api/calendar/{date} answers the day as saved ('normal' when its exception was removed) and what moved. */
type SavedDay = { id: string; kind: CalendarDayInput['kind']; name?: string } & Partial<CalendarSaveResult>;

/** One day: a public holiday, a weekend made a working day (调休), or back to an ordinary day. */
export const EditDayDialog = ({ date, current, onClose }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [kind, setKind] = useState<CalendarDayInput['kind']>(current?.kind ?? 'normal');
  const [name, setName] = useState(current?.name ?? '');
  const queryClient = useQueryClient();
  // The day as it stands and its year's version, which the save sends back:
  // another admin's save of the year in between is refused (412), not overwritten.
  const { data: seen, refetch } = useGetOne<CalendarDayState>('calendar', { id: date }, { staleTime: 0 });
  const [update, { isPending }] = useUpdate<SavedDay>();
  const refreshed = async () => {
    const { data: now } = await refetch();
    if (now) {
      setKind(now.kind);
      setName(now.name);
    }
    void queryClient.invalidateQueries({ queryKey: ['calendar'] });
  };
  const save = () => {
    if (!seen) return;
    const fields: CalendarDayInput = kind === 'normal' ? { kind } : { kind, name: name.trim() };
    const data: CalendarDayInput = { ...fields, version: seen.version };
    update(
      'calendar',
      { id: date, data, previousData: current },
      {
        mutationMode: 'pessimistic',
        onSuccess: (saved) => {
          // A day that was ordinary is in no cached list yet, and due dates and figures moved with it.
          for (const queryKey of [['calendar'], ['requests'], ['stats']])
            void queryClient.invalidateQueries({ queryKey });
          notify('resources.calendar.saved', {
            type: 'success',
            messageArgs: { date, open: saved.openRecomputed ?? 0, decided: saved.decidedRecomputed ?? 0 },
          });
          onClose();
        },
        onError: (error) => {
          if ((error as { status?: number }).status === 412) {
            // Nothing was saved: show the day as it is now and let the admin decide again.
            notify('resources.calendar.stale', { type: 'warning' });
            void refreshed();
            return;
          }
          notify((error as Error).message, { type: 'error' });
        },
      },
    );
  };
  return (
    <Dialog open onClose={onClose} maxWidth="xs" fullWidth>
      <DialogTitle>{translate('resources.calendar.edit_title', { date })}</DialogTitle>
      <DialogContent>
        <RadioGroup value={kind} onChange={(e) => setKind(e.target.value as CalendarDayInput['kind'])}>
          {KINDS.map((k) => (
            <FormControlLabel
              key={k}
              value={k}
              control={<Radio size="small" />}
              label={translate(`resources.calendar.kinds.${k}`)}
            />
          ))}
        </RadioGroup>
        {kind !== 'normal' && (
          <TextField
            size="small"
            fullWidth
            sx={{ mt: 1 }}
            label={translate('resources.calendar.fields.name')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            slotProps={{ htmlInput: { maxLength: 50 } }}
          />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={save} disabled={isPending || !seen}>
          {translate('ra.action.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
