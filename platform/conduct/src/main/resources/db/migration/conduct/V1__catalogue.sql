-- Conduct catalogue and phrases (C1-C3). Shipped and contributed rules and phrases live in files
-- (HALL-INF/conduct/); the database keeps only what each site changed, keyed by rule code, step or
-- phrase, so a plugin's removal hides its rules but keeps the site's edits.
-- Ids from sequences, one per round trip (portable between H2 2.x and PostgreSQL).
CREATE SEQUENCE sh_conduct_rule_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sh_conduct_phrase_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sh_conduct_forbidden_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE sh_conduct_refusal_seq START WITH 1 INCREMENT BY 1;

-- A site's own rule (site_added) or its edit of a shipped/contributed rule (null columns: as shipped).
CREATE TABLE sh_conduct_rule (
    id         BIGINT PRIMARY KEY,
    site_id    BIGINT        NOT NULL,
    code       VARCHAR(40)   NOT NULL,
    site_added BOOLEAN       NOT NULL,
    category   VARCHAR(20),
    text_zh    VARCHAR(1000),
    text_en    VARCHAR(1000),
    enabled    BOOLEAN       NOT NULL,
    CONSTRAINT uq_conduct_rule UNIQUE (site_id, code)
);

-- A site's own wording of the standard phrase (文明用语) for a step of service.
CREATE TABLE sh_conduct_phrase (
    id      BIGINT PRIMARY KEY,
    site_id BIGINT        NOT NULL,
    step    VARCHAR(30)   NOT NULL,
    text    VARCHAR(500)  NOT NULL,
    CONSTRAINT uq_conduct_phrase UNIQUE (site_id, step)
);

-- A site's forbidden phrase (服务忌语), or (removed) a shipped one hidden at the site.
-- phrase_key is the phrase as the checker compares it (NFKC, lower case, no spaces or punctuation).
CREATE TABLE sh_conduct_forbidden (
    id         BIGINT PRIMARY KEY,
    site_id    BIGINT        NOT NULL,
    phrase_key VARCHAR(200)  NOT NULL,
    phrase     VARCHAR(200)  NOT NULL,
    suggestion VARCHAR(500)  NOT NULL,
    removed    BOOLEAN       NOT NULL,
    CONSTRAINT uq_conduct_forbidden UNIQUE (site_id, phrase_key)
);

-- A text refused for its forbidden phrases, for supervisors (C3).
CREATE TABLE sh_conduct_refusal (
    id          BIGINT PRIMARY KEY,
    site_id     BIGINT        NOT NULL,
    username    VARCHAR(100)  NOT NULL,
    refused_at  TIMESTAMP     NOT NULL,
    text        VARCHAR(2000) NOT NULL,
    phrases     VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_conduct_refusal_site ON sh_conduct_refusal (site_id, refused_at);
