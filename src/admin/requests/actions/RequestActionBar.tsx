import type { ComponentType } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { ActionToolbar } from '../../common/ActionToolbar.tsx';
import { availableActions, type RequestAction } from '../../../domain/lifecycle.ts';
import type { CancelRequest } from '../../types.ts';
import type { ActionProps } from './actionProps.ts';
import { ApproveButton } from './ApproveButton.tsx';
import { ClaimButton } from './ClaimButton.tsx';
import { PauseInsteadButton } from './PauseInsteadButton.tsx';
import { ReassignButton } from './ReassignButton.tsx';
import { RejectButton } from './RejectButton.tsx';
import { ReleaseButton } from './ReleaseButton.tsx';
import { RemindButton } from './RemindButton.tsx';
import { RequestInfoButton } from './RequestInfoButton.tsx';
import { ResumeReviewButton } from './ResumeReviewButton.tsx';
import { useActor } from './useActor.ts';

/**
 * The staff actions, in the order they are shown: taking work, handing it on, asking, deciding.
 * While awaiting the customer the asking buttons give way to taking it back and reminding.
 */
const BUTTONS: Partial<Record<RequestAction, ComponentType<ActionProps>>> = {
  claim: ClaimButton,
  release: ReleaseButton,
  reassign: ReassignButton,
  request_info: RequestInfoButton,
  resume_review: ResumeReviewButton,
  remind: RemindButton,
  pause_instead: PauseInsteadButton,
  reject: RejectButton,
  approve: ApproveButton,
};
const ORDER = Object.keys(BUTTONS) as RequestAction[];

/**
 * The request page's action bar. Which buttons exist comes from the actor's
 * roles, whether each is enabled (and why not) from src/domain/lifecycle's
 * availableActions: nothing here decides a rule. A decided request shows none
 * (the page already says it is final).
 */
export const RequestActionBar = () => {
  const request = useRecordContext<CancelRequest>();
  const actor = useActor();
  const translate = useTranslate();
  if (!request || !actor) return null;
  const awaiting = request.status === 'awaiting_customer';
  const available = availableActions(request, actor)
    .filter(({ action }) => BUTTONS[action])
    // Only the moves that fit where the request stands: asking while in review, taking back or reminding while awaiting.
    .filter(({ action }) =>
      action === 'request_info' ? !awaiting : action === 'resume_review' || action === 'remind' ? awaiting : true,
    )
    .sort((a, b) => ORDER.indexOf(a.action) - ORDER.indexOf(b.action));
  if (available.every(({ check }) => !check.ok && check.code === 'request_decided')) return null;
  return (
    <ActionToolbar label={translate('resources.requests.show.workflow')}>
      {available.map(({ action, check }) => {
        const ActionComponent = BUTTONS[action]!;
        return <ActionComponent key={action} request={request} check={check} />;
      })}
    </ActionToolbar>
  );
};
