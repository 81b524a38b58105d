-- C3 D10: how many sealed values an account revealed or looked up (or was refused) in a sliding window
-- is counted from the audit log; a burst of reveals is raised to the supervisors (a notice about the account).
CREATE INDEX audit_log_reveals_idx ON audit_log (actor_id, at)
  WHERE action IN ('resident.reveal', 'case.reporter-reveal', 'sealed.lookup', 'reveal.refused');

ALTER TABLE notifications DROP CONSTRAINT notifications_subject_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_subject_kind_check
  CHECK (subject_kind IN ('case','round-report','grid','verification-draw','verification-task','household','user'));

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
  CHECK (kind IN ('case-warning','case-overdue','case-assigned','feedback-due','case-reminder',
                  'round-report-submitted','round-report-acknowledged','round-report-due','verification-task-assigned',
                  'reveal-burst'));
