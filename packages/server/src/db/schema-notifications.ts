import type { ColumnType, Generated } from 'kysely';

type Json<T = unknown> = ColumnType<T, string | T, string | T>;

export interface NotificationsTable {
  top_region_id: number;
  id: Generated<number>;
  user_id: number;
  /** Set exactly for case notices (subject_kind 'case'). */
  case_id: number | null;
  subject_kind: string;
  subject_id: number;
  kind: string;
  dedupe_key: string;
  at: Date;
  read_at: Date | null;
  /** When it went out (live stream, outbound channels); null until then. */
  delivered_at: Date | null;
  /** When a newer notice about the same matter replaced it while unread: no longer listed, counted or pushed. */
  superseded_at: Date | null;
  payload: Json;
}

export interface CaseAnnotationsTable {
  top_region_id: number;
  id: Generated<number>;
  case_id: number;
  kind: string;
  text: string;
  actor_id: number;
  at: Date;
}

/** One send of a notice through an outbound channel to one target (migration 20261208070000_notice_deliveries.sql). */
export interface NoticeDeliveriesTable {
  id: Generated<number>;
  top_region_id: number;
  notification_id: number;
  channel: string;
  /** `user:<id>` (SMS) or `group` (the configured robot). */
  target: string;
  event_key: string;
  status: string;
  attempts: Generated<number>;
  /** Short, without URLs, tokens or reply bodies. */
  last_error: string | null;
  next_attempt_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

export interface NotificationTables {
  notifications: NotificationsTable;
  notice_deliveries: NoticeDeliveriesTable;
  case_annotations: CaseAnnotationsTable;
}
