import { Alert, AlertTitle, Button } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

/**
 * What a list shows when the server could not answer, or could not be reached
 * (offline: react-query pauses the call until the connection is back): the
 * reason, and a way to try again.
 */
export const ListError = () => {
  const { error, isPaused, refetch } = useListContext();
  const translate = useTranslate();
  const offline = !error && (isPaused || (typeof navigator !== 'undefined' && !navigator.onLine));
  return (
    <Alert
      severity={offline ? 'warning' : 'error'}
      variant="outlined"
      sx={{ m: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => refetch()}>
          {translate('app.retry')}
        </Button>
      }
    >
      <AlertTitle>{translate(offline ? 'reviewer_day.offline.title' : 'app.error_title')}</AlertTitle>
      {offline
        ? translate('reviewer_day.offline.body')
        : error?.message
          ? translate(error.message, { _: error.message })
          : translate('ra.notification.http_error')}
    </Alert>
  );
};
