import type { ActionCheck } from '../../../domain/lifecycle.ts';
import type { CancelRequest } from '../../types.ts';

/** What every button of the action bar receives: the request and the domain's answer for its action. */
export interface ActionProps {
  request: CancelRequest;
  check: ActionCheck;
}

/** What an action's dialog receives: the same, and how to close it. */
export type ActionDialogProps = ActionProps & { onClose: () => void };
