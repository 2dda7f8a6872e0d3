-- Q1/Q7 per site: what the hall sets for its public screens (null: the default).
CREATE TABLE sh_queue_screen_setting (
    site_id              BIGINT       PRIMARY KEY,
    board_notice         VARCHAR(300),
    speech_rate_percent  INT,
    kiosk_return_seconds INT
);
