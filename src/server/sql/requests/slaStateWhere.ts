import { sql, type ExpressionBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DEFAULT_SLA_POLICY } from '../../../domain/sla.ts';
import { DAY_MS } from '../../../domain/workingDays.ts';
import { isOpenStatus, REQUEST_STATUSES, type RequestStatus, type SlaState } from '../../../domain/vocabulary.ts';

export type RequestsEb = ExpressionBuilder<DB & { r: DB['cancellationRequests'] }, 'r'>;

/** Statuses whose SLA state is decided alike: a running clock, a paused one, a turnaround. */
export function slaStatusGroups(statuses: readonly RequestStatus[]) {
  return {
    running: statuses.filter((s) => isOpenStatus(s) && s !== 'awaiting_customer'),
    paused: statuses.filter((s) => s === 'awaiting_customer'),
    decided: statuses.filter((s) => !isOpenStatus(s)),
  };
}

/** The requests (among `statuses`) whose SLA state is `state` at `now`, as one condition. */
export function slaStateWhere(
  eb: RequestsEb,
  state: SlaState,
  now: Date,
  statuses: readonly RequestStatus[] = REQUEST_STATUSES,
) {
  // Mirrors domain slaStateFor: open requests compare the stored deadlines with
  // now, or with the pause start for one awaiting the customer (a paused clock
  // does not advance; paused_at is set exactly then, a CHECK says so); decided
  // ones compare their turnaround with the policy. One branch per kind of
  // status, each a plain range on (status, due_at / risk_at) the index answers,
  // and only for the statuses the rest of the filter lets through.
  const risk = DEFAULT_SLA_POLICY.riskWorkingDays * DAY_MS;
  const due = DEFAULT_SLA_POLICY.dueWorkingDays * DAY_MS;
  const { running, paused, decided } = slaStatusGroups(statuses);
  const clock = (t: 'now' | 'paused') => (t === 'now' ? sql<Date>`${now}` : eb.ref('r.pausedAt'));
  const openBranch = (t: 'now' | 'paused') => {
    switch (state) {
      case 'on_track':
        return [eb('r.riskAt', '>', clock(t))];
      case 'at_risk':
        return [eb('r.riskAt', '<=', clock(t)), eb('r.dueAt', '>=', clock(t))];
      default:
        return [eb('r.dueAt', '<', clock(t))];
    }
  };
  const decidedBranch = () => {
    switch (state) {
      case 'on_track':
        return [eb('r.turnaroundMs', '<', risk)];
      case 'at_risk':
        return [eb('r.turnaroundMs', '>=', risk), eb('r.turnaroundMs', '<=', due)];
      default:
        return [eb('r.turnaroundMs', '>', due)];
    }
  };
  const branches = [];
  if (running.length) branches.push(eb.and([eb('r.status', 'in', running), ...openBranch('now')]));
  if (paused.length) branches.push(eb.and([eb('r.status', '=', 'awaiting_customer'), ...openBranch('paused')]));
  if (decided.length) branches.push(eb.and([eb('r.status', 'in', decided), ...decidedBranch()]));
  return branches.length ? eb.or(branches) : sql<boolean>`false`;
}
