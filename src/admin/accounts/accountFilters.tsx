import { SearchInput, SelectInput } from 'react-admin';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES } from '../../domain/vocabulary.ts';
import { enumChoices } from '../common/enumChoices.ts';

export const accountFilters = [
    <SearchInput key="q" source="q" alwaysOn placeholder="resources.accounts.filters.search" sx={{ minWidth: 240 }} />,
    <SelectInput key="status" source="status" choices={enumChoices('accounts', 'status', ACCOUNT_STATUSES)} alwaysOn />,
    <SelectInput key="accountType" source="accountType" choices={enumChoices('accounts', 'accountType', ACCOUNT_TYPES)} alwaysOn />,
];
