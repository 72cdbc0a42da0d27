import type { ActionCheck, RequestAction } from '../../../domain/lifecycle.ts';
import type { CancelRequest } from '../../types.ts';
import { useActor } from './useActor.ts';
import { useRefusalText } from './useRefusalText.ts';

/** The domain's refusal for this action, in words; null when the action is allowed. */
export const useDisabledReason = (action: RequestAction, check: ActionCheck, request: CancelRequest): string | null => {
  const refusalText = useRefusalText();
  const actor = useActor();
  return check.ok ? null : refusalText(action, check, request, actor);
};
