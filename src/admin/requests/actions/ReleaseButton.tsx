import UndoOutlined from '@mui/icons-material/UndoOutlined';
import { useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton.tsx';
import type { ActionProps } from './actionProps.ts';
import { useDisabledReason } from './useDisabledReason.ts';
import { useRequestAction } from './useRequestAction.ts';

/** Give the request back to the queue (in review → submitted, nobody assigned). */
export const ReleaseButton = ({ request, check }: ActionProps) => {
  const translate = useTranslate();
  const reason = useDisabledReason('release', check, request);
  const { run, isPending } = useRequestAction(request);
  return (
    <ActionButton
      label={translate('resources.requests.actions.release')}
      icon={<UndoOutlined />}
      hint={translate('resources.requests.hints.release')}
      disabledReason={reason}
      pending={isPending}
      onClick={() => run({ action: 'release' })}
    />
  );
};
