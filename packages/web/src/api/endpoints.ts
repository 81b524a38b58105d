/** Typed calls, one per API point the web app uses. */
import { api } from './client';
import type {
  AuditEntry,
  DeliveryRecord,
  CalendarDay,
  CalendarOverride,
  CalendarYear,
  GeoJSON,
  GeoJsonImportResult,
  GridCollection,
  HolidayRange,
  Id,
  MeResponse,
  Meta,
  PolicyDoc,
  PolicyPreset,
  PolicyVersion,
  RegionDetail,
  RegionNode,
  RegionType,
  RoleCode,
  SessionUser,
  TileCrs,
  UserRecord,
  YearStatus,
} from './types';

export const metaApi = {
  get: () => api.get<Meta>('/meta', { skipAuthRedirect: true }),
};

export const authApi = {
  login: (username: string, password: string) =>
    api.post<{ token: string; user: SessionUser }>('/auth/login', { username, password }, { skipAuthRedirect: true }),
  logout: () => api.post<unknown>('/auth/logout', {}, { skipAuthRedirect: true }),
  me: () => api.get<MeResponse>('/auth/me', { skipAuthRedirect: true }),
};

export interface RegionCreate {
  type: RegionType;
  parentId: Id;
  code: string;
  name: string;
  geometry?: GeoJSON.Geometry | null;
  point?: [number, number] | null;
}

export interface RegionPatch {
  expectedVersion: number;
  name?: string;
  code?: string;
  geometry?: GeoJSON.Geometry | null;
  point?: [number, number] | null;
}

export const regionsApi = {
  list: () => api.get<RegionNode[]>('/regions'),
  get: (id: Id) => api.get<RegionDetail>(`/regions/${id}`),
  create: (body: RegionCreate) => api.post<RegionNode>('/regions', body),
  update: (id: Id, body: RegionPatch) => api.patch<RegionNode>(`/regions/${id}`, body),
  remove: (id: Id, expectedVersion: number) => api.delete<unknown>(`/regions/${id}`, { query: { expectedVersion } }),
};

export const gridsApi = {
  geojson: (regionId?: Id | null, crs?: TileCrs, signal?: AbortSignal) =>
    api.get<GridCollection>('/grids/geojson', { query: { regionId, crs: crs === 'gcj02' ? crs : undefined }, signal }),
  importGeojson: (collection: unknown, dryRun: boolean, crs: TileCrs) =>
    api.post<GeoJsonImportResult>('/grids/geojson', collection, { query: { dryRun, crs } }),
  locate: (lat: number, lng: number) =>
    api.get<{ grid: { id: Id; code: string; name: string } | null }>('/grids/locate', { query: { lat, lng } }),
};

export const usersApi = {
  list: () => api.get<UserRecord[]>('/users'),
  create: (body: { username: string; displayName: string; password: string }) => api.post<UserRecord>('/users', body),
  update: (id: Id, body: { expectedVersion: number; displayName?: string; active?: boolean; password?: string }) =>
    api.patch<UserRecord>(`/users/${id}`, body),
  addRole: (id: Id, role: RoleCode, regionId: Id) => api.post<unknown>(`/users/${id}/roles`, { role, regionId }),
  removeRole: (id: Id, roleId: Id) => api.delete<unknown>(`/users/${id}/roles/${roleId}`),
};

export const policyApi = {
  get: (regionId?: Id | null) => api.get<PolicyDoc>('/policy', { query: { regionId } }),
  presets: () => api.get<PolicyPreset[]>('/policy/presets'),
  versions: (regionId?: Id | null) => api.get<PolicyVersion[]>('/policy/versions', { query: { regionId } }),
  save: (body: { regionId: Id; preset: string; values: unknown; expectedVersion: number }) => api.put<PolicyDoc>('/policy', body),
};

export const calendarApi = {
  years: () => api.get<CalendarYear[]>('/calendar/years'),
  days: (year: number) => api.get<CalendarDay[]>('/calendar/days', { query: { year } }),
  overrides: (year: number) => api.get<CalendarOverride[]>('/calendar/overrides', { query: { year } }),
  putOverride: (date: string, kind: CalendarOverride['kind'], note: string) =>
    api.put<CalendarOverride>(`/calendar/overrides/${date}`, { kind, note }),
  deleteOverride: (date: string) => api.delete<unknown>(`/calendar/overrides/${date}`),
  confirmYear: (year: number, holidays: HolidayRange[], workdays: string[]) =>
    api.post<{ year: number; status: YearStatus }>(`/calendar/years/${year}/confirm`, { holidays, workdays }),
  /** The notice as published (一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。…), parsed by the server. */
  confirmYearText: (year: number, text: string) =>
    api.post<{ year: number; status: YearStatus }>(`/calendar/years/${year}/confirm`, { text }),
  addWorkingDays: (from: string, days: number) =>
    api.get<{ date: string; provisional: boolean }>('/calendar/add-working-days', { query: { from, days } }),
};

export const auditApi = {
  list: (limit: number, before?: Id | null) => api.get<AuditEntry[]>('/audit', { query: { limit, before } }),
  /** The outbound delivery records (administrators at the top). */
  deliveries: (q: { limit: number; before?: Id | null; status?: string; channel?: string }) =>
    api.get<DeliveryRecord[]>('/notifications/deliveries', { query: q }),
};
