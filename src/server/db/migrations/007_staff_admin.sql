-- Staff administration (issue 10). A temporary password (a new account's, or
-- one an admin reset) must be changed at the next login; last_login_at is
-- what the admin's list shows; password_changed_at dates the current password.
ALTER TABLE staff_users
  ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
  ADD COLUMN last_login_at timestamptz,
  ADD COLUMN password_changed_at timestamptz;

-- Sessions are keyed by their token's hash, which must never leave the server:
-- this id is what the profile's session list shows and revokes.
ALTER TABLE sessions ADD COLUMN id integer GENERATED ALWAYS AS IDENTITY;
CREATE UNIQUE INDEX sessions_id_idx ON sessions (id);
