import SkipNextOutlined from '@mui/icons-material/SkipNextOutlined';
import { useRecordContext, useTranslate } from 'react-admin';
import { roleAllows } from '../../../domain/lifecycle.ts';
import type { CancelRequest } from '../../types.ts';
import { ActionButton } from './ActionButton.tsx';
import { useActor } from './useActor.ts';
import { useKeyboardShortcut } from './useKeyboardShortcut.ts';
import { useNextRequest } from './useNextRequest.ts';

/**
 * 下一个申请: opens my own most urgent request in review, else claims the
 * unclaimed request due soonest and opens it (never the request on screen).
 * Shown to whoever may claim; the `n` key does the same when nothing else has the focus.
 */
export const NextRequestButton = ({ variant = 'outlined' }: { variant?: 'outlined' | 'contained' | 'text' }) => {
  const translate = useTranslate();
  const actor = useActor();
  const mayClaim = !!actor && roleAllows('claim', actor);
  const onScreen = useRecordContext<CancelRequest>();
  const { takeNext: next, isPending } = useNextRequest();
  const takeNext = () => next(onScreen?.id);
  useKeyboardShortcut('n', takeNext, mayClaim);
  if (!mayClaim) return null;
  return (
    <ActionButton
      label={translate('resources.requests.next.label')}
      icon={<SkipNextOutlined />}
      hint={translate('resources.requests.next.hint')}
      variant={variant}
      pending={isPending}
      onClick={takeNext}
    />
  );
};
