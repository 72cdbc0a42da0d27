import { useState } from 'react';
import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ActionDialog } from './ActionDialog.tsx';
import type { ActionDialogProps } from './actionProps.ts';
import { ReviewerSelect } from './ReviewerSelect.tsx';
import { useDisabledReason } from './useDisabledReason.ts';
import { useWorkflowDialog } from './useWorkflowDialog.ts';

/** Pick the reviewer who takes the request over; where it stands in the lifecycle stays the same. */
const ReassignDialog = ({ request, check, onClose }: ActionDialogProps) => {
  const translate = useTranslate();
  const [assigneeId, setAssigneeId] = useState<number | ''>('');
  const { confirm, submitted, dialogProps } = useWorkflowDialog(request, onClose);
  const blocked = useDisabledReason('reassign', check, request);
  return (
    <ActionDialog
      title={translate('resources.requests.dialogs.reassign_title', { number: request.number })}
      confirmLabel={translate('resources.requests.dialogs.reassign_confirm')}
      blockedReason={blocked}
      {...dialogProps}
      maxWidth="xs"
      onConfirm={() => confirm(assigneeId === '' ? null : { action: 'reassign', assigneeId })}
    >
      <Typography variant="body2">
        {translate('resources.requests.dialogs.reassign_intro', {
          assignee: request.assigneeName ?? translate('resources.requests.show.unassigned'),
        })}
      </Typography>
      <ReviewerSelect
        value={assigneeId}
        onChange={(id) => setAssigneeId(id)}
        currentId={request.assigneeId}
        error={submitted && assigneeId === ''}
      />
    </ActionDialog>
  );
};

export default ReassignDialog;
