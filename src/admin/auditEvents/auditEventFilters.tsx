import { DateInput, ReferenceInput, SelectInput } from 'react-admin';
import { ACTOR_TYPES, AUDIT_ENTITY_TYPES } from '../../domain/vocabulary.ts';
import { enumChoices } from '../common/enumChoices.ts';
import { SearchBox } from '../common/SearchBox.tsx';
import { AUDIT_ACTIONS } from './auditActions.ts';

const actionChoices = AUDIT_ACTIONS.map((id) => ({ id, name: `resources.audit-events.actions.${id}` }));

export const auditEventFilters = [
  <SearchBox key="q" source="q" alwaysOn placeholder="resources.audit-events.filters.search" />,
  <ReferenceInput
    key="actorId"
    source="actorId"
    reference="users"
    sort={{ field: 'id', order: 'ASC' }}
    perPage={200}
    alwaysOn
  >
    <SelectInput optionText="displayName" sx={{ minWidth: 140 }} />
  </ReferenceInput>,
  <SelectInput
    key="entityType"
    source="entityType"
    choices={enumChoices('audit-events', 'entityType', AUDIT_ENTITY_TYPES)}
    alwaysOn
    sx={{ minWidth: 130 }}
  />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn sx={{ minWidth: 170 }} />,
  <DateInput key="occurredFrom" source="occurredFrom" alwaysOn />,
  <DateInput key="occurredTo" source="occurredTo" alwaysOn />,
  <SelectInput
    key="actorType"
    source="actorType"
    choices={enumChoices('audit-events', 'actorType', ACTOR_TYPES)}
    sx={{ minWidth: 120 }}
  />,
];
