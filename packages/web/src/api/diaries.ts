/** Field diaries 民情日记 (A5.1-A5.6, C4): write (with back-entry), list, weekly status, review, shortlist and select. */
import { api } from './client';
import { downloadXlsx } from './files';
import type { Query, Reply, RequestBody } from './openapi';
import type { Id } from './types';

export type Diary = Reply<'/api/v1/diaries/{id}', 'get'>;
export type DiaryList = Reply<'/api/v1/diaries', 'get'>;
export type DiaryStatus = Reply<'/api/v1/diaries/status', 'get'>;
export type NewDiary = RequestBody<'/api/v1/diaries', 'post'>;
export type DiaryPatch = RequestBody<'/api/v1/diaries/{id}', 'patch'>;
export type DiaryQuery = Query<'/api/v1/diaries', 'get'>;
export type DiaryStatusCode = DiaryStatus['status'];

/** The narrative fields after the three required ones (A5.3: background, cause, suggestions, solution, outcome, reflection). */
export const DIARY_DETAIL_FIELDS = ['background', 'cause', 'suggestions', 'solution', 'outcome', 'reflection'] as const;
export type DiaryDetailField = (typeof DIARY_DETAIL_FIELDS)[number];

export const diariesApi = {
  /** `key` is the form's Idempotency-Key: a retry on a bad network records the entry once. */
  create: (body: NewDiary, key: string) => api.post<Diary>('/diaries', body, { headers: { 'Idempotency-Key': key } }),
  list: (q: DiaryQuery, signal?: AbortSignal) => api.get<DiaryList>('/diaries', { query: { ...q }, signal }),
  status: (q: { userId?: Id; date?: string }, signal?: AbortSignal) => api.get<DiaryStatus>('/diaries/status', { query: q, signal }),
  get: (id: Id, signal?: AbortSignal) => api.get<Diary>(`/diaries/${id}`, { signal }),
  update: (id: Id, body: DiaryPatch) => api.patch<Diary>(`/diaries/${id}`, body),
  review: (id: Id, comment: string) => api.post<Diary>(`/diaries/${id}/reviews`, { comment }),
  shortlist: (id: Id, month: string) => api.post<Diary>(`/diaries/${id}/shortlist`, { month }),
  select: (id: Id, month: string) => api.post<Diary>(`/diaries/${id}/select`, { month }),
  /** The list as filtered, as an xlsx workbook (GET /diaries?format=xlsx, at most 5,000 entries). */
  exportXlsx: (q: Omit<DiaryQuery, 'limit' | 'offset' | 'format'>) => downloadXlsx('/diaries', { ...q, format: 'xlsx' }, '民情日记.xlsx'),
};
