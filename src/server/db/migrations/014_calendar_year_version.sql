-- A calendar day edit carries the version its author saw (If-Match), as the
-- request actions do. The version is the year's: an ordinary day has no
-- calendar_days row to hold one (kind 'normal' deletes it), and every day
-- edit recomputes the whole year's deadlines under the year's row lock.
ALTER TABLE calendar_years ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1);
