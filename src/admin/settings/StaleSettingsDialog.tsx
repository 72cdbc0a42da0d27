import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatFen } from '../../domain/money.ts';
import { SETTING_NAMES, type SettingName, type Settings } from '../../domain/settings.ts';
import type { Language } from '../../domain/vocabulary.ts';
import { formatDateTime } from '../common/format.ts';
import type { StaleSettings } from './settingsApi.ts';

interface Props {
  stale: StaleSettings;
  /** What the admin tried to save. */
  mine: Settings;
  /** Start again from the settings as they stand. */
  onUseCurrent: () => void;
  /** Keep the values typed; the next save, made knowingly, replaces the current ones. */
  onKeepMine: () => void;
}

/** A save refused with 412: another admin saved first. Nothing was saved; both versions side by side. */
export const StaleSettingsDialog = ({ stale, mine, onUseCurrent, onKeepMine }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { current } = stale;
  const shown = (name: SettingName, s: Settings) =>
    name === 'refundDualApprovalFen'
      ? Number.isSafeInteger(s[name])
        ? formatFen(s[name], locale as Language)
        : '—'
      : name === 'slaTargetShare'
        ? `${Math.round(s[name] * 10_000) / 100} %`
        : String(s[name]);
  return (
    <Dialog open onClose={onKeepMine} maxWidth="sm" fullWidth>
      <DialogTitle>{translate('settings.stale.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          {translate('settings.stale.body', {
            who: current.updatedBy?.displayName ?? translate('app.none'),
            at: current.updatedAt ? formatDateTime(current.updatedAt, locale) : translate('app.none'),
          })}
        </DialogContentText>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell />
              <TableCell>{translate('settings.stale.now')}</TableCell>
              <TableCell>{translate('settings.stale.mine')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {SETTING_NAMES.map((name) => (
              <TableRow key={name} selected={current[name] !== mine[name]}>
                <TableCell component="th" scope="row">
                  {translate(`settings.names.${name}`)}
                </TableCell>
                <TableCell>{shown(name, current)}</TableCell>
                <TableCell>{shown(name, mine)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </DialogContent>
      <DialogActions>
        <Button onClick={onKeepMine}>{translate('settings.stale.keep_mine')}</Button>
        <Button variant="contained" onClick={onUseCurrent}>
          {translate('settings.stale.use_current')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
