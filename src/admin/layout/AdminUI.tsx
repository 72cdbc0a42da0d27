import { CssBaseline } from '@mui/material';
import {
  AuthenticationError,
  CoreAdminUI,
  Error as ErrorPage,
  LoadingPage,
  NotFound,
  Notification,
  type CoreAdminUIProps,
} from 'react-admin';

/**
 * react-admin's AdminUI with the same pages, minus the defaults we replace:
 * its `loginPage = Login` default would bundle react-admin's login form (and
 * with it react-hook-form and the text fields) into the first load, although
 * App passes a login page of its own that loads on demand. No auth callback
 * page: staff sign in with a password, never through a redirect.
 */
// react-admin's own AdminUI passes NotFound the same way; its title prop is narrower than CoreAdminUI's type.
const catchAll = NotFound as CoreAdminUIProps['catchAll'];

export const AdminUI = (props: CoreAdminUIProps) => (
  <CssBaseline enableColorScheme>
    <CoreAdminUI
      authenticationError={AuthenticationError}
      catchAll={catchAll}
      error={ErrorPage}
      loading={LoadingPage}
      {...props}
    />
    <Notification />
  </CssBaseline>
);
