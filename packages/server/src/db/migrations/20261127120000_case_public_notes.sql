-- Reviewed public notes (C3, D10, D11): the only text of a case that the public Open311 feed shows as
-- `status_notes`. Written or approved by someone who may act on the case; append-only, so every
-- version stays with who approved it and when, and the latest version is the one published.
CREATE TABLE case_public_notes (
  top_region_id integer NOT NULL,
  case_id       bigint NOT NULL,
  version       integer NOT NULL CHECK (version >= 1),
  text          text NOT NULL CHECK (length(text) BETWEEN 1 AND 1000),
  approved_by   integer NOT NULL REFERENCES users (id),
  approved_at   timestamptz NOT NULL,
  PRIMARY KEY (top_region_id, case_id, version),
  FOREIGN KEY (top_region_id, case_id) REFERENCES cases (top_region_id, id)
);
