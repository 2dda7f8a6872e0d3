-- Roles per site (S1, issue 16): the roles an account holds on one site each; sh_account.roles keeps
-- the roles held on every site (a central administrator's). Accounts of a site's staff are moved to
-- their site by the site module's migration.
CREATE TABLE sh_account_site_role (
    username  VARCHAR(64)  NOT NULL,
    site_code VARCHAR(40)  NOT NULL,
    roles     VARCHAR(255) NOT NULL,
    CONSTRAINT pk_account_site_role PRIMARY KEY (username, site_code)
);
CREATE INDEX ix_account_site_role_site ON sh_account_site_role (site_code);
