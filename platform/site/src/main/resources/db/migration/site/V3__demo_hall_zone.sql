-- The demo hall (created by DemoSite with the code DEMO) is a Chinese hall: Beijing time on any server, as new demo halls are created.
UPDATE sh_site SET zone = 'Asia/Shanghai' WHERE code = 'DEMO' AND zone IS NULL;
