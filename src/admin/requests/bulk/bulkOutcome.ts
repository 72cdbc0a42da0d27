import type { BulkAction } from '../../dataProvider.ts';

/** One request's line in a bulk result, ready to show. */
export interface BulkLine {
  id: number;
  number: string;
  ok: boolean;
  /** Success: the status it is in now. Refusal: why, in the user's language. */
  text: string;
}

export interface BulkOutcome {
  /** A requests BulkAction, or a refund action (bulk approve). */
  action: BulkAction | 'approve';
  lines: BulkLine[];
}
