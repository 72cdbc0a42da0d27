-- An intake key may belong to one account (a customer's own app or a partner
-- acting for that customer): it then reaches only that account's requests.
-- Without an account it is a service key (the portal, customer service) that
-- acts for every account, as every key did before.
ALTER TABLE intake_api_keys
  ADD COLUMN account_id integer REFERENCES accounts (id) ON DELETE CASCADE;

CREATE INDEX intake_api_keys_account_idx ON intake_api_keys (account_id) WHERE account_id IS NOT NULL;
