import { Alert, AlertTitle, Box, Button } from '@mui/material';
import RefreshIcon from '@mui/icons-material/Refresh';

interface ProblemAlertProps {
  title: string;
  lines: string[];
  /**
   * A 412: the record changed since the page was opened. The alert is a warning
   * with Refresh, never an automatic retry or overwrite.
   */
  conflict?: { refreshLabel: string; onRefresh: () => void };
  onClose?: () => void;
  /** Shown as a notification (filled, with a shadow) rather than inside a dialog. */
  elevated?: boolean;
}

/** Why an action on a record did not happen, the same for requests and refunds. */
export const ProblemAlert = ({ title, lines, conflict, onClose, elevated = false }: ProblemAlertProps) => (
  <Alert
    severity={conflict ? 'warning' : 'error'}
    variant={elevated ? 'filled' : 'outlined'}
    sx={elevated ? { boxShadow: 6, minWidth: 360, maxWidth: 560 } : undefined}
    role="alert"
    onClose={!conflict && elevated ? onClose : undefined}
    action={
      conflict && (
        <Button color="inherit" size="small" startIcon={<RefreshIcon />} onClick={conflict.onRefresh}>
          {conflict.refreshLabel}
        </Button>
      )
    }
  >
    <AlertTitle>{title}</AlertTitle>
    {lines.map((line) => (
      <Box component="span" key={line} sx={{ display: 'block' }}>
        {line}
      </Box>
    ))}
  </Alert>
);
