-- T3 on H2: the supervision indexes of PostgreSQL's V2, without its partial condition.
CREATE INDEX ix_cw_open_light ON cw_case (site_id, is_open, light, due, id);
CREATE INDEX ix_cw_open_service ON cw_case (site_id, is_open, service_code, light);
CREATE INDEX ix_cw_open_unit ON cw_case (site_id, is_open, unit_name, light);
CREATE INDEX ix_cw_open_window ON cw_case (site_id, is_open, window_number, light);
CREATE INDEX ix_cw_open_staff ON cw_case (site_id, is_open, staff_number, light);
CREATE INDEX ix_cw_open_sweep ON cw_case (is_open, due, yellow_from);
