-- Notifications beyond cases: every notice has a subject (what it is about: a case, a round report,
-- a grid's round, a verification draw ...) and its id; case_id stays, set exactly for case notices
-- (with its foreign key). New kinds: the township round report submitted / acknowledged / due
-- (C2.2, D6) and the yearly verification tasks assigned (A8.3).
-- delivered_at: when the notice went out (live stream, outbound channels). Notices raised inside a
-- business transaction are inserted undelivered and claimed once after commit or by the next
-- scheduler tick, so a restart between the commit and the delivery loses nothing.
ALTER TABLE notifications ADD COLUMN subject_kind text;
ALTER TABLE notifications ADD COLUMN subject_id bigint;
ALTER TABLE notifications ADD COLUMN delivered_at timestamptz;
UPDATE notifications SET subject_kind = 'case', subject_id = case_id, delivered_at = at;
ALTER TABLE notifications ALTER COLUMN subject_kind SET NOT NULL;
ALTER TABLE notifications ALTER COLUMN subject_id SET NOT NULL;
ALTER TABLE notifications ALTER COLUMN case_id DROP NOT NULL;

ALTER TABLE notifications ADD CONSTRAINT notifications_subject_kind_check
  CHECK (subject_kind IN ('case','round-report','grid','verification-draw','verification-task','household'));
ALTER TABLE notifications ADD CONSTRAINT notifications_case_subject
  CHECK ((subject_kind = 'case') = (case_id IS NOT NULL) AND (case_id IS NULL OR subject_id = case_id));

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('case-warning','case-overdue','case-assigned','feedback-due','case-reminder',
                  'round-report-submitted','round-report-acknowledged','round-report-due','verification-task-assigned'));

CREATE INDEX notifications_undelivered_idx ON notifications (id) WHERE delivered_at IS NULL;
