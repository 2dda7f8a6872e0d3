-- T6: the seal register is append-only in the database too: an UPDATE, DELETE or TRUNCATE of its
-- rows fails, whoever tries (the platform has no such path; this stops a hand-written one).
CREATE FUNCTION sh_casework_seal_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the seal register is append-only: % of sh_casework_seal_entry is not allowed', TG_OP;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER tr_casework_seal_no_change BEFORE UPDATE OR DELETE ON sh_casework_seal_entry
    FOR EACH ROW EXECUTE FUNCTION sh_casework_seal_append_only();
CREATE TRIGGER tr_casework_seal_no_truncate BEFORE TRUNCATE ON sh_casework_seal_entry
    FOR EACH STATEMENT EXECUTE FUNCTION sh_casework_seal_append_only();
