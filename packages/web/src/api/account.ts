/** 我的账户: one's own name (versioned), password and sessions (登录设备). Types from /openapi.json. */
import { api } from './client';
import type { Reply, RequestBody } from './openapi';

export type Profile = Reply<'/api/v1/me', 'get'>;
export type AccountSession = Reply<'/api/v1/me/sessions', 'get'>[number];
export type ChangePassword = RequestBody<'/api/v1/me/password', 'post'>;

export const accountApi = {
  profile: (signal?: AbortSignal) => api.get<Profile>('/me', { signal }),
  updateProfile: (body: RequestBody<'/api/v1/me', 'patch'>) => api.patch<Profile>('/me', body),
  /** 204; every other session of the user ends. */
  changePassword: (body: ChangePassword) => api.post<void>('/me/password', body),
  sessions: (signal?: AbortSignal) => api.get<AccountSession[]>('/me/sessions', { signal }),
  endSession: (id: number) => api.delete<void>(`/me/sessions/${id}`),
  endOthers: () => api.post<Reply<'/api/v1/me/sessions/end-others', 'post'>>('/me/sessions/end-others'),
};
