-- Supporting documents with real files (issue 5).

-- Verify and reject carry the version the reviewer saw (If-Match), like the
-- request's own actions; a decision on a changed document is 412.
ALTER TABLE documents ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);

-- storage_key names the file in the file store (the SHA-256 of its bytes) and
-- is set exactly while the file exists: the retention job clears it when it
-- deletes the file, keeping the row and its metadata (hash, size, type, name).
ALTER TABLE documents ADD CONSTRAINT documents_storage_key_format
  CHECK (storage_key ~ '^[0-9a-f]{64}$');
ALTER TABLE documents ADD CONSTRAINT documents_deleted_file_has_no_key
  CHECK (file_deleted_at IS NULL OR storage_key IS NULL);

-- "Does any other row still need this file?" before deleting one.
CREATE INDEX documents_storage_key_idx ON documents (storage_key) WHERE storage_key IS NOT NULL;

-- The retention job starts from accounts whose service has ended (few), then
-- walks requests_account_idx and documents_request_idx.
CREATE INDEX accounts_service_ended_idx ON accounts (service_ended_at) WHERE service_ended_at IS NOT NULL;
