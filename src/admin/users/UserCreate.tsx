import { useState } from 'react';
import { Create, useRedirect } from 'react-admin';
import type { StaffUserWithPassword } from './staffMethods.ts';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog.tsx';
import { UserForm } from './UserForm.tsx';

/** A new staff account; its temporary password is shown once, then the list. */
const UserCreate = () => {
  const [created, setCreated] = useState<StaffUserWithPassword | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create mutationOptions={{ onSuccess: (user: StaffUserWithPassword) => setCreated(user) }}>
        <UserForm creating />
      </Create>
      <TemporaryPasswordDialog user={created} onClose={() => redirect('list', 'users')} />
    </>
  );
};

export default UserCreate;
