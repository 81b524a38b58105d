/** Open311 client keys (admin): shapes and calls (server modules/open311/open311-clients.routes.ts). */
import { api } from './client';
import type { Reply } from './openapi';
import type { Id } from './types';

export type Open311Client = Reply<'/api/v1/open311/clients', 'get'>[number];

/** The create response: the only time the key is ever shown (only its SHA-256 is stored). */
export type CreatedOpen311Client = Reply<'/api/v1/open311/clients', 'post'>;

/** Region types a client may be scoped to (server CLIENT_REGION_TYPES). */
export const OPEN311_REGION_TYPES = ['district', 'street', 'town', 'community'] as const;

export const open311Api = {
  list: (signal?: AbortSignal) => api.get<Open311Client[]>('/open311/clients', { signal }),
  create: (body: { name: string; regionId: Id }) => api.post<CreatedOpen311Client>('/open311/clients', body),
  deactivate: (id: Id) => api.delete<Open311Client>(`/open311/clients/${id}`),
};
