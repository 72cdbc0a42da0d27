import { useState } from 'react';
import { Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ReviewerSelect } from '../actions/ReviewerSelect.tsx';

interface BulkReassignDialogProps {
  count: number;
  pending: boolean;
  onConfirm: (assigneeId: number) => void;
  onClose: () => void;
}

/** The reviewer the selected requests go to. */
const BulkReassignDialog = ({ count, pending, onConfirm, onClose }: BulkReassignDialogProps) => {
  const translate = useTranslate();
  const [assigneeId, setAssigneeId] = useState<number | ''>('');
  const [submitted, setSubmitted] = useState(false);
  return (
    <Dialog open onClose={pending ? undefined : onClose} fullWidth maxWidth="xs" aria-labelledby="bulk-reassign-title">
      <DialogTitle id="bulk-reassign-title">
        {translate('resources.requests.bulk.reassign_title', { smart_count: count })}
      </DialogTitle>
      <DialogContent dividers>
        <ReviewerSelect
          value={assigneeId}
          onChange={(id) => setAssigneeId(id)}
          error={submitted && assigneeId === ''}
        />
      </DialogContent>
      <DialogActions>
        <Button color="inherit" onClick={onClose} disabled={pending}>
          {translate('ra.action.cancel')}
        </Button>
        <Button
          variant="contained"
          disabled={pending}
          startIcon={pending ? <CircularProgress size={14} color="inherit" /> : undefined}
          onClick={() => {
            setSubmitted(true);
            if (assigneeId !== '') onConfirm(assigneeId);
          }}
        >
          {translate('resources.requests.dialogs.reassign_confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

export default BulkReassignDialog;
