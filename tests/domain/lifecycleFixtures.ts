import type { Actor, LifecycleRequest } from '../../src/domain/lifecycle.ts';
import type { Role } from '../../src/domain/vocabulary.ts';

// The people and requests the lifecycle tests speak of.
export const WANG_FANG = 7;

export function aRequest(overrides: Partial<LifecycleRequest> = {}): LifecycleRequest {
  return { status: 'submitted', assigneeId: null, ...overrides };
}
export function claimedBy(
  id: number,
  name?: string,
  status: LifecycleRequest['status'] = 'in_review',
): LifecycleRequest {
  return aRequest({ status, assigneeId: id, assigneeName: name ?? null });
}
export function staff(id: number, ...roles: Role[]): Actor {
  return { kind: 'staff', id, roles };
}
export const wangFang = staff(WANG_FANG, 'reviewer');
export const otherReviewer = staff(8, 'reviewer');
export const manager = staff(9, 'manager');
export const financeOnly = staff(10, 'finance');
export const customer: Actor = { kind: 'customer' };
