/** Shared setup of the households tests (not a test file itself). */
import { checkCharOf } from '@gridwork/core/households';
import { expect } from 'vitest';
import type { DatabaseKind } from '../../db/database';
import { createTestApp, type TestApp } from '../../testing/test-app';

/** A fixed data key: tests never depend on a generated one. */
export const TEST_DATA_KEY = Buffer.alloc(32, 7).toString('base64');

/** A valid 18-digit ID number (GB 11643 check character) for a birth date and sex. */
export function idNumberFor(birthDate: string, sex: 'M' | 'F', seq = 1, region = '110105'): string {
  const sequence = String((seq % 500) * 2 + (sex === 'M' ? 1 : 0)).padStart(3, '0');
  const first17 = `${region}${birthDate.replaceAll('-', '')}${sequence}`;
  return first17 + checkCharOf(first17);
}

export interface HouseholdTestApp extends TestApp {
  /** Moves the injected clock. */
  setNow(iso: string): void;
  now(): Date;
}

export async function householdTestApp(kind: DatabaseKind, startAt = '2026-11-27T02:00:00Z'): Promise<HouseholdTestApp> {
  let now = new Date(startAt);
  const t = await createTestApp(kind, { config: { dataKey: TEST_DATA_KEY }, clock: () => now });
  return Object.assign(t, {
    setNow: (iso: string) => {
      now = new Date(iso);
    },
    now: () => now,
  });
}

export async function createHousehold(t: TestApp, user: string, grid = 'g1', extra: Record<string, unknown> = {}): Promise<number> {
  const res = await t.call(user, {
    method: 'POST',
    url: '/api/v1/households',
    payload: { gridId: t.fx.regions[grid].id, address: `${grid} 幸福路1号`, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

export async function addResident(t: TestApp, user: string, householdId: number, body: Record<string, unknown>) {
  return t.call(user, { method: 'POST', url: `/api/v1/households/${householdId}/residents`, payload: body });
}

export async function addResidentOk(
  t: TestApp,
  user: string,
  householdId: number,
  body: Record<string, unknown>,
): Promise<{ residentId: number; version: number }> {
  const res = await addResident(t, user, householdId, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function countRows(
  t: TestApp,
  table: 'households' | 'residents' | 'household_members' | 'visits' | 'audit_log',
): Promise<number> {
  const row = await t.ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
