/** Desk work at speed (issue 11 item 8): the assign dialog's choices and the address → grid lookup. */
import { api } from './client';
import type { Reply } from './openapi';
import type { Id } from './types';

export type Assignees = Reply<'/api/v1/cases/{id}/assignees', 'get'>;
export type AddressHit = Reply<'/api/v1/address-lookup', 'get'>['items'][number];

export const deskApi = {
  assignees: (caseId: Id, signal?: AbortSignal) => api.get<Assignees>(`/cases/${caseId}/assignees`, { signal }),
  lookUpAddress: (q: string, signal?: AbortSignal) => api.get<{ items: AddressHit[] }>('/address-lookup', { query: { q }, signal }),
};
