import type { ReactNode } from 'react';
import {
  Alert,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  type ButtonProps,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { ActionProblemAlert } from './ActionProblemAlert.tsx';
import type { ActionProblem } from './actionProblem.ts';

interface ActionDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirmColor?: ButtonProps['color'];
  onConfirm: () => void;
  /** A second confirm that also opens the next request ("approve and next"). */
  confirmAndNextLabel?: string;
  onConfirmAndNext?: () => void;
  /** Enter confirms and goes on to the next request (a keyboard-only day). */
  focusAndNext?: boolean;
  onClose: () => void;
  pending: boolean;
  /** Why the action cannot be confirmed now (the request moved on, a field is invalid). */
  blockedReason?: string | null;
  /** What went wrong with the last attempt, shown inline so nothing typed is lost. */
  problem?: ActionProblem | null;
  onProblemDone?: () => void;
  /** The problem already rendered, for dialogs of another record than a request (refunds). */
  problemAlert?: ReactNode;
  maxWidth?: 'xs' | 'sm' | 'md';
}

/** The frame of every workflow dialog: what will happen, the inputs, then confirm or cancel. */
export const ActionDialog = ({
  title,
  children,
  confirmLabel,
  confirmColor = 'primary',
  onConfirm,
  confirmAndNextLabel,
  onConfirmAndNext,
  focusAndNext = false,
  onClose,
  pending,
  blockedReason,
  problem,
  onProblemDone,
  problemAlert,
  maxWidth = 'sm',
}: ActionDialogProps) => {
  const translate = useTranslate();
  return (
    <Dialog
      open
      onClose={pending ? undefined : onClose}
      fullWidth
      maxWidth={maxWidth}
      aria-labelledby="action-dialog-title"
    >
      <DialogTitle id="action-dialog-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Stack spacing={2}>
          {children}
          {blockedReason && !problem && !problemAlert && (
            <Alert severity="info" variant="outlined">
              {blockedReason}
            </Alert>
          )}
          {problem && <ActionProblemAlert problem={problem} onDone={onProblemDone} />}
          {problemAlert}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, py: 1.5 }}>
        <Button onClick={onClose} disabled={pending} color="inherit">
          {translate('ra.action.cancel')}
        </Button>
        {onConfirmAndNext && confirmAndNextLabel && (
          <Button
            variant="outlined"
            color={confirmColor}
            onClick={onConfirmAndNext}
            autoFocus={focusAndNext}
            disabled={pending || !!blockedReason}
          >
            {confirmAndNextLabel}
          </Button>
        )}
        <Button
          variant="contained"
          color={confirmColor}
          onClick={onConfirm}
          disabled={pending || !!blockedReason}
          startIcon={pending ? <CircularProgress size={14} color="inherit" /> : undefined}
        >
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
