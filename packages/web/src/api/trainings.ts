/** Training 培训 (A6): sessions run by the grid office with roll call, and members' self-study. */
import { api } from './client';
import { downloadXlsx } from './files';
import type { Attendance } from './meetings';
import type { Reply, RequestBody } from './openapi';
import type { Id } from './types';

export type Training = Reply<'/api/v1/trainings/{id}', 'get'>;
export type NewTraining = RequestBody<'/api/v1/trainings', 'post'>;
export type SelfStudy = Reply<'/api/v1/self-study', 'get'>[number];
export type NewSelfStudy = RequestBody<'/api/v1/self-study', 'post'>;

export const trainingsApi = {
  list: (q: { regionId?: Id; year?: number }, signal?: AbortSignal) => api.get<Training[]>('/trainings', { query: q, signal }),
  get: (id: Id, signal?: AbortSignal) => api.get<Training>(`/trainings/${id}`, { signal }),
  create: (body: NewTraining) => api.post<Training>('/trainings', body),
  attendance: (id: Id, entries: Array<{ userId: Id; status: Attendance }>) => api.put<Training>(`/trainings/${id}/attendance`, { entries }),
  selfStudy: (q: { userId?: Id; year?: number }, signal?: AbortSignal) => api.get<SelfStudy[]>('/self-study', { query: q, signal }),
  addSelfStudy: (body: NewSelfStudy) => api.post<SelfStudy>('/self-study', body),
  /** The year's register as an xlsx workbook (GET /trainings?format=xlsx). */
  exportXlsx: (q: { regionId?: Id; year: number }) => downloadXlsx('/trainings', { ...q, format: 'xlsx' }, `培训登记-${q.year}.xlsx`),
};
