import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  ListItemIcon,
  ListItemText,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { CheckMark } from '../../common/CheckMark.tsx';
import type { BulkOutcome } from './bulkOutcome.ts';

interface BulkResultDialogProps {
  outcome: BulkOutcome;
  onClose: () => void;
  /** Whose `bulk.*` words title the dialog (refunds reuse it for bulk approve). */
  resource?: string;
}

/** After a bulk action with refusals: the refused records, each on its own line with why; the rest is counted. */
const BulkResultDialog = ({ outcome, onClose, resource = 'requests' }: BulkResultDialogProps) => {
  const translate = useTranslate();
  const ok = outcome.lines.filter((l) => l.ok);
  const failed = outcome.lines.filter((l) => !l.ok);
  const section = (title: string, lines: typeof ok) =>
    lines.length > 0 && (
      <Box>
        <Typography variant="subtitle2" sx={{ mt: 1 }}>
          {title} ({lines.length})
        </Typography>
        <List dense disablePadding>
          {lines.map((line) => (
            <ListItem
              key={line.id}
              disableGutters
              sx={{ alignItems: 'flex-start' }}
              data-testid={`bulk-${line.ok ? 'ok' : 'failed'}-${line.id}`}
            >
              <ListItemIcon sx={{ minWidth: 30, mt: 0.5 }}>
                <CheckMark ok={line.ok} />
              </ListItemIcon>
              <ListItemText
                primary={line.number}
                secondary={line.ok ? translate(`resources.${resource}.bulk.now`, { status: line.text }) : line.text}
                slotProps={{
                  primary: { variant: 'body2', sx: { fontWeight: 600, fontVariantNumeric: 'tabular-nums' } },
                  secondary: { color: line.ok ? 'text.secondary' : 'error' },
                }}
              />
            </ListItem>
          ))}
        </List>
      </Box>
    );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="bulk-result-title">
      <DialogTitle id="bulk-result-title">
        {translate(`resources.${resource}.bulk.results_title`, {
          action: translate(`resources.${resource}.bulk.${outcome.action}`),
          ok: ok.length,
          failed: failed.length,
        })}
      </DialogTitle>
      <DialogContent dividers>
        {section(translate(`resources.${resource}.bulk.failed`), failed)}
        {ok.length > 0 && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate(`resources.${resource}.bulk.others_done`, { smart_count: ok.length })}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} variant="contained">
          {translate(`resources.${resource}.bulk.close`)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export default BulkResultDialog;
