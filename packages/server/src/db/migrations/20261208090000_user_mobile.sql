-- A user's own mobile number for SMS notices (我的账户), sealed at rest exactly as residents' and
-- reporters' phones (decision 0004, C3, D10): AES-256-GCM under the data key with the 'phone' field as
-- associated data. Nothing of it is kept in clear text: the mask /me shows is computed on read.
ALTER TABLE users ADD COLUMN mobile_enc bytea;
