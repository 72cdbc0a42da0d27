import { lazy } from 'react';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import { checkRejectReason } from '../../../domain/awaitingCustomer.ts';
import { useNow } from '../../common/useNow.ts';
import type { ActionProps } from './actionProps.ts';
import { awaitingFacts } from './awaitingFacts.ts';
import { DialogActionButton } from './DialogActionButton.tsx';
import { useRefusalText } from './useRefusalText.ts';

const RejectDialog = lazy(() => import('./RejectDialog.tsx'));

/**
 * Refuse the cancellation, with a reason code and a message to the customer (in a dialog).
 * While awaiting the customer: only for no response, from the day src/domain/awaitingCustomer allows it.
 */
export const RejectButton = (props: ActionProps) => {
  const refusalText = useRefusalText();
  const { request } = props;
  const awaiting = checkRejectReason(awaitingFacts(request), null, useNow());
  return (
    <DialogActionButton
      {...props}
      action="reject"
      icon={<BlockOutlined />}
      dialog={RejectDialog}
      color="error"
      alsoDisabledBy={awaiting.ok ? null : refusalText('reject', awaiting, request)}
    />
  );
};
