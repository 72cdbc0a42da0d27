import { Edit } from 'react-admin';
import { UserForm } from './UserForm.tsx';

/** Name, email, roles and language; disabling and password resets are the list's buttons. */
const UserEdit = () => (
  <Edit mutationMode="pessimistic">
    <UserForm />
  </Edit>
);

export default UserEdit;
