import { lazy, Suspense, useState, type ComponentType, type ReactElement } from 'react';
import type { ButtonProps } from '@mui/material';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import PaymentsOutlined from '@mui/icons-material/PaymentsOutlined';
import ReportProblemOutlined from '@mui/icons-material/ReportProblemOutlined';
import EditOutlined from '@mui/icons-material/EditOutlined';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionToolbar } from '../../common/ActionToolbar.tsx';
import type { RefundAction } from '../../../domain/refundActions.ts';
import { ActionButton } from '../../requests/actions/ActionButton.tsx';
import type { Refund } from '../../types.ts';
import type { RefundDialogProps } from './RefundActionDialogProps.ts';
import { useBlockedReason } from './useBlockedReason.ts';

interface ButtonSpec {
  icon: ReactElement;
  dialog: ComponentType<RefundDialogProps>;
  variant: ButtonProps['variant'];
  color: ButtonProps['color'];
}

/** The buttons in the order shown: the next step first, the ways out last. */
const BUTTONS: Record<RefundAction, ButtonSpec> = {
  approve: {
    icon: <TaskAltOutlined />,
    dialog: lazy(() => import('./ApproveRefundDialog.tsx')),
    variant: 'contained',
    color: 'success',
  },
  pay: {
    icon: <PaymentsOutlined />,
    dialog: lazy(() => import('./PayRefundDialog.tsx')),
    variant: 'contained',
    color: 'primary',
  },
  fail: {
    icon: <ReportProblemOutlined />,
    dialog: lazy(() => import('./FailRefundDialog.tsx')),
    variant: 'outlined',
    color: 'warning',
  },
  amend: {
    icon: <EditOutlined />,
    dialog: lazy(() => import('./AmendRefundDialog.tsx')),
    variant: 'outlined',
    color: 'primary',
  },
  reject: {
    icon: <BlockOutlined />,
    dialog: lazy(() => import('./RejectRefundDialog.tsx')),
    variant: 'outlined',
    color: 'error',
  },
};
const ORDER = Object.keys(BUTTONS) as RefundAction[];

const RefundActionButton = ({ action, refund }: { action: RefundAction; refund: Refund }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const reason = useBlockedReason(action, refund);
  const { icon, dialog: Dialog, variant, color } = BUTTONS[action];
  return (
    <>
      <ActionButton
        label={translate(`resources.refunds.actions.${action}`)}
        icon={icon}
        onClick={() => setOpen(true)}
        disabledReason={reason}
        hint={translate(`resources.refunds.hints.${action}`)}
        variant={variant}
        color={color}
      />
      {open && (
        <Suspense fallback={null}>
          <Dialog refund={refund} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
};

/**
 * A refund's actions. Which exist and why one is disabled come from the
 * refund's availableActions / blockedActions (src/domain/refundActions, run by
 * the server for this person): an action the status does not allow, or the
 * role never may, is not shown; one refused for who you are (you requested
 * it, you decided the request, you gave the first approval) is shown disabled,
 * saying so.
 */
export const RefundActionBar = () => {
  const refund = useRecordContext<Refund>();
  const translate = useTranslate();
  if (!refund) return null;
  const shown = ORDER.filter((action) => {
    if (refund.availableActions?.includes(action)) return true;
    const code = refund.blockedActions?.[action]?.code;
    return code !== undefined && code !== 'invalid_status' && code !== 'role_forbidden';
  });
  if (shown.length === 0) return null;
  return (
    <ActionToolbar label={translate('resources.refunds.show.actions')}>
      {shown.map((action) => (
        <RefundActionButton key={action} action={action} refund={refund} />
      ))}
    </ActionToolbar>
  );
};
