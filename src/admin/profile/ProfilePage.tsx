import { Card, CardContent, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { Title, useDataProvider, useGetIdentity, useLocaleState, useTranslate } from 'react-admin';
import { LANGUAGES, type Language } from '../../domain/vocabulary.ts';
import { forgetMe } from '../authProvider.ts';
import { useNotifyFailure } from '../common/useNotifyFailure.ts';
import type { CancelDeskDataProvider } from '../dataProvider.ts';
import { ChangePasswordForm } from './ChangePasswordForm.tsx';
import { OwnSessions } from './OwnSessions.tsx';

/** Everyone's own page (user menu): password, language, sessions. */
const ProfilePage = () => {
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<CancelDeskDataProvider>();
  const translate = useTranslate();
  const notifyFailure = useNotifyFailure();
  const [locale, setLocale] = useLocaleState();
  const language = useMutation({
    mutationFn: (value: Language) => dataProvider.setOwnLanguage(value),
    onSuccess: (_done, value) => {
      forgetMe();
      setLocale(value);
    },
    onError: notifyFailure,
  });
  return (
    <Stack spacing={2} sx={{ mt: 2, maxWidth: 720 }}>
      <Title title={translate('profile.title')} />
      <ChangePasswordForm username={String(identity?.username ?? '')} />
      <Card variant="outlined">
        <CardContent>
          <Typography variant="h6" id="profile-language">
            {translate('profile.language')}
          </Typography>
          <TextField
            select
            size="small"
            value={identity?.language ?? locale}
            onChange={(e) => language.mutate(e.target.value as Language)}
            disabled={language.isPending}
            // The heading above names the select (axe: an input needs a name).
            slotProps={{ select: { labelId: 'profile-language' } }}
          >
            {LANGUAGES.map((l) => (
              <MenuItem key={l} value={l}>
                {translate(`resources.users.enums.language.${l}`)}
              </MenuItem>
            ))}
          </TextField>
        </CardContent>
      </Card>
      <OwnSessions />
    </Stack>
  );
};

export default ProfilePage;
