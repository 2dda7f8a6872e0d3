-- Q3/Q4 per service: thresholds that differ from the installation's defaults (null: the default).
CREATE TABLE sh_queue_service_setting (
    site_id             BIGINT      NOT NULL,
    service_code        VARCHAR(40) NOT NULL,
    alert_waiting_over  INT,
    wait_target_minutes INT,
    PRIMARY KEY (site_id, service_code)
);

-- Q7 per site: the display board also announces calls in English.
CREATE TABLE sh_queue_site_setting (
    site_id          BIGINT  PRIMARY KEY,
    announce_english BOOLEAN NOT NULL
);
