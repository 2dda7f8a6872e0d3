-- Q9 (issue 14 H5) per service: whether it takes appointments, its slot length and places per slot,
-- where they differ from the installation's defaults (null: the default).
CREATE TABLE sh_queue_booking_setting (
    site_id      BIGINT      NOT NULL,
    service_code VARCHAR(40) NOT NULL,
    bookable     BOOLEAN,
    slot_minutes INT,
    places       INT,
    PRIMARY KEY (site_id, service_code)
);

-- A booking keeps the length of the slot it was made in, so a later change of the service's slots does
-- not move its check-in window or its no-show (null: booked before this column, the service's length).
ALTER TABLE sh_booking ADD COLUMN slot_minutes INT;
