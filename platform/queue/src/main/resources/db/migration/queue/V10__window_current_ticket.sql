-- Issue 17 (Q5, Q6): a window has at most one current ticket. A call locks its window's row here
-- first, so two calls at one window (a retry whose first answer was lost, on any node) follow each
-- other and the second answers the ticket the first called.
CREATE TABLE sh_window_call (
    window_id BIGINT PRIMARY KEY
);
-- tickets left called or served at a window, listed to the supervisor whatever their day
CREATE INDEX ix_ticket_current ON sh_ticket (status, site_id, window_number);
