import { AutocompleteInput, DateInput, ReferenceInput } from 'react-admin';
import { YuanFilterInput } from './YuanFilterInput.tsx';

/** Above the tabs (the tabs own the status): who, how much, when. */
export const refundFilters = [
  <ReferenceInput key="accountId" source="accountId" reference="accounts" alwaysOn>
    <AutocompleteInput
      optionText="accountNumber"
      filterToQuery={(q: string) => ({ q })}
      sx={{ minWidth: 200 }}
      label="resources.refunds.fields.accountId"
    />
  </ReferenceInput>,
  <YuanFilterInput key="amountFrom" source="amountFrom" alwaysOn />,
  <YuanFilterInput key="amountTo" source="amountTo" alwaysOn />,
  <DateInput key="createdFrom" source="createdFrom" alwaysOn />,
  <DateInput key="createdTo" source="createdTo" alwaysOn />,
  <ReferenceInput key="requestId" source="requestId" reference="requests">
    <AutocompleteInput optionText="number" filterToQuery={(q: string) => ({ q })} sx={{ minWidth: 200 }} />
  </ReferenceInput>,
];
