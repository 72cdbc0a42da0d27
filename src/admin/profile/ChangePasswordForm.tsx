import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { COMMON_PASSWORDS_NOT_LOADED, passwordHints } from './passwordHints.ts';
import { forgetMe } from '../authProvider.ts';
import type { CancelDeskDataProvider } from '../dataProvider.ts';

interface Failure {
  body?: { message?: string; errors?: Record<string, string> };
}

/** Own password: the policy's length and username rules checked as you type; the server also checks the common list. */
export const ChangePasswordForm = ({ username, onDone }: { username: string; onDone?: () => void }) => {
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const hints = newPassword ? passwordHints(newPassword, username, COMMON_PASSWORDS_NOT_LOADED) : [];
  const { mutate, isPending, error, reset } = useMutation<unknown, Failure>({
    mutationFn: () => dataProvider.changeOwnPassword({ currentPassword, newPassword }),
    onSuccess: () => {
      forgetMe();
      notify('profile.password.changed', { type: 'success' });
      setCurrent('');
      setNew('');
      onDone?.();
    },
  });
  const errors = error?.body?.errors ?? {};
  return (
    <Card variant="outlined">
      <CardContent>
        <Stack
          component="form"
          spacing={2}
          sx={{ maxWidth: 420 }}
          onSubmit={(event) => {
            event.preventDefault();
            mutate();
          }}
        >
          <Typography variant="h6">{translate('profile.password.title')}</Typography>
          <TextField
            label={translate('profile.password.current')}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => (reset(), setCurrent(e.target.value))}
            error={Boolean(errors.currentPassword)}
            helperText={errors.currentPassword}
            required
          />
          <TextField
            label={translate('profile.password.new')}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => (reset(), setNew(e.target.value))}
            error={Boolean(errors.newPassword) || hints.length > 0}
            helperText={
              errors.newPassword ??
              (hints.map((h) => translate(`profile.password.problem.${h}`)).join(' · ') ||
                translate('profile.password.rule'))
            }
            required
          />
          {error && !error.body?.errors && <Alert severity="error">{error.body?.message}</Alert>}
          <Button type="submit" variant="contained" disabled={isPending || hints.length > 0 || !currentPassword}>
            {translate('profile.password.submit')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};
