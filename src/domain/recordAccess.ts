// The permission rules that depend on the record, not only on the role.
// Deciding and working a request (only the assignee approves, rejects, asks
// the customer; a manager may release for them) is lifecycle.ts's checkAction;
// checking a document is documentRules.ts's checkDocumentReview; approving a
// refund is refundApproval.ts. What stays here: reviewers work their own
// requests but read all, see their own requests' messages and their own figures.

import type { Actor, LifecycleRequest } from './lifecycle.ts';
import { can, missingPermissionMessage } from './permissions.ts';
import { isDecidedStatus } from './vocabulary.ts';

export type StaffActor = Extract<Actor, { kind: 'staff' }>;

export type RecordCheck =
  | { ok: true }
  | { ok: false; status: 403 | 409; code: 'request_decided' | 'role_forbidden' | 'not_assignee'; message: string };

function assigneeLabel(r: LifecycleRequest): string {
  if (r.assigneeName) return r.assigneeName;
  return r.assigneeId === null ? 'nobody' : `user #${r.assigneeId}`;
}

/**
 * The internal note belongs to the work on the request: its assignee (or a
 * manager) writes it while the request is open. A decided request is final,
 * its note included. Same order as checkAction: decided, role, assignee.
 */
export function checkNoteEdit(request: LifecycleRequest, actor: StaffActor): RecordCheck {
  if (isDecidedStatus(request.status)) {
    return {
      ok: false,
      status: 409,
      code: 'request_decided',
      message: `request is ${request.status}: a decided request is final and cannot change`,
    };
  }
  if (!can(actor.roles, 'requests.editNote')) {
    return { ok: false, status: 403, code: 'role_forbidden', message: missingPermissionMessage('requests.editNote') };
  }
  if (request.assigneeId !== actor.id && !actor.roles.includes('manager')) {
    return {
      ok: false,
      status: 403,
      code: 'not_assignee',
      message: `Editing the internal note is up to the assignee (${assigneeLabel(request)}) or a manager`,
    };
  }
  return { ok: true };
}

/** Which rows of a list a person sees: all, those of the requests assigned to them, or none. */
export type RowScope = { kind: 'all' } | { kind: 'assignedTo'; staffId: number } | { kind: 'none' };

/** Customer messages: a manager sees the whole outbox, a reviewer the messages of the requests they hold. */
export function notificationScope(actor: StaffActor): RowScope {
  if (!can(actor.roles, 'notifications.list')) return { kind: 'none' };
  if (actor.roles.includes('manager')) return { kind: 'all' };
  return { kind: 'assignedTo', staffId: actor.id };
}

/** May this person open this message? `requestAssigneeId`: who holds the request it was sent for, now. */
export function mayReadNotification(actor: StaffActor, notification: { requestAssigneeId: number | null }): boolean {
  const scope = notificationScope(actor);
  if (scope.kind === 'all') return true;
  return scope.kind === 'assignedTo' && notification.requestAssigneeId === scope.staffId;
}

/** Review figures on the dashboard: the team's for a manager, a reviewer's own, or none; refund figures apart. */
export interface DashboardScope {
  review: RowScope;
  refunds: boolean;
}

export function dashboardScope(actor: StaffActor): DashboardScope {
  const refunds = can(actor.roles, 'dashboard.refundFigures');
  if (can(actor.roles, 'dashboard.teamFigures')) return { review: { kind: 'all' }, refunds };
  if (can(actor.roles, 'dashboard.ownFigures')) return { review: { kind: 'assignedTo', staffId: actor.id }, refunds };
  return { review: { kind: 'none' }, refunds };
}

/**
 * The audit log is the manager's and the admin's; anyone who reads requests
 * also reads one request's own events (its timeline), asked for by requestId,
 * and anyone who reads refunds one refund's own events (its history), asked
 * for by entityType 'refund' and its id: a refund made on request has no
 * request whose timeline would show them.
 */
export function mayListAuditEvents(
  actor: StaffActor,
  filter: { requestId?: number | null; refundId?: string | null },
): boolean {
  if (can(actor.roles, 'auditEvents.list')) return true;
  if (filter.requestId != null && can(actor.roles, 'requests.timeline')) return true;
  return filter.refundId != null && can(actor.roles, 'refunds.read');
}

/** What of the staff list a person sees: every field (admin), display names only, or nothing. */
export function staffListView(actor: StaffActor): 'full' | 'names' | 'none' {
  if (can(actor.roles, 'users.list')) return 'full';
  return can(actor.roles, 'users.listNames') ? 'names' : 'none';
}
