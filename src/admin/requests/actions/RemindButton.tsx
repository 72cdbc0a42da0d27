import NotificationsActiveOutlined from '@mui/icons-material/NotificationsActiveOutlined';
import { useTranslate } from 'react-admin';
import { checkReminder } from '../../../domain/awaitingCustomer.ts';
import { useNow } from '../../common/useNow.ts';
import { ActionButton } from './ActionButton.tsx';
import type { ActionProps } from './actionProps.ts';
import { awaitingFacts } from './awaitingFacts.ts';
import { useDisabledReason } from './useDisabledReason.ts';
import { useRefusalText } from './useRefusalText.ts';
import { useRequestAction } from './useRequestAction.ts';

/** Remind the customer of the open information request: at most once a working day (src/domain/awaitingCustomer). */
export const RemindButton = ({ request, check }: ActionProps) => {
  const translate = useTranslate();
  const refusalText = useRefusalText();
  const lifecycle = useDisabledReason('remind', check, request);
  const reminder = checkReminder(awaitingFacts(request), useNow());
  const reason = lifecycle ?? (reminder.ok ? null : refusalText('remind', reminder, request));
  const { run, isPending } = useRequestAction(request);
  return (
    <ActionButton
      label={translate('resources.requests.actions.remind')}
      icon={<NotificationsActiveOutlined />}
      hint={translate('resources.requests.hints.remind')}
      disabledReason={reason}
      pending={isPending}
      onClick={() => run({ action: 'remind' })}
    />
  );
};
