import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import ContentCopy from '@mui/icons-material/ContentCopy';
import { useTranslate } from 'react-admin';

/** The temporary password, shown once: the server keeps only its hash. */
export const TemporaryPasswordDialog = ({
  user,
  onClose,
}: {
  user: { displayName: string; temporaryPassword: string } | null;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Dialog open={user !== null} onClose={onClose}>
      <DialogTitle>{translate('resources.users.temporary_password.title', { name: user?.displayName })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Alert severity="warning">{translate('resources.users.temporary_password.once')}</Alert>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography
              component="code"
              sx={{ fontFamily: 'monospace', fontSize: 18 }}
              data-testid="temporary-password"
            >
              {user?.temporaryPassword}
            </Typography>
            <Button
              size="small"
              startIcon={<ContentCopy />}
              onClick={() => void navigator.clipboard?.writeText(user?.temporaryPassword ?? '')}
            >
              {translate('resources.users.temporary_password.copy')}
            </Button>
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
