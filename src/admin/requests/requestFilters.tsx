import { DateInput, SearchInput, SelectArrayInput, SelectInput } from 'react-admin';
import {
    ACCOUNT_TYPES,
    REASON_CODES,
    REQUEST_STATUSES,
    SLA_STATES,
} from '../../domain/vocabulary.ts';
import { enumChoices } from '../common/enumChoices.ts';
import { AssigneeInput } from './AssigneeInput.tsx';

/** The queue's filters; every key is one the API's request filter accepts. */
export const requestFilters = [
    <SearchInput
        key="q"
        source="q"
        alwaysOn
        placeholder="resources.requests.filters.search"
        sx={{ minWidth: 260 }}
    />,
    <AssigneeInput key="assigneeId" source="assigneeId" alwaysOn />,
    <SelectInput
        key="slaState"
        source="slaState"
        choices={enumChoices('requests', 'slaState', SLA_STATES)}
        alwaysOn
        sx={{ minWidth: 130 }}
    />,
    <SelectArrayInput
        key="status"
        source="status"
        choices={enumChoices('requests', 'status', REQUEST_STATUSES)}
        sx={{ minWidth: 180 }}
    />,
    <SelectInput key="accountType" source="accountType" choices={enumChoices('requests', 'accountType', ACCOUNT_TYPES)} />,
    <SelectInput key="reasonCode" source="reasonCode" choices={enumChoices('requests', 'reasonCode', REASON_CODES)} />,
    <DateInput key="submittedFrom" source="submittedFrom" />,
    <DateInput key="submittedTo" source="submittedTo" />,
];
