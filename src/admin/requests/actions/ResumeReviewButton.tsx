import ReplayOutlined from '@mui/icons-material/ReplayOutlined';
import { useTranslate } from 'react-admin';
import { ActionButton } from './ActionButton.tsx';
import type { ActionProps } from './actionProps.ts';
import { useDisabledReason } from './useDisabledReason.ts';
import { useRequestAction } from './useRequestAction.ts';

/** Take the information request back: awaiting the customer → in review, the clock runs again. */
export const ResumeReviewButton = ({ request, check }: ActionProps) => {
  const translate = useTranslate();
  const reason = useDisabledReason('resume_review', check, request);
  const { run, isPending } = useRequestAction(request);
  return (
    <ActionButton
      label={translate('resources.requests.actions.resume_review')}
      icon={<ReplayOutlined />}
      hint={translate('resources.requests.hints.resume_review')}
      disabledReason={reason}
      pending={isPending}
      onClick={() => run({ action: 'resume_review' })}
    />
  );
};
