-- The share of decisions within the 7-working-day SLA the team aims for: the
-- dashboard's target line and its shares are read against it. PRODUCT.md names
-- the SLA but no target share; 0.9 is the team's working goal.
INSERT INTO settings (key, value) VALUES ('sla_target_share', '0.9') ON CONFLICT (key) DO NOTHING;
