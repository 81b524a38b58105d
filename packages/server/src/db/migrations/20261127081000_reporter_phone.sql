-- Case reporters' phones sealed at rest (A9.4, C3, D10; as residents' phones, decision 0004):
-- phone_enc is AES-256-GCM under the data key, phone_hash a keyed hash, phone_mask what lists show.
-- The key never enters the database, so existing plaintext rows are sealed by the server at start
-- (modules/cases/reporter-phone.ts), which then clears the plain `phone` column.
ALTER TABLE case_reporters
  ADD COLUMN phone_enc  bytea,
  ADD COLUMN phone_hash text,
  ADD COLUMN phone_mask text;
ALTER TABLE case_reporters ADD CONSTRAINT case_reporters_phone_sealed CHECK (
  (phone_enc IS NULL) = (phone_hash IS NULL) AND (phone_hash IS NULL) = (phone_mask IS NULL));
ALTER TABLE case_reporters ADD CONSTRAINT case_reporters_phone_once CHECK (phone IS NULL OR phone_enc IS NULL);
-- The start-up sealing looks only for rows still holding a plain phone: this index keeps that a
-- lookup of (usually) nothing instead of a scan of every reporter.
CREATE INDEX case_reporters_plain_phone_idx ON case_reporters (top_region_id, case_id) WHERE phone IS NOT NULL;
