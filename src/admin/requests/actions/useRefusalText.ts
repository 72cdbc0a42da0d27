import { useLocale, useTranslate } from 'react-admin';
import { checkAction, type Actor, type ActionCheck, type RequestAction } from '../../../domain/lifecycle.ts';
import { formatDateTime } from '../../common/format.ts';
import type { CancelRequest } from '../../types.ts';

type Refusal = Extract<ActionCheck, { ok: false }>;
type RequestLike = Pick<CancelRequest, 'status' | 'assigneeId' | 'assigneeName'> &
  Partial<Pick<CancelRequest, 'nextReminderAt' | 'noResponseRejectAt'>>;
/** A refusal from src/domain (lifecycle, awaitingCustomer, identityVerification): its code picks the sentence. */
type RefusalLike = { code: string; message: string; unverifiedDocuments?: readonly string[] };

/**
 * Says, in the user's language, why src/domain/lifecycle refused an action:
 * the refusal's `code` picks the sentence, the request fills it in; an unknown
 * code falls back to the domain's (English) message.
 */
export const useRefusalText = () => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    action: RequestAction,
    refusal: Pick<Refusal, 'code' | 'message'> | RefusalLike,
    request: RequestLike,
    actor?: Actor,
  ): string => {
    const args = {
      _: refusal.message,
      action: translate(`resources.requests.actions.${action}`),
      status: translate(`resources.requests.enums.status.${request.status}`),
      assignee:
        request.assigneeName ??
        (request.assigneeId == null ? translate('resources.requests.show.unassigned') : `#${request.assigneeId}`),
      // From when a refused reminder or no-response rejection becomes possible.
      date: (() => {
        const at = refusal.code === 'reminded_today' ? request.nextReminderAt : request.noResponseRejectAt;
        return at ? formatDateTime(at, locale) : '';
      })(),
      types: ('unverifiedDocuments' in refusal ? (refusal.unverifiedDocuments ?? []) : [])
        .map((t) => translate(`resources.documents.enums.type.${t}`))
        .join(translate('app.list_separator')),
    };
    let key: string = refusal.code;
    if (refusal.code === 'already_claimed' && actor?.kind === 'staff' && request.assigneeId === actor.id)
      key = 'already_claimed_by_you';
    // The domain lets a manager act for the assignee on some actions: say so when that is the case.
    if (refusal.code === 'not_assignee' && actor?.kind === 'staff' && !actor.roles.includes('manager')) {
      const asManager = checkAction(action, request, { ...actor, roles: [...actor.roles, 'manager'] });
      if (asManager.ok) key = 'not_assignee_or_manager';
    }
    return translate(`resources.requests.refusals.${key}`, args);
  };
};
