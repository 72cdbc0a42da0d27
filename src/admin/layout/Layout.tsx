import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Box } from '@mui/material';
import { Layout as RaLayout, useCanAccess, useGetIdentity, useRefresh, useTranslate } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { CalendarGapBanner } from '../calendar/CalendarGapBanner.tsx';
import { AppBar } from './AppBar.tsx';
import { AppMenu } from './AppMenu.tsx';
import { KeyboardHelp } from './KeyboardHelp.tsx';

// Only someone with a temporary password sees it: not in the first load.
const ChangePasswordForm = lazy(() =>
  import('../profile/ChangePasswordForm.tsx').then((m) => ({ default: m.ChangePasswordForm })),
);

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
      <Suspense>
        <ChangePasswordForm username={String(identity.username)} onDone={() => void refetch().then(refresh)} />
      </Suspense>
    </Box>
  );
};

/** The pages that show SLA figures or due dates: the dashboard, the queue and a request. */
const SHOWS_SLA = /^\/(dashboard|requests)(\/|$)/;

/**
 * On the pages with SLA figures for everyone; on every page but the calendar
 * itself for whoever keeps the calendar (admins never open those pages).
 */
const SlaCalendarBanner = () => {
  const { pathname } = useLocation();
  const { canAccess: keepsCalendar } = useCanAccess({ resource: 'calendar', action: 'edit' });
  const show = SHOWS_SLA.test(pathname) || (keepsCalendar === true && !pathname.startsWith('/calendar'));
  return show ? <CalendarGapBanner /> : null;
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
    <MustChangePassword>
      <SlaCalendarBanner />
      {children}
    </MustChangePassword>
    <KeyboardHelp />
  </RaLayout>
);
