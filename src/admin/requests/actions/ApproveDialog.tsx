import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useGateProblems } from '../useGateDetails.ts';
import { useApproval } from '../useRequestRelated.ts';
import { ActionDialog } from './ActionDialog.tsx';
import type { ActionDialogProps } from './actionProps.ts';
import { DecisionConsequences } from './DecisionConsequences.tsx';
import { useDisabledReason } from './useDisabledReason.ts';
import { useWorkflowDialog } from './useWorkflowDialog.ts';

/** Confirms the approval after saying what it does: final, account cancelled, refund, customer told. */
const ApproveDialog = ({ request, check, onClose }: ActionDialogProps) => {
  const translate = useTranslate();
  const { confirm, dialogProps } = useWorkflowDialog(request, onClose);
  const approval = useApproval(request);
  const gateProblems = useGateProblems();
  const refusal = useDisabledReason('approve', check, request);
  const blocked = refusal ?? (approval && !approval.canApprove ? gateProblems(approval.gates).join('\n') : null);
  return (
    <ActionDialog
      title={translate('resources.requests.dialogs.approve_title', { number: request.number })}
      confirmLabel={translate('resources.requests.dialogs.approve_confirm')}
      confirmColor="success"
      blockedReason={blocked}
      {...dialogProps}
      onConfirm={() => confirm({ action: 'approve' })}
      confirmAndNextLabel={translate('resources.requests.dialogs.approve_and_next')}
      onConfirmAndNext={() => confirm({ action: 'approve' }, { andNext: true })}
      focusAndNext
    >
      <Typography variant="body2">
        {translate('resources.requests.dialogs.approve_intro', { holder: request.holderName, number: request.number })}
      </Typography>
      <DecisionConsequences decision="approve" request={request} account={approval?.account} />
    </ActionDialog>
  );
};

export default ApproveDialog;
