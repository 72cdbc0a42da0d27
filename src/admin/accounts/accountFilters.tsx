import { SelectInput } from 'react-admin';
import { ACCOUNT_STATUSES, ACCOUNT_TYPES } from '../../domain/vocabulary.ts';
import { enumChoices } from '../common/enumChoices.ts';
import { SearchBox } from '../common/SearchBox.tsx';

export const accountFilters = [
  <SearchBox key="q" source="q" alwaysOn placeholder="resources.accounts.filters.search" />,
  <SelectInput key="status" source="status" choices={enumChoices('accounts', 'status', ACCOUNT_STATUSES)} alwaysOn />,
  <SelectInput
    key="accountType"
    source="accountType"
    choices={enumChoices('accounts', 'accountType', ACCOUNT_TYPES)}
    alwaysOn
  />,
];
