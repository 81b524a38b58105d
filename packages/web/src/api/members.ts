/** 成员档案: one team member's roles, the year's rewards and penalties, diary weeks and attendance (A10, A5.2, A4, A6). */
import { api } from './client';
import type { Reply } from './openapi';
import type { Id } from './types';

export type MemberProfile = Reply<'/api/v1/team/members/{id}', 'get'>;
export type AttendanceTally = MemberProfile['attendance']['meetings'];

/** The profile page's address, for a year when given (a link from a year's list opens that year). */
export const memberPath = (id: Id, year?: number | string) => `/team/members/${id}${year === undefined ? '' : `?year=${year}`}`;

export const membersApi = {
  profile: (id: Id, year: number, signal?: AbortSignal) => api.get<MemberProfile>(`/team/members/${id}`, { query: { year }, signal }),
};
