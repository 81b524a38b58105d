/** Households and residents: shapes and calls (API contract "Households and visits"; server modules/households). */
import { api } from './client';
import type { Reply } from './openapi';
import type { Id } from './types';

/** Highest visit frequency first (A7.2); as the core names them (kept here so the app does not load the core calendar). */
export const VISIT_CLASSES = ['2-key', '2-general', '1-special', '1-general', '3'] as const;
export type VisitClass = (typeof VISIT_CLASSES)[number];

export const HOUSING = ['owned', 'rented'] as const;
export type Housing = (typeof HOUSING)[number];
export const END_REASONS = ['moved', 'moved-out', 'deceased'] as const;
export type EndReason = (typeof END_REASONS)[number];
export type Sex = 'M' | 'F';
export type RevealField = 'idNumber' | 'phone';

/** A household with its members masked (C3, D10), class, recent visits and abilities (GET /households/:id). */
export type HouseholdDetail = Reply<'/api/v1/households/{id}', 'get'>;
/** A member as everyone sees it: ID number and phone masked (C3, D10). */
export type Member = HouseholdDetail['members'][number];
export type ResidentView = Reply<'/api/v1/residents/{id}', 'patch'>;
export type VisitClassView = HouseholdDetail['visitClass'];
export type ClassReason = VisitClassView['reasons'][number];
export type ClassOverride = NonNullable<VisitClassView['override']>;
export type HouseholdAbilities = HouseholdDetail['abilities'];
export type VisitRecord = HouseholdDetail['recentVisits'][number];

export type HouseholdSummary = Reply<'/api/v1/households', 'get'>['items'][number];

export interface HouseholdQuery {
  q?: string;
  gridId?: Id;
  sort?: 'id' | 'address';
  limit?: number;
  offset?: number;
}

export interface NewHousehold {
  gridId: Id;
  address: string;
  compoundId?: Id | null;
  buildingId?: Id | null;
  housing?: Housing;
  landlord?: string | null;
}

export interface HouseholdPatch {
  expectedVersion: number;
  address?: string;
  compoundId?: Id | null;
  buildingId?: Id | null;
  housing?: Housing;
  landlord?: string | null;
  visitClassOverride?: ClassOverride | null;
}

export interface ResidentFields {
  name: string;
  sex: Sex;
  birthDate: string;
  idNumber?: string | null;
  phone?: string | null;
  tags?: string[];
  relation?: string | null;
  economicSituation?: string | null;
  skills?: string | null;
  views?: string | null;
  socialRelations?: string | null;
  notes?: string | null;
}

export interface NewResident extends ResidentFields {
  joinedOn?: string;
}

export type ResidentPatch = Partial<ResidentFields> & { expectedVersion: number };

export interface EndMembership {
  expectedVersion: number;
  reason: EndReason;
  on: string;
  toHouseholdId?: Id;
  relation?: string | null;
  note?: string | null;
}

export type ResidentTag = Reply<'/api/v1/resident-tags', 'get'>[number];

export type VisitStatus = Reply<'/api/v1/households/{id}/visit-status', 'get'>;

const keyed = (key: string) => ({ headers: { 'Idempotency-Key': key } });

export const householdsApi = {
  list: (q: HouseholdQuery, signal?: AbortSignal) =>
    api.get<{ items: HouseholdSummary[]; total: number }>('/households', { query: { ...q }, signal }),
  get: (id: Id, signal?: AbortSignal) => api.get<HouseholdDetail>(`/households/${id}`, { signal }),
  /** `key` is the form's Idempotency-Key: the same on every retry of one submission. */
  create: (body: NewHousehold, key: string) => api.post<HouseholdDetail>('/households', body, keyed(key)),
  update: (id: Id, body: HouseholdPatch) => api.patch<HouseholdDetail>(`/households/${id}`, body),
  addResident: (householdId: Id, body: NewResident, key: string) =>
    api.post<ResidentView>(`/households/${householdId}/residents`, body, keyed(key)),
  updateResident: (id: Id, body: ResidentPatch) => api.patch<ResidentView>(`/residents/${id}`, body),
  endMembership: (id: Id, body: EndMembership) => api.post<ResidentView>(`/residents/${id}/end-membership`, body),
  /** One value of one resident, audited by the server; the caller shows it and never stores it. */
  reveal: (id: Id, field: RevealField) =>
    api.post<{ residentId: Id; field: string; value: string | null }>(`/residents/${id}/reveal`, { field }),
  tags: () => api.get<ResidentTag[]>('/resident-tags'),
  visitStatus: (id: Id, date?: string, signal?: AbortSignal) =>
    api.get<VisitStatus>(`/households/${id}/visit-status`, { query: { date }, signal }),
};
