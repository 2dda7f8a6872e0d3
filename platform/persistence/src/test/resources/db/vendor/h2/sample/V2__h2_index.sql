CREATE INDEX ix_sample_h2 ON sample_line (state);
