import { lazy } from 'react';
import PauseCircleOutlined from '@mui/icons-material/PauseCircleOutlined';
import type { ActionProps } from './actionProps.ts';
import { DialogActionButton } from './DialogActionButton.tsx';

const PauseInsteadDialog = lazy(() => import('./PauseInsteadDialog.tsx'));

/** The customer only wants a break: the account is suspended instead of cancelled (after a confirmation). */
export const PauseInsteadButton = (props: ActionProps) => (
  <DialogActionButton
    {...props}
    action="pause_instead"
    icon={<PauseCircleOutlined />}
    dialog={PauseInsteadDialog}
    hint
  />
);
