// The request state machine and who may move it. The server runs checkAction
// inside the transaction (after SELECT ... FOR UPDATE); the UI runs the same
// function to enable buttons and to say why one is disabled.

import { isDecidedStatus, type RequestStatus, type Role } from './vocabulary.ts';

export const REQUEST_ACTIONS = [
  'claim',
  'release',
  'reassign',
  'request_info',
  'customer_answer',
  'approve',
  'reject',
  'pause_instead',
  'withdraw',
  'verify_identity',
  'resume_review',
  'remind',
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export type Actor = { kind: 'staff'; id: number; roles: readonly Role[] } | { kind: 'customer' };

type ActionRefusalCode =
  | 'request_decided'
  | 'role_forbidden'
  | 'already_claimed'
  | 'not_claimed'
  | 'awaiting_customer'
  | 'not_awaiting_customer'
  | 'invalid_transition'
  | 'not_assignee';

export type ActionCheck =
  { ok: true; next: RequestStatus } | { ok: false; status: 403 | 409; code: ActionRefusalCode; message: string };

export interface LifecycleRequest {
  status: RequestStatus;
  assigneeId: number | null;
  /** Used only to word messages ("claimed by 王芳"). */
  assigneeName?: string | null;
}

interface Rule {
  /** Staff roles allowed (any one suffices), or the customer. */
  who: readonly Role[] | 'customer';
  /** Statuses the action starts from. */
  from: readonly RequestStatus[];
  /** Status after the action; a function when it depends on where it starts. */
  next: RequestStatus | ((from: RequestStatus) => RequestStatus);
  /** Must the actor be the assignee? 'or_manager' lets a manager act for them. */
  assignee: 'no' | 'only' | 'or_manager';
  /** Past participle for messages: "only an in_review request can be approved". */
  verb: string;
  /** What the action is, for messages: "approving a request needs the reviewer role". */
  label: string;
}

const OPEN: readonly RequestStatus[] = ['submitted', 'in_review', 'awaiting_customer'];

const RULES: Record<RequestAction, Rule> = {
  claim: {
    who: ['reviewer', 'manager'],
    from: ['submitted'],
    next: 'in_review',
    assignee: 'no',
    verb: 'claimed',
    label: 'claiming a request',
  },
  release: {
    who: ['reviewer', 'manager'],
    from: ['in_review'],
    next: 'submitted',
    assignee: 'or_manager',
    verb: 'released',
    label: 'releasing a request',
  },
  // Handing work to someone keeps where the request stands; an unclaimed one becomes claimed.
  reassign: {
    who: ['manager'],
    from: OPEN,
    next: (from) => (from === 'submitted' ? 'in_review' : from),
    assignee: 'no',
    verb: 'reassigned',
    label: 'reassigning a request',
  },
  // A manager may claim, so a manager who holds the request may also ask the customer.
  request_info: {
    who: ['reviewer', 'manager'],
    from: ['in_review'],
    next: 'awaiting_customer',
    assignee: 'only',
    verb: 'sent back to the customer',
    label: 'asking the customer for information',
  },
  customer_answer: {
    who: 'customer',
    from: ['awaiting_customer'],
    next: 'in_review',
    assignee: 'no',
    verb: 'answered',
    label: 'answering an information request',
  },
  // Deciding is the reviewer's job, even for a manager who claimed the request.
  approve: {
    who: ['reviewer'],
    from: ['in_review'],
    next: 'approved',
    assignee: 'only',
    verb: 'approved',
    label: 'approving a request',
  },
  // From awaiting_customer only for no response, after the set time (awaitingCustomer.ts).
  reject: {
    who: ['reviewer'],
    from: ['in_review', 'awaiting_customer'],
    next: 'rejected',
    assignee: 'only',
    verb: 'rejected',
    label: 'rejecting a request',
  },
  pause_instead: {
    who: ['reviewer'],
    from: ['in_review'],
    next: 'paused_instead',
    assignee: 'only',
    verb: 'paused instead',
    label: 'pausing the service instead of cancelling',
  },
  withdraw: {
    who: 'customer',
    from: OPEN,
    next: 'withdrawn',
    assignee: 'no',
    verb: 'withdrawn',
    label: 'withdrawing a request',
  },
  // Checking the ID documents against the holder's data is part of the review, as verifying a document is.
  verify_identity: {
    who: ['reviewer', 'manager'],
    from: ['in_review'],
    next: 'in_review',
    assignee: 'only',
    verb: "checked for the holder's identity",
    label: "verifying the holder's identity",
  },
  // The assignee takes the information request back: the clock runs again.
  resume_review: {
    who: ['reviewer', 'manager'],
    from: ['awaiting_customer'],
    next: 'in_review',
    assignee: 'only',
    verb: 'taken back into review',
    label: 'taking the information request back',
  },
  remind: {
    who: ['reviewer', 'manager'],
    from: ['awaiting_customer'],
    next: 'awaiting_customer',
    assignee: 'only',
    verb: 'reminded',
    label: 'reminding the customer',
  },
};

type Refusal = Extract<ActionCheck, { ok: false }>;

function refuse(status: 403 | 409, code: ActionRefusalCode, message: string): Refusal {
  return { ok: false, status, code, message };
}

function assigneeLabel(r: LifecycleRequest): string {
  if (r.assigneeName) return r.assigneeName;
  return r.assigneeId === null ? 'nobody' : `user #${r.assigneeId}`;
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function article(status: RequestStatus): string {
  return /^[aeiou]/.test(status) ? 'an' : 'a';
}

/** Whether the actor's kind and roles could ever perform the action, whatever the request's state. */
export function roleAllows(action: RequestAction, actor: Actor): boolean {
  const { who } = RULES[action];
  if (who === 'customer') return actor.kind === 'customer';
  return actor.kind === 'staff' && actor.roles.some((r) => who.includes(r));
}

function roleRefusal(action: RequestAction): Refusal {
  const { who, label } = RULES[action];
  if (who === 'customer') return refuse(403, 'role_forbidden', `${capitalized(label)} is for the customer only`);
  return refuse(403, 'role_forbidden', `${capitalized(label)} needs the ${who.join(' or ')} role`);
}

function transitionRefusal(action: RequestAction, r: LifecycleRequest): Refusal {
  const rule = RULES[action];
  if (action === 'claim' && r.assigneeId !== null) {
    return refuse(409, 'already_claimed', `request is ${r.status}, claimed by ${assigneeLabel(r)}`);
  }
  if (r.status === 'submitted' && rule.from.includes('in_review')) {
    return refuse(
      409,
      'not_claimed',
      `request is submitted: nobody has claimed it yet, so it cannot be ${rule.verb}; claim it first`,
    );
  }
  // Say what would enable the action, not only that the status forbids it.
  if (r.status === 'awaiting_customer' && rule.from.includes('in_review')) {
    return refuse(
      409,
      'awaiting_customer',
      `request is awaiting the customer: it can be ${rule.verb} once it is in review again (the customer answers, or the assignee takes the information request back)`,
    );
  }
  if (r.status === 'in_review' && rule.from.includes('awaiting_customer') && rule.who !== 'customer') {
    return refuse(
      409,
      'not_awaiting_customer',
      `request is in review: only a request awaiting the customer can be ${rule.verb}; the assignee must ask the customer first`,
    );
  }
  const allowed = rule.from.map((s) => `${article(s)} ${s}`).join(' or ');
  return refuse(409, 'invalid_transition', `request is ${r.status}: only ${allowed} request can be ${rule.verb}`);
}

/**
 * May this actor do this action on this request now, and what status follows?
 * Refusals come in a fixed order so the answer is the most useful one:
 * decided (409), role (403), lifecycle (409), assignee (403).
 */
export function checkAction(action: RequestAction, request: LifecycleRequest, actor: Actor): ActionCheck {
  if (isDecidedStatus(request.status)) {
    return refuse(409, 'request_decided', `request is ${request.status}: a decided request is final and cannot change`);
  }
  if (!roleAllows(action, actor)) return roleRefusal(action);
  const rule = RULES[action];
  if (!rule.from.includes(request.status)) return transitionRefusal(action, request);
  if (rule.assignee !== 'no' && actor.kind === 'staff' && request.assigneeId !== actor.id) {
    const managerMayAct = rule.assignee === 'or_manager' && actor.roles.includes('manager');
    if (!managerMayAct) {
      const orManager = rule.assignee === 'or_manager' ? ' or a manager' : '';
      return refuse(
        403,
        'not_assignee',
        `${capitalized(rule.label)} is up to the assignee (${assigneeLabel(request)})${orManager}`,
      );
    }
  }
  const next = typeof rule.next === 'function' ? rule.next(request.status) : rule.next;
  return { ok: true, next };
}

/**
 * The actions this actor's roles allow, each with its check, for the action
 * bar: what a role may never do is left out (hidden), the rest is shown
 * enabled or disabled with the refusal's message.
 */
export function availableActions(
  request: LifecycleRequest,
  actor: Actor,
): { action: RequestAction; check: ActionCheck }[] {
  return REQUEST_ACTIONS.filter((a) => roleAllows(a, actor)).map((action) => ({
    action,
    check: checkAction(action, request, actor),
  }));
}
