-- Photos of field diary entries (issue "Team operations", item 1: an entry has photos). A photo still
-- has exactly one owner: a case, a visit or now a diary entry (top_region_id first, decision 0001).
ALTER TABLE photos ADD COLUMN diary_id bigint;
ALTER TABLE photos DROP CONSTRAINT photos_one_owner;
ALTER TABLE photos ADD CONSTRAINT photos_one_owner CHECK (num_nonnulls(case_id, visit_id, diary_id) = 1);
ALTER TABLE photos ADD CONSTRAINT photos_diary_fk FOREIGN KEY (top_region_id, diary_id) REFERENCES diaries (top_region_id, id);
CREATE INDEX photos_diary_idx ON photos (top_region_id, diary_id, id) WHERE diary_id IS NOT NULL;
