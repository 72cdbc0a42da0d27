import { lazy } from 'react';
import { Route } from 'react-router-dom';
import { AdminContext, CustomRoutes, localStorageStore, Resource } from 'react-admin';
import { authProvider } from './authProvider.ts';
import { dataProvider } from './dataProvider.ts';
import { i18nProvider } from './i18n/i18nProvider.ts';
import { AdminUI } from './layout/AdminUI.tsx';
import { ForbiddenPage } from './layout/ForbiddenPage.tsx';
import { HomeRedirect } from './layout/HomeRedirect.tsx';
import { Layout } from './layout/Layout.tsx';
import { LoginPage } from './layout/lazyLoginPage.ts';
import { darkTheme, lightTheme } from './theme.ts';
import requests from './requests/index.ts';
import refunds from './refunds/index.ts';
import accounts from './accounts/index.ts';
import users from './users/index.ts';
import notifications from './notifications/index.ts';
import auditEvents from './auditEvents/index.ts';
import calendar from './calendar/index.ts';
import { DashboardPageLazy } from './dashboard/pages.ts';
import { SettingsPageLazy } from './settings/index.ts';

const ProfilePage = lazy(() => import('./profile/ProfilePage.tsx'));

/** Where react-admin keeps list params, theme and language between visits (as <Admin> does by default). */
const store = localStorageStore();

/**
 * Cancel Desk. "/" opens the person's home: the dashboard for managers, the
 * queue for reviewers, refunds for finance, staff for admins; a page their
 * roles may not open (src/domain/permissions.ts) says so and leads back there.
 * The dashboard (/dashboard, with recharts) is a lazy chunk of its own.
 *
 * <Admin> spelled out as its two halves: <Admin> imports react-admin's English
 * i18nProvider as a default prop, which put ra-language-english in the first
 * load although the app starts in Chinese and loads English lazily.
 */
export const App = () => (
  <AdminContext
    dataProvider={dataProvider}
    authProvider={authProvider}
    i18nProvider={i18nProvider}
    store={store}
    theme={lightTheme}
    darkTheme={darkTheme}
    defaultTheme="light"
  >
    <AdminUI
      title="注销台"
      layout={Layout}
      dashboard={HomeRedirect}
      accessDenied={ForbiddenPage}
      loginPage={LoginPage}
      requireAuth
      disableTelemetry
    >
      <Resource name="requests" {...requests} />
      <Resource name="refunds" {...refunds} />
      <Resource name="accounts" {...accounts} />
      <Resource name="users" {...users} />
      <Resource name="notifications" {...notifications} />
      <Resource name="orders" />
      <Resource name="documents" />
      <Resource name="audit-events" {...auditEvents} />
      <Resource name="calendar" {...calendar} />
      <CustomRoutes>
        <Route path="/profile" element={<ProfilePage />} />
        <Route path="/dashboard" element={<DashboardPageLazy />} />
        <Route path="/settings" element={<SettingsPageLazy />} />
      </CustomRoutes>
    </AdminUI>
  </AdminContext>
);
