import { BooleanInput, DateInput, NumberInput, SelectInput } from 'react-admin';
import { ACCOUNT_TYPES, REASON_CODES, SLA_STATES } from '../../domain/vocabulary.ts';
import { enumChoices } from '../common/enumChoices.ts';
import { SearchBox } from '../common/SearchBox.tsx';
import { AssigneeInput } from './AssigneeInput.tsx';
import { DecidedByInput } from './DecidedByInput.tsx';

/**
 * The queue's filters; every key is one the API's request filter accepts.
 * Status is chosen with the tabs above the table (StatusTabs), not here.
 */
export const requestFilters = [
  <SearchBox key="q" source="q" alwaysOn placeholder="resources.requests.filters.search" />,
  <AssigneeInput key="assigneeId" source="assigneeId" alwaysOn />,
  <SelectInput
    key="slaState"
    source="slaState"
    choices={enumChoices('requests', 'slaState', SLA_STATES)}
    alwaysOn
    sx={{ minWidth: 130 }}
  />,
  <SelectInput
    key="accountType"
    source="accountType"
    choices={enumChoices('requests', 'accountType', ACCOUNT_TYPES)}
  />,
  <SelectInput key="reasonCode" source="reasonCode" choices={enumChoices('requests', 'reasonCode', REASON_CODES)} />,
  <DateInput key="submittedFrom" source="submittedFrom" />,
  <DateInput key="submittedTo" source="submittedTo" />,
  // Where the dashboard's charts and its "due next" list lead: shown, so they can be seen and removed.
  <DateInput key="decidedFrom" source="decidedFrom" />,
  <DateInput key="decidedTo" source="decidedTo" />,
  // A histogram bar's bucket (from exclusive, to inclusive) and a throughput bar's decider.
  <NumberInput key="turnaroundFrom" source="turnaroundFrom" min={0} step={0.5} sx={{ width: 190 }} />,
  <NumberInput key="turnaroundTo" source="turnaroundTo" min={0} step={0.5} sx={{ width: 190 }} />,
  <DecidedByInput key="decidedBy" source="decidedBy" />,
  // The API knows only `dueNext: true`: switching it off removes the filter.
  <BooleanInput key="dueNext" source="dueNext" parse={(on: boolean) => (on ? true : undefined)} />,
];
