import type { ReactNode } from 'react';
import { Box } from '@mui/material';
import { Layout as RaLayout, useGetIdentity, useRefresh } from 'react-admin';
import { ChangePasswordForm } from '../profile/ChangePasswordForm.tsx';
import { AppBar } from './AppBar.tsx';
import { AppMenu } from './AppMenu.tsx';
import { KeyboardHelp } from './KeyboardHelp.tsx';

/** With a temporary password the server refuses everything else, so the app shows only the change form. */
const MustChangePassword = ({ children }: { children: ReactNode }) => {
  const { identity, refetch } = useGetIdentity();
  const refresh = useRefresh();
  if (!identity?.mustChangePassword) return <>{children}</>;
  return (
    <Box sx={{ mt: 2 }}>
      <ChangePasswordForm username={String(identity.username)} onDone={() => void refetch().then(refresh)} />
    </Box>
  );
};

/**
 * react-admin sizes the page to its widest content (`min-width: fit-content`
 * on the root; flex items' automatic minimum in the layout and in a list):
 * the queue's scrollable status tabs alone would widen every page past a
 * 1024 px window. Pages fit the window instead.
 */
const LAYOUT_SX = { minWidth: 0, '& .RaLayout-content, & .RaList-main': { minWidth: 0 } } as const;

export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={AppMenu} sx={LAYOUT_SX}>
    <MustChangePassword>{children}</MustChangePassword>
    <KeyboardHelp />
  </RaLayout>
);
