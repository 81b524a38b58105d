/** Households and residents: shapes and calls (API contract "Households and visits"; server modules/households). */
import { api } from './client';
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

/** A member as everyone sees it: ID number and phone masked (C3, D10). */
export interface Member {
  id: Id;
  residentId: Id;
  name: string;
  sex: Sex;
  birthDate: string;
  idNumber: string | null;
  phone: string | null;
  relation: string | null;
  tags: string[];
  economicSituation: string | null;
  skills: string | null;
  views: string | null;
  socialRelations: string | null;
  notes: string | null;
  status: string;
  joinedOn: string;
  leftOn: string | null;
  leftReason: string | null;
  version: number;
}

export interface ResidentView extends Member {
  householdId: Id;
}

export interface ClassReason {
  rule: string;
  reason: string;
  visitClass: string;
  residentId: Id;
}

export interface ClassOverride {
  visitClass: string;
  reason: string;
}

export interface VisitClassView {
  asOf: string;
  visitClass: string;
  /** 'derived' or 'override' */
  source: string;
  derivedClass: string;
  reasons: ClassReason[];
  override: ClassOverride | null;
}

export interface HouseholdAbilities {
  update: boolean;
  addResident: boolean;
  recordVisit: boolean;
  revealIdNumber: boolean;
  revealPhone: boolean;
}

export interface VisitRecord {
  id: Id;
  householdId: Id;
  startedAt: string;
  endedAt: string;
  type: string;
  inPerson: boolean;
  visitors: Id[];
  location: { lat: number; lng: number } | null;
  outsideGrid: boolean | null;
  findings: string | null;
  needs: string | null;
  policyVersion: number | null;
  createdBy: Id;
  createdAt: string;
}

export interface HouseholdDetail {
  id: Id;
  gridId: Id;
  grid: { id: Id; code: string; name: string };
  address: string;
  compoundId: Id | null;
  buildingId: Id | null;
  housing: Housing;
  landlord: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  visitClass: VisitClassView;
  members: Member[];
  formerMembers: Member[];
  recentVisits: VisitRecord[];
  abilities: HouseholdAbilities;
}

export interface HouseholdSummary {
  id: Id;
  gridId: Id;
  address: string;
  housing: Housing;
  version: number;
  members: { residentId: Id; name: string; sex: Sex; idNumber: string | null; phone: string | null; tags: string[] }[];
}

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

export interface ResidentTag {
  code: string;
  labelZh: string;
  labelEn: string;
  rule: string | null;
  active: boolean;
  sort: number;
}

export interface VisitStatus {
  householdId: Id;
  date: string;
  visitClass: string;
  source: string;
  derivedClass: string;
  reasons: ClassReason[];
  override: ClassOverride | null;
  period: { start: string; end: string };
  required: number;
  done: number;
  remaining: number;
  /** 'met' | 'due' | 'at-risk' | 'overdue' */
  status: string;
  suggestedNext: string | null;
  policyVersion: number | null;
  rule: string;
}

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
