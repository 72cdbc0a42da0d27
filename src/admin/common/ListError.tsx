import { Alert, AlertTitle, Button } from '@mui/material';
import { useListContext, useTranslate } from 'react-admin';

/** What a list shows when the server could not answer: the reason, and a way to try again. */
export const ListError = () => {
  const { error, refetch } = useListContext();
  const translate = useTranslate();
  return (
    <Alert
      severity="error"
      variant="outlined"
      sx={{ m: 2 }}
      action={
        <Button color="inherit" size="small" onClick={() => refetch()}>
          {translate('app.retry')}
        </Button>
      }
    >
      <AlertTitle>{translate('app.error_title')}</AlertTitle>
      {error?.message ? translate(error.message, { _: error.message }) : translate('ra.notification.http_error')}
    </Alert>
  );
};
