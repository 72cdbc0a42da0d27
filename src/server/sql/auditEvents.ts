import { maskPiiInJson } from '../../domain/mask.ts';
import type { TableResource } from './tableResource.ts';
import { fromInstant, toInstant } from './requests/filters.ts';

/**
 * The audit log as a list: equality on who, what and which record (an action
 * may be a list), `q` searches the action code, and `occurredFrom`/`occurredTo`
 * take Shanghai days, both inclusive, as the request list's submittedFrom/To.
 * The actor's name is written with the event, so it reads without a join.
 */
export const auditEvents: TableResource<'auditEvents'> = {
  table: 'auditEvents',
  fields: ['id', 'occurredAt', 'requestId', 'accountId', 'entityType', 'entityId', 'action', 'actorId', 'actorType'],
  searchColumns: ['action'],
  // Snapshots carry messages staff wrote to customers, which may quote a number.
  masked: { before: maskPiiInJson, after: maskPiiInJson },
  conditions: {
    occurredFrom: (eb, value: string) => eb('occurredAt', '>=', fromInstant(value)),
    occurredTo: (eb, value: string) => eb('occurredAt', '<', toInstant(value)),
  },
};
