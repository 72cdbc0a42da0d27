import { Box, Button, CircularProgress, Typography } from '@mui/material';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import { useTranslate } from 'react-admin';
import type { useAccountPii } from './useAccountPii.ts';

/** "Show full details" under an account's masked fields; once shown, the note that the reveal is recorded. */
export const RevealPiiButton = ({ pii }: { pii: ReturnType<typeof useAccountPii> }) => {
  const translate = useTranslate();
  if (!pii.canReveal) return null;
  return (
    <Box sx={{ mt: 1.5 }}>
      {pii.revealed ? (
        <Typography variant="caption" color="text.secondary" role="status">
          {translate('resources.accounts.pii.recorded')}
        </Typography>
      ) : (
        <Button
          size="small"
          onClick={pii.reveal}
          disabled={pii.isPending}
          startIcon={pii.isPending ? <CircularProgress size={14} color="inherit" /> : <VisibilityOutlined />}
        >
          {translate('resources.accounts.pii.reveal')}
        </Button>
      )}
    </Box>
  );
};
