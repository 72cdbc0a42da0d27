import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useRequestAccount } from '../useRequestRelated.ts';
import { ActionDialog } from './ActionDialog.tsx';
import type { ActionDialogProps } from './actionProps.ts';
import { DecisionConsequences } from './DecisionConsequences.tsx';
import { useDisabledReason } from './useDisabledReason.ts';
import { useWorkflowDialog } from './useWorkflowDialog.ts';

/** Confirms "pause instead": the request ends, the account is suspended, nothing is cancelled. */
const PauseInsteadDialog = ({ request, check, onClose }: ActionDialogProps) => {
  const translate = useTranslate();
  const { confirm, dialogProps } = useWorkflowDialog(request, onClose);
  const { data: account } = useRequestAccount(request);
  const blocked = useDisabledReason('pause_instead', check, request);
  return (
    <ActionDialog
      title={translate('resources.requests.dialogs.pause_instead_title', { number: request.number })}
      confirmLabel={translate('resources.requests.dialogs.pause_instead_confirm')}
      blockedReason={blocked}
      {...dialogProps}
      onConfirm={() => confirm({ action: 'pause_instead' })}
    >
      <Typography variant="body2">{translate('resources.requests.dialogs.pause_instead_intro')}</Typography>
      <DecisionConsequences decision="pause_instead" request={request} account={account} />
    </ActionDialog>
  );
};

export default PauseInsteadDialog;
