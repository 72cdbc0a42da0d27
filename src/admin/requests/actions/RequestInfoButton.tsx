import { lazy } from 'react';
import ContactMailOutlined from '@mui/icons-material/ContactMailOutlined';
import type { ActionProps } from './actionProps.ts';
import { DialogActionButton } from './DialogActionButton.tsx';

const RequestInfoDialog = lazy(() => import('./RequestInfoDialog.tsx'));

/** Ask the customer for documents or information; the SLA clock pauses until they answer. */
export const RequestInfoButton = (props: ActionProps) => (
  <DialogActionButton {...props} action="request_info" icon={<ContactMailOutlined />} dialog={RequestInfoDialog} hint />
);
