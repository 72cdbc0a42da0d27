import { sql } from 'kysely';
import type { RowScope } from '../../domain/recordAccess.ts';
import type { RowCondition } from './tableResource.ts';

/**
 * A row scope (recordAccess.ts) as a condition on a table whose rows belong to
 * a request (`request_id`): all, those of the requests assigned to someone now, or none.
 */
export function requestRowScope(scope: RowScope): RowCondition {
  if (scope.kind === 'all') return undefined;
  if (scope.kind === 'none') return sql<boolean>`false`;
  return sql<boolean>`request_id in (select id from cancellation_requests where assignee_id = ${scope.staffId})`;
}
