import { lazy } from 'react';
import SwapHorizOutlined from '@mui/icons-material/SwapHorizOutlined';
import type { ActionProps } from './actionProps.ts';
import { DialogActionButton } from './DialogActionButton.tsx';

const ReassignDialog = lazy(() => import('./ReassignDialog.tsx'));

/** A manager hands the request to a reviewer. */
export const ReassignButton = (props: ActionProps) => (
  <DialogActionButton {...props} action="reassign" icon={<SwapHorizOutlined />} dialog={ReassignDialog} />
);
