-- Each site has its time zone (issue 12, Time): its opening hours, business day and clock-in times are read in it.
-- Sites stored before take the installation's zone when the site service starts (it is not known to SQL).
ALTER TABLE sh_site ADD COLUMN zone VARCHAR(64);
