-- Q4: the latest service times of a service (prediction, alerts) without sorting the whole day.
CREATE INDEX ix_ticket_finished ON sh_ticket (site_id, business_date, service_code, status, finished_at);
