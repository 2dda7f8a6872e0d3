-- Q2/Q5 on PostgreSQL: the waiting line only. Calling, people ahead and the alerts read the WAITING
-- tickets of a site's day; a partial index holds just those (a ticket leaves it when it is called),
-- so a call reads a handful of entries however long the day has been — and the planner takes it even
-- before today's rows have statistics (it picked the served_by report index and read the whole day:
-- 2.4 ms per call after 8,500 tickets). The index on (site, day, status, service) is no longer needed.
-- H2 has no version 6 of the queue (its status index serves it well); the next shared script in
-- db/migration/queue is V7.
CREATE INDEX ix_ticket_waiting ON sh_ticket (site_id, business_date, service_code, issued_at, id) WHERE status = 'WAITING';
DROP INDEX ix_ticket_open;
