-- Q4: the latest service times of a service (prediction, alerts) without sorting the whole day:
-- newest first, so "ORDER BY finished_at DESC FETCH FIRST 20" reads 20 index entries.
CREATE INDEX ix_ticket_finished ON sh_ticket (site_id, business_date, service_code, status, finished_at DESC);
