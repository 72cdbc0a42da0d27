import { CreateButton, DataTable, List, TopToolbar } from 'react-admin';
import { CheckMark } from '../common/CheckMark.tsx';
import { DateTimeField } from '../common/DateTimeField.tsx';
import { EnumField } from '../common/EnumField.tsx';
import { ListError } from '../common/ListError.tsx';
import type { StaffUser } from '../types.ts';
import { RolesField } from './RolesField.tsx';
import { UserActionButtons } from './UserActionButtons.tsx';

const Column = DataTable.Col<StaffUser>;

/** Staff accounts for the admin: a row opens the edit form; accounts are disabled, never deleted. */
const UserList = () => (
  <List
    sort={{ field: 'id', order: 'ASC' }}
    perPage={50}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
    error={<ListError />}
  >
    <DataTable bulkActionButtons={false} rowClick="edit" size="small">
      <Column source="username" sx={{ fontWeight: 600 }} />
      <Column source="displayName" />
      <Column source="email" disableSort />
      <Column source="roles" disableSort field={RolesField} />
      <Column source="language" disableSort field={EnumField} />
      <Column source="active" disableSort render={(r) => <CheckMark ok={r.active} />} />
      <Column source="lastLoginAt" render={() => <DateTimeField source="lastLoginAt" relative />} />
      <Column source="id" label="" disableSort render={() => <UserActionButtons />} />
    </DataTable>
  </List>
);

export default UserList;
