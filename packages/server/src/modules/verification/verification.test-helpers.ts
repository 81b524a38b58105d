/** Shared setup of the verification tests (not a test file itself). */
import { expect } from 'vitest';
import type { DatabaseKind } from '../../db/database';
import {
  addResidentOk,
  createHousehold,
  householdTestApp,
  idNumberFor,
  type HouseholdTestApp,
} from '../households/households.test-helpers';

/** The tests run in Q4 2026; members are recorded as living in their households since before it began. */
export const IN_QUARTER = '2026-11-27T02:00:00Z';
export const JOINED_BEFORE_QUARTER = '2026-09-20';

export type Profile = 'elderly' | 'low-income' | 'other';

const BIRTH: Record<Profile, string> = { elderly: '1950-05-05', 'low-income': '1980-01-01', other: '1985-03-03' };

export interface Registered {
  householdId: number;
  residentId: number;
  idNumber: string;
  phone: string;
}

export interface VerificationTestApp extends HouseholdTestApp {
  /** Every clear ID number and phone registered (must never appear in a response). */
  secrets: string[];
  register(grid: string, profile: Profile, extra?: Record<string, unknown>): Promise<Registered>;
}

export async function verificationTestApp(kind: DatabaseKind): Promise<VerificationTestApp> {
  const t = await householdTestApp(kind, IN_QUARTER);
  let seq = 0;
  const secrets: string[] = [];
  const register = async (grid: string, profile: Profile, extra: Record<string, unknown> = {}): Promise<Registered> => {
    seq += 1;
    const householdId = await createHousehold(t, 'admin', grid, { address: `${grid} 幸福路${seq}号` });
    const birthDate = (extra.birthDate as string | undefined) ?? BIRTH[profile];
    const idNumber = idNumberFor(birthDate, 'F', seq);
    const phone = `1391234${String(seq).padStart(4, '0')}`;
    secrets.push(idNumber, phone);
    const { residentId } = await addResidentOk(t, 'admin', householdId, {
      name: `居民${seq}`,
      sex: 'F',
      birthDate,
      idNumber,
      phone,
      relation: 'head',
      joinedOn: JOINED_BEFORE_QUARTER,
      tags: profile === 'low-income' ? ['low-income'] : [],
      ...extra,
    });
    return { householdId, residentId, idNumber, phone };
  };
  return Object.assign(t, { secrets, register });
}

export async function drawOk(t: VerificationTestApp, user: string, body: Record<string, unknown>) {
  const res = await t.call(user, { method: 'POST', url: '/api/v1/verification/draws', payload: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export function expectNoSecrets(t: VerificationTestApp, body: string): void {
  for (const s of t.secrets) expect(body).not.toContain(s);
}

/** Every field of a task's form confirmed, with `overrides` by field key. */
export function answers(form: Array<{ field: string }>, overrides: Record<string, Record<string, unknown>> = {}) {
  return form.map((f) => ({ field: f.field, outcome: 'confirmed', ...overrides[f.field] }));
}
