import { lazy } from 'react';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import type { ActionProps } from './actionProps.ts';
import { DialogActionButton } from './DialogActionButton.tsx';

const RejectDialog = lazy(() => import('./RejectDialog.tsx'));

/** Refuse the cancellation, with a reason code and a message to the customer (in a dialog). */
export const RejectButton = (props: ActionProps) => (
  <DialogActionButton {...props} action="reject" icon={<BlockOutlined />} dialog={RejectDialog} color="error" />
);
