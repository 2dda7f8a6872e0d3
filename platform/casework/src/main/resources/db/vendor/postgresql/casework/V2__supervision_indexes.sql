-- T3 on PostgreSQL: the supervision board counts and pages the OPEN cases only. Partial indexes
-- hold just those (a case leaves them when it ends), so the counts are index-only scans over the
-- open cases and the first page of a light reads a page of index entries, however many cases the
-- site completed. H2 has the same indexes without the condition (V2 of db/vendor/h2/casework).
CREATE INDEX ix_cw_open_light ON cw_case (site_id, light, due, id) WHERE is_open;
CREATE INDEX ix_cw_open_service ON cw_case (site_id, service_code, light) WHERE is_open;
CREATE INDEX ix_cw_open_unit ON cw_case (site_id, unit_name, light) WHERE is_open;
CREATE INDEX ix_cw_open_window ON cw_case (site_id, window_number, light) WHERE is_open;
CREATE INDEX ix_cw_open_staff ON cw_case (site_id, staff_number, light) WHERE is_open;
CREATE INDEX ix_cw_open_sweep ON cw_case (due, yellow_from) WHERE is_open AND NOT paused;
