-- The console language each account chose (issue 12): a language tag such as zh-CN or en; none until chosen
ALTER TABLE sh_account ADD COLUMN language VARCHAR(16);
