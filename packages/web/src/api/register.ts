/** 办结归档登记 (A3.3): the register of closed and archived cases in the caller's scope, and its xlsx. */
import { api } from './client';
import { downloadXlsx } from './files';
import type { Reply } from './openapi';

export type RegisterEntry = Reply<'/api/v1/cases/register', 'get'>[number];
export interface RegisterQuery {
  from?: string;
  to?: string;
  q?: string;
}

export const registerApi = {
  list: (q: RegisterQuery, signal?: AbortSignal) => api.get<RegisterEntry[]>('/cases/register', { query: { ...q, limit: 1000 }, signal }),
  exportXlsx: (q: RegisterQuery) => downloadXlsx('/cases/register', { ...q, limit: 10_000, format: 'xlsx' }, '办结归档登记.xlsx'),
};
