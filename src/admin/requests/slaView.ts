import { DEFAULT_SLA_POLICY } from '../../domain/sla.ts';
import { isDecidedStatus, type RequestStatus, type SlaState } from '../../domain/vocabulary.ts';

/** The SLA fields of a request record, as the server computed them. */
export interface SlaFields {
  status: RequestStatus;
  slaState: SlaState | null;
  slaPaused: boolean;
  workingDaysElapsed: number | null;
  missingCalendarYears: number[];
}

/** What the SLA chip says; no rule is decided here, only how the server's numbers read. */
export type SlaView =
  | { kind: 'gap'; years: number[] }
  | { kind: 'paused'; elapsed: number | null }
  | { kind: 'running'; state: SlaState; daysLeft: number; elapsed: number }
  | { kind: 'overdue'; daysOver: number; elapsed: number }
  | { kind: 'decided'; state: SlaState | null; elapsed: number | null };

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export const slaView = (r: SlaFields, dueWorkingDays = DEFAULT_SLA_POLICY.dueWorkingDays): SlaView => {
  if (isDecidedStatus(r.status)) return { kind: 'decided', state: r.slaState, elapsed: r.workingDaysElapsed };
  if (r.missingCalendarYears.length > 0 || r.workingDaysElapsed == null) {
    return { kind: 'gap', years: r.missingCalendarYears };
  }
  if (r.slaPaused) return { kind: 'paused', elapsed: r.workingDaysElapsed };
  const elapsed = r.workingDaysElapsed;
  if (r.slaState === 'breached') {
    return { kind: 'overdue', daysOver: Math.max(0.1, oneDecimal(elapsed - dueWorkingDays)), elapsed };
  }
  return {
    kind: 'running',
    state: r.slaState ?? 'on_track',
    daysLeft: Math.max(0, oneDecimal(dueWorkingDays - elapsed)),
    elapsed,
  };
};
