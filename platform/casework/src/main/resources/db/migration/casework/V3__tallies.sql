-- T3: the supervision board's counts of open cases per site, dimension (SERVICE, UNIT, WINDOW,
-- STAFF), key and light, kept in the transaction of every change that moves a case in or out of a
-- count (opening, ending, a light, a hand-over), so the board reads a few rows instead of counting
-- a million open cases. Built here from the cases already stored.
CREATE TABLE cw_case_tally (
    site_id   BIGINT       NOT NULL,
    dimension VARCHAR(10)  NOT NULL,
    tally_key VARCHAR(100) NOT NULL,
    light     VARCHAR(10)  NOT NULL,
    n         BIGINT       NOT NULL,
    PRIMARY KEY (site_id, dimension, tally_key, light)
);
INSERT INTO cw_case_tally (site_id, dimension, tally_key, light, n)
    SELECT site_id, 'SERVICE', service_code, light, COUNT(*) FROM cw_case WHERE is_open GROUP BY site_id, service_code, light;
INSERT INTO cw_case_tally (site_id, dimension, tally_key, light, n)
    SELECT site_id, 'UNIT', unit_name, light, COUNT(*) FROM cw_case WHERE is_open GROUP BY site_id, unit_name, light;
INSERT INTO cw_case_tally (site_id, dimension, tally_key, light, n)
    SELECT site_id, 'WINDOW', COALESCE(CAST(window_number AS VARCHAR(12)), ''), light, COUNT(*) FROM cw_case WHERE is_open
    GROUP BY site_id, COALESCE(CAST(window_number AS VARCHAR(12)), ''), light;
INSERT INTO cw_case_tally (site_id, dimension, tally_key, light, n)
    SELECT site_id, 'STAFF', staff_number, light, COUNT(*) FROM cw_case WHERE is_open GROUP BY site_id, staff_number, light;
