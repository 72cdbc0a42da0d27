import { lazy } from 'react';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import { useTranslate } from 'react-admin';
import { useGateProblems } from '../useGateDetails.ts';
import { useApproval } from '../useRequestRelated.ts';
import type { ActionProps } from './actionProps.ts';
import { DialogActionButton } from './DialogActionButton.tsx';

const ApproveDialog = lazy(() => import('./ApproveDialog.tsx'));

/**
 * Approve the cancellation. Disabled with the lifecycle's reason, or with the
 * approval gates that fail (src/domain/approvalGates), the same list the
 * checklist panel shows and the server enforces.
 */
export const ApproveButton = (props: ActionProps) => {
  const translate = useTranslate();
  const approval = useApproval(props.request);
  const gateProblems = useGateProblems();
  const gates = !approval
    ? translate('resources.requests.hints.checking')
    : approval.canApprove
      ? null
      : [
          translate('resources.requests.show.cannot_approve', { smart_count: gateProblems(approval.gates).length }),
          ...gateProblems(approval.gates),
        ];
  return (
    <DialogActionButton
      {...props}
      action="approve"
      icon={<TaskAltOutlined />}
      dialog={ApproveDialog}
      variant="contained"
      color="success"
      alsoDisabledBy={gates}
      shortcut="a"
    />
  );
};
