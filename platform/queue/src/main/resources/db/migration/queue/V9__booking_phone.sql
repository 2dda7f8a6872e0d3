-- Q9 (issue 12): a booking keeps the citizen's phone (personal data: shown masked, S3) and the hash
-- of the token in its cancellation link (the link, not the booking code alone, cancels it).
ALTER TABLE sh_booking ADD COLUMN phone VARCHAR(20);
ALTER TABLE sh_booking ADD COLUMN cancel_hash VARCHAR(64);
CREATE UNIQUE INDEX uq_booking_cancel ON sh_booking (cancel_hash);
