import PanToolOutlined from '@mui/icons-material/PanToolOutlined';
import { useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton.tsx';
import type { ActionProps } from './actionProps.ts';
import { useDisabledReason } from './useDisabledReason.ts';
import { useRequestAction } from './useRequestAction.ts';

/** Take the request: submitted → in review, assigned to me. */
export const ClaimButton = ({ request, check }: ActionProps) => {
  const translate = useTranslate();
  const reason = useDisabledReason('claim', check, request);
  const { run, isPending } = useRequestAction(request);
  return (
    <ActionButton
      label={translate('resources.requests.actions.claim')}
      icon={<PanToolOutlined />}
      variant={check.ok ? 'contained' : 'outlined'}
      disabledReason={reason}
      pending={isPending}
      onClick={() => run({ action: 'claim' })}
    />
  );
};
