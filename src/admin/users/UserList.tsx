import { DataTable, List } from 'react-admin';
import { CheckMark } from '../common/CheckMark.tsx';
import { EnumField } from '../common/EnumField.tsx';
import { ListError } from '../common/ListError.tsx';
import type { StaffUser } from '../types.ts';
import { RolesField } from './RolesField.tsx';

const Column = DataTable.Col<StaffUser>;

/** Staff accounts, read-only for now (editing comes with the admin issue). */
const UserList = () => (
  <List sort={{ field: 'id', order: 'ASC' }} perPage={50} actions={false} error={<ListError />}>
    <DataTable bulkActionButtons={false} rowClick={false} size="small">
      <Column source="username" sx={{ fontWeight: 600 }} />
      <Column source="displayName" />
      <Column source="roles" disableSort field={RolesField} />
      <Column source="language" disableSort field={EnumField} />
      <Column source="active" disableSort render={(r) => <CheckMark ok={r.active} />} />
    </DataTable>
  </List>
);

export default UserList;
