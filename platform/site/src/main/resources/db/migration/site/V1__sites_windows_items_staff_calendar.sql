-- Ids come from sequences (JPA SEQUENCE generation, one id per round trip; EclipseLink wants the increment to equal the allocation size): portable between
-- H2 2.x and PostgreSQL, unlike EclipseLink's identity read-back on H2 2.x.
CREATE SEQUENCE sh_site_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sh_window_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sh_service_item_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sh_staff_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE sh_site (
    id        BIGINT PRIMARY KEY,
    code      VARCHAR(40)  NOT NULL,
    name      VARCHAR(100) NOT NULL,
    address   VARCHAR(200),
    opens_at  TIME         NOT NULL,
    closes_at TIME         NOT NULL,
    CONSTRAINT uq_site_code UNIQUE (code)
);

CREATE TABLE sh_service_item (
    id               BIGINT PRIMARY KEY,
    site_id          BIGINT       NOT NULL REFERENCES sh_site (id),
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(100) NOT NULL,
    ticket_prefix    VARCHAR(2)   NOT NULL,
    sector           VARCHAR(40)  NOT NULL,
    time_limit_class VARCHAR(20)  NOT NULL,
    time_limit_days  INT          NOT NULL,
    CONSTRAINT uq_item_code UNIQUE (site_id, code),
    CONSTRAINT uq_item_prefix UNIQUE (site_id, ticket_prefix)
);

CREATE TABLE sh_window (
    id            BIGINT PRIMARY KEY,
    site_id       BIGINT      NOT NULL REFERENCES sh_site (id),
    window_number INT         NOT NULL,
    name          VARCHAR(60) NOT NULL,
    CONSTRAINT uq_window_number UNIQUE (site_id, window_number)
);

CREATE TABLE sh_window_service (
    window_id    BIGINT      NOT NULL REFERENCES sh_window (id) ON DELETE CASCADE,
    service_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (window_id, service_code)
);

CREATE TABLE sh_staff (
    id           BIGINT PRIMARY KEY,
    site_id      BIGINT       NOT NULL REFERENCES sh_site (id),
    staff_number VARCHAR(20)  NOT NULL,
    name         VARCHAR(60)  NOT NULL,
    roles        VARCHAR(100) NOT NULL,
    username     VARCHAR(64)  NOT NULL,
    active       BOOLEAN      NOT NULL,
    CONSTRAINT uq_staff_number UNIQUE (site_id, staff_number),
    CONSTRAINT uq_staff_username UNIQUE (username)
);

CREATE TABLE sh_calendar_day (
    site_id       BIGINT       NOT NULL REFERENCES sh_site (id),
    calendar_date DATE         NOT NULL,
    kind          VARCHAR(20)  NOT NULL,
    note          VARCHAR(100),
    PRIMARY KEY (site_id, calendar_date)
);
