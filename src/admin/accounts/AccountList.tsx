import { DataTable, ExportButton, List, TopToolbar } from 'react-admin';
import { CheckMark } from '../common/CheckMark.tsx';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { EnumField } from '../common/EnumField.tsx';
import { MoneyField } from '../common/MoneyField.tsx';
import { StatusChip } from '../common/StatusChip.tsx';
import type { Account } from '../types.ts';
import { PhoneField } from './PhoneField.tsx';
import { accountCsvColumns } from './accountExport.ts';
import { useCsvExporter } from '../common/useCsvExporter.ts';
import { accountFilters } from './accountFilters.tsx';

const Column = DataTable.Col<Account>;

/** Customer accounts: look one up by number, holder or phone. */
const AccountList = () => {
  const exporter = useCsvExporter(accountCsvColumns, 'resources.accounts.name');
  return (
    <List
      exporter={exporter}
      filters={accountFilters}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      actions={
        <TopToolbar>
          <ExportButton />
        </TopToolbar>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false} size="small">
        <Column source="accountNumber" sx={{ fontWeight: 600 }} />
        <Column source="holderName" />
        <Column source="accountType" disableSort field={EnumField} />
        <Column source="phone" disableSort field={PhoneField} />
        <Column source="planName" disableSort />
        <Column source="cardKind" disableSort field={EnumField} />
        <Column source="status" render={() => <StatusChip />} />
        <Column source="identityVerified" disableSort render={(r) => <CheckMark ok={r.identityVerified} />} />
        <Column source="balanceFen" align="right" field={MoneyField} />
        <Column source="openedAt" render={() => <DateTimeField source="openedAt" dateOnly />} />
      </DataTable>
    </List>
  );
};

export default AccountList;
