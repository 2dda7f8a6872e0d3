-- Roles per site (S1, issue 16): a staff member's account held its roles on every site; it now holds
-- them at the staff member's own site only, and keeps there what it could do before. Accounts with the
-- administrator role stay administrators of every site (central), so no installation loses its last one.
INSERT INTO sh_account_site_role (username, site_code, roles)
SELECT a.username, s.code, a.roles
FROM sh_account a
JOIN sh_staff st ON st.username = a.username
JOIN sh_site s ON s.id = st.site_id
WHERE a.roles <> '' AND a.roles NOT LIKE '%ADMIN%'
  AND NOT EXISTS (SELECT 1 FROM sh_account_site_role r WHERE r.username = a.username AND r.site_code = s.code);
UPDATE sh_account SET roles = ''
WHERE roles NOT LIKE '%ADMIN%' AND username IN (SELECT username FROM sh_staff);
