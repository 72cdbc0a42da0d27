-- The settings page edits the settings (refund_dual_approval_fen,
-- no_response_working_days, sla_target_share) as one object, with the version
-- its author saw (If-Match), as a calendar day edit does: two admins saving at
-- once must not overwrite each other silently. The settings rows are one per
-- key, so the version of the whole lives in this one-row table; a save locks
-- it, checks the version, writes the rows and moves it on. updated_at and
-- updated_by are the last save from the page (null until there is one).
CREATE TABLE settings_revision (
  id         boolean PRIMARY KEY DEFAULT true CHECK (id),
  version    integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  updated_at timestamptz,
  updated_by integer REFERENCES staff_users(id)
);
INSERT INTO settings_revision (id) VALUES (true);
