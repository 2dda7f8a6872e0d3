CREATE INDEX ix_sample_waiting ON sample_line (id) WHERE state = 'WAITING';
