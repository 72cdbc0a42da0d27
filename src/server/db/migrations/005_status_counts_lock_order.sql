-- A status change moves one unit between two rows of request_status_counts.
-- The first version took the old status's row, then the new one's, so two
-- opposite moves at the same moment (a reviewer asks a customer for more while
-- another customer's answer comes in) could each hold one row and wait for the
-- other: a deadlock. Both rows are now taken in one order, by status name, as
-- migration 002's per-assignee trigger already does.
CREATE OR REPLACE FUNCTION request_status_counts_trigger() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE request_status_counts SET n = n + 1 WHERE status = NEW.status;
  ELSIF TG_OP = 'UPDATE' AND NEW.status IS DISTINCT FROM OLD.status THEN
    IF OLD.status < NEW.status THEN
      UPDATE request_status_counts SET n = n - 1 WHERE status = OLD.status;
      UPDATE request_status_counts SET n = n + 1 WHERE status = NEW.status;
    ELSE
      UPDATE request_status_counts SET n = n + 1 WHERE status = NEW.status;
      UPDATE request_status_counts SET n = n - 1 WHERE status = OLD.status;
    END IF;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE request_status_counts SET n = n - 1 WHERE status = OLD.status;
  END IF;
  RETURN NULL;
END $$ LANGUAGE plpgsql;
