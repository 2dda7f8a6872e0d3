-- P1/M1: the staff member who served a ticket (staff number from attendance, else the account name),
-- set when a window calls it.
ALTER TABLE sh_ticket ADD COLUMN served_by VARCHAR(64);
CREATE INDEX ix_ticket_report ON sh_ticket (site_id, business_date, served_by);
