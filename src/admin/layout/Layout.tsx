import { lazy, Suspense, type ReactNode } from 'react';
import { Box } from '@mui/material';
import { Layout as RaLayout, useGetIdentity, useRefresh } from 'react-admin';
import { AppBar } from './AppBar.tsx';
import { AppMenu } from './AppMenu.tsx';

// Only someone with a temporary password sees it: not in the first load.
const ChangePasswordForm = lazy(() =>
  import('../profile/ChangePasswordForm.tsx').then((m) => ({ default: m.ChangePasswordForm })),
);

/** With a temporary password the server refuses everything else, so the app shows only the change form. */
const MustChangePassword = ({ children }: { children: ReactNode }) => {
  const { identity, refetch } = useGetIdentity();
  const refresh = useRefresh();
  if (!identity?.mustChangePassword) return <>{children}</>;
  return (
    <Box sx={{ mt: 2 }}>
      <Suspense>
        <ChangePasswordForm username={String(identity.username)} onDone={() => void refetch().then(refresh)} />
      </Suspense>
    </Box>
  );
};

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={AppMenu}>
    <MustChangePassword>{children}</MustChangePassword>
  </RaLayout>
);
