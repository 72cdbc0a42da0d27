import type { ReactNode } from 'react';
import { Alert, Box } from '@mui/material';
import { Layout as RaLayout, useGetIdentity, useRefresh, useTranslate } from 'react-admin';
import { ChangePasswordForm } from '../profile/ChangePasswordForm.tsx';
import { AppBar } from './AppBar.tsx';
import { AppMenu } from './AppMenu.tsx';

/** With a temporary password the server refuses everything else, so the app shows only the change form. */
const MustChangePassword = ({ children }: { children: ReactNode }) => {
  const { identity, refetch } = useGetIdentity();
  const refresh = useRefresh();
  const translate = useTranslate();
  if (!identity?.mustChangePassword) return <>{children}</>;
  return (
    <Box sx={{ mt: 2 }}>
      <Alert severity="info" sx={{ mb: 2, maxWidth: 560 }}>
        {translate('profile.password.required')}
      </Alert>
      <ChangePasswordForm username={String(identity.username)} onDone={() => void refetch().then(refresh)} />
    </Box>
  );
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={AppMenu}>
    <MustChangePassword>{children}</MustChangePassword>
  </RaLayout>
);
