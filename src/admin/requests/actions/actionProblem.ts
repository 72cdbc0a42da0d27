import type { Gate } from '../../../domain/approvalGates.ts';
import type { RequestAction } from '../../../domain/lifecycle.ts';
import type { CancelRequest } from '../../types.ts';

/** Why a call did not go through, ready to be shown. */
export type ActionProblem =
  /** 412: someone changed the request since this page loaded; nothing was done. */
  | { kind: 'conflict'; action: RequestAction; current: CancelRequest | null }
  /** 409/403 from the lifecycle: the reason, in the user's language. */
  | { kind: 'refused'; action: RequestAction; text: string }
  /** 409 approval_gates: the gates that failed. */
  | { kind: 'gates'; action: RequestAction; gates: Gate[] }
  | { kind: 'failed'; action: RequestAction; text: string };
