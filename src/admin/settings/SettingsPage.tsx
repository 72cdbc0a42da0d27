import { useState } from 'react';
import { Alert, Card, Stack, Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Loading, Title, useCanAccess, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { Settings } from '../../domain/settings.ts';
import { failureText, type HttpFailure } from '../common/httpFailure.ts';
import { formatDateTime } from '../common/format.ts';
import { ForbiddenPage } from '../layout/ForbiddenPage.tsx';
import { SettingsForm, type SubmitErrors } from './SettingsForm.tsx';
import { StaleSettingsDialog } from './StaleSettingsDialog.tsx';
import { FORM_FIELD, fromFormValues, type SettingsFormValues } from './settingsForm.ts';
import { putSettings, SETTINGS_KEY, useSettings, type SettingsState, type StaleSettings } from './settingsApi.ts';

/** The admin's settings: who may open it is the matrix's settings.read. */
const SettingsPage = () => {
  const { canAccess, isPending } = useCanAccess({ resource: 'settings', action: 'read' });
  if (isPending) return null;
  return canAccess ? <SettingsEditor /> : <ForbiddenPage />;
};

/**
 * The settings as one form, saved with the version it was read at (If-Match):
 * when another admin saved in between, nothing is saved and a dialog shows
 * both, as the calendar's day edit does.
 */
const SettingsEditor = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const { data, error, refetch } = useSettings();
  /** What the form was loaded with, and the version the next save sends (a new form when it changes). */
  const [start, setStart] = useState<SettingsState | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [stale, setStale] = useState<{ stale: StaleSettings; mine: Settings } | null>(null);
  if (data && !start) {
    setStart(data);
    setVersion(data.version);
  }
  const save = useMutation<SettingsState, HttpFailure<Partial<StaleSettings>>, Settings>({
    mutationFn: (settings) => putSettings(settings, version!),
  });
  const loadedFrom = (state: SettingsState) => {
    queryClient.setQueryData(SETTINGS_KEY, state);
    setStart(state);
    setVersion(state.version);
  };

  const onSubmit = async (values: SettingsFormValues): Promise<SubmitErrors> => {
    const settings = fromFormValues(values);
    try {
      loadedFrom(await save.mutateAsync(settings));
      notify('settings.saved', { type: 'success' });
      return undefined;
    } catch (failure) {
      const e = failure as HttpFailure<Partial<StaleSettings>>;
      if (e.status === 412 && e.body?.current && e.body.currentVersion !== undefined) {
        setStale({ stale: { current: e.body.current, currentVersion: e.body.currentVersion }, mine: settings });
        return undefined;
      }
      const fields = e.body?.errors ?? {};
      const byInput = Object.fromEntries(
        Object.entries(FORM_FIELD)
          .filter(([name]) => fields[name])
          .map(([name, input]) => [input, fields[name]!]),
      );
      if (Object.keys(byInput).length > 0) return byInput;
      const text = failureText(e, translate);
      notify(text, { type: 'error', messageArgs: { _: text } });
      return undefined;
    }
  };

  if (error) return <Alert severity="error">{failureText(error as HttpFailure, translate)}</Alert>;
  if (!start) return <Loading />;
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate('settings.title')} />
      <Card variant="outlined">
        <Stack sx={{ px: 2, pt: 2 }} spacing={0.5}>
          <Typography variant="h6" component="h2">
            {translate('settings.title')}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {translate('settings.intro')}
          </Typography>
          <Typography variant="caption" color="text.secondary" data-testid="settings-last-saved">
            {start.updatedAt
              ? translate('settings.last_saved', {
                  who: start.updatedBy?.displayName ?? translate('app.none'),
                  at: formatDateTime(start.updatedAt, locale),
                })
              : translate('settings.never_saved')}
          </Typography>
        </Stack>
        <SettingsForm key={start.version} start={start} onSubmit={onSubmit} />
      </Card>
      {stale && (
        <StaleSettingsDialog
          stale={stale.stale}
          mine={stale.mine}
          onUseCurrent={() => {
            loadedFrom(stale.stale.current);
            setStale(null);
          }}
          onKeepMine={() => {
            setVersion(stale.stale.currentVersion);
            setStale(null);
            void refetch();
          }}
        />
      )}
    </Stack>
  );
};

export default SettingsPage;
