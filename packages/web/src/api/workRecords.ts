/**
 * A8.3 工作台账 of the community grid lead: the community's yearly implementation plan and the rated
 * yearly evaluation of each workstation. Written where the user records assessment items.
 */
import { api } from './client';
import type { Query, Reply, RequestBody } from './openapi';
import type { Id, RegionType } from './types';

export type WorkRecord = Reply<'/api/v1/work-records', 'get'>[number];
export type NewWorkRecord = RequestBody<'/api/v1/work-records', 'post'>;
export type WorkRecordPatch = RequestBody<'/api/v1/work-records/{id}', 'patch'>;
export type WorkRecordKind = NewWorkRecord['kind'];
export type WorkRecordQuery = Query<'/api/v1/work-records', 'get'>;

export const WORK_RECORD_KINDS: readonly WorkRecordKind[] = ['implementation-plan', 'workstation-evaluation'];
/** The region a record is about: a plan covers a community, an evaluation one workstation. */
export const WORK_RECORD_REGION: Record<WorkRecordKind, RegionType> = {
  'implementation-plan': 'community',
  'workstation-evaluation': 'workstation',
};

export const workRecordsApi = {
  list: (q: WorkRecordQuery, signal?: AbortSignal) => api.get<WorkRecord[]>('/work-records', { query: { ...q }, signal }),
  create: (body: NewWorkRecord) => api.post<WorkRecord>('/work-records', body),
  update: (id: Id, body: WorkRecordPatch) => api.patch<WorkRecord>(`/work-records/${id}`, body),
};
