/** Meetings 会议 (A2.5, A4, C2.4, C4, C5.1, C6, D7): the schedule, convening, leave, roll call, minutes and tasks. */
import { api } from './client';
import { downloadXlsx } from './files';
import type { Reply, RequestBody } from './openapi';
import type { Id } from './types';

export type ScheduledMeeting = Reply<'/api/v1/meetings/schedule', 'get'>[number];
export type MeetingSummary = Reply<'/api/v1/meetings', 'get'>[number];
export type Meeting = Reply<'/api/v1/meetings/{id}', 'get'>;
export type MeetingTask = Meeting['tasks'][number];
export type Invitee = Meeting['invitees'][number];
export type AgendaItem = Meeting['agenda'][number];
export type Announcement = NonNullable<Meeting['announcement']>;
export type NewMeeting = RequestBody<'/api/v1/meetings', 'post'>;
export type NewTask = RequestBody<'/api/v1/meetings/{id}/tasks', 'post'>;

/** Roll-call marks of meetings and training sessions (A4, A6). */
export const ATTENDANCE = ['present', 'late', 'absent', 'on-leave'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** Meetings outside the policy's rhythm (C2.4 urgent, A2.5 民情恳谈会 and 专家答疑会): any region may hold them. */
export const EXTRA_MEETING_TYPES = ['urgent', 'public-consultation', 'expert-qa'] as const;
/** A2.5: the meetings residents are told of in advance through the grid workers. */
export const ANNOUNCED_TYPES: readonly string[] = ['public-consultation', 'expert-qa'];
/** The type that stands for the township's combined monthly meetings (D7). */
export const COMBINED_MEETING = 'combined-monthly';

export const meetingsApi = {
  schedule: (q: { regionId?: Id; month?: string }, signal?: AbortSignal) =>
    api.get<ScheduledMeeting[]>('/meetings/schedule', { query: q, signal }),
  list: (q: { regionId?: Id; from?: string; to?: string; type?: string; limit?: number }, signal?: AbortSignal) =>
    api.get<MeetingSummary[]>('/meetings', { query: q, signal }),
  create: (body: NewMeeting) => api.post<Meeting>('/meetings', body),
  get: (id: Id, signal?: AbortSignal) => api.get<Meeting>(`/meetings/${id}`, { signal }),
  minutes: (id: Id, expectedVersion: number, minutes: string) => api.put<Meeting>(`/meetings/${id}/minutes`, { expectedVersion, minutes }),
  announced: (id: Id, body: { households?: number; note?: string | null }) => api.post<Meeting>(`/meetings/${id}/announcements`, body),
  requestLeave: (id: Id, reason: string) => api.post<Meeting>(`/meetings/${id}/leave-requests`, { reason }),
  decideLeave: (id: Id, leaveId: Id, approve: boolean) =>
    api.post<Meeting>(`/meetings/${id}/leave-requests/${leaveId}/decision`, { approve }),
  attendance: (id: Id, entries: Array<{ userId: Id; status: Attendance }>) => api.put<Meeting>(`/meetings/${id}/attendance`, { entries }),
  addTask: (id: Id, body: NewTask) => api.post<Meeting>(`/meetings/${id}/tasks`, body),
  setTask: (id: Id, taskId: Id, status: 'open' | 'done') => api.patch<Meeting>(`/meetings/${id}/tasks/${taskId}`, { status }),
  /** The meetings of a period as an xlsx workbook (GET /meetings?format=xlsx). */
  exportXlsx: (q: { regionId?: Id; from?: string; to?: string }, filename: string) =>
    downloadXlsx('/meetings', { ...q, format: 'xlsx' }, filename),
};
