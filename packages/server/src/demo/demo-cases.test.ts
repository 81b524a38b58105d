import { CASE_STATUSES } from '@gridwork/core/cases';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { DEMO_PASSWORD } from '../modules/auth/password';
import { createTestDatabase, DB_KINDS } from '../testing/databases';
import { ensureDemoData } from './seed';

// The demo is generated relative to "now" (ensureDemoData passes new Date()): both seeds of a
// kind run with the clock frozen at this instant, so they must produce the same rows.
const NOW = new Date();

async function seededDemo(kind: (typeof DB_KINDS)[number]): Promise<Database> {
  const database = await createTestDatabase(kind);
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  try {
    await ensureDemoData(database.db);
  } finally {
    vi.useRealTimers();
  }
  return database;
}

/** Everything the generator decides, without the row ids and insertion timestamps. */
async function caseSnapshot(database: Database) {
  const cases = await sql<Record<string, unknown>>`
    SELECT c.*, r.name AS reporter_name, r.phone AS reporter_phone, r.anonymous AS reporter_anonymous, r.confidential
      AS reporter_confidential,
      (SELECT json_agg(json_build_object('action', t.action, 'at', t.at, 'actor', t.actor_id, 'to', t.to_status, 'details', t.details)
        ORDER BY t.seq)
         FROM case_timeline t WHERE t.top_region_id = c.top_region_id AND t.case_id = c.id) AS timeline
    FROM cases c LEFT JOIN case_reporters r ON r.top_region_id = c.top_region_id AND r.case_id = c.id
    ORDER BY c.received_at, c.title`.execute(database.db);
  return cases.rows.map(({ id: _id, created_at: _c, updated_at: _u, ...rest }) => rest);
}

describe.each(DB_KINDS)('demo cases (issue 3 item 11) on %s', (kind) => {
  let a: Database;
  let b: Database;
  beforeAll(async () => {
    a = await seededDemo(kind);
    b = await seededDemo(kind);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  it('a few hundred cases in the street and the town, in every status', async () => {
    const perArea = await sql<{ type: string; n: number }>`
      SELECT r.type, count(*)::int AS n FROM cases c JOIN regions r ON r.id = c.top_region_id GROUP BY r.type`.execute(a.db);
    expect(Object.fromEntries(perArea.rows.map((r) => [r.type, r.n]))).toEqual({ street: 300, town: 40 });
    const perStatus = await sql<{ status: string; n: number }>`SELECT status, count(*)::int AS n FROM cases GROUP BY status`.execute(a.db);
    const counts = Object.fromEntries(perStatus.rows.map((r) => [r.status, r.n]));
    for (const status of CASE_STATUSES) expect(counts[status] ?? 0, status).toBeGreaterThan(0);
    expect(Object.keys(counts).sort()).toEqual([...CASE_STATUSES].sort());
  });

  it('closed cases met their limit on time and late; every class, category and source occurs', async () => {
    const closed = await sql<{
      on_time: boolean;
      n: number;
    }>`SELECT on_time, count(*)::int AS n FROM cases WHERE status = 'closed' GROUP BY on_time`.execute(a.db);
    const byOnTime = Object.fromEntries(closed.rows.map((r) => [String(r.on_time), r.n]));
    expect(byOnTime.true).toBeGreaterThan(0);
    expect(byOnTime.false).toBeGreaterThan(0);
    expect(byOnTime.null).toBeUndefined();
    const distinct = async (column: 'category' | 'source' | 'case_class') =>
      (await a.db.selectFrom('cases').select(column).distinct().execute()).map((r) => r[column] as string).sort();
    expect(await distinct('category')).toEqual([
      'dispute',
      'legal-advice',
      'livelihood-project',
      'other',
      'policy-consultation',
      'public-facility',
      'safety-hazard',
      'sanitation',
    ]);
    expect(await distinct('source')).toEqual(['field', 'hotline', 'meeting', 'online', 'open311', 'superior', 'walk-in']);
    expect(await distinct('case_class')).toEqual(
      expect.arrayContaining(['consultation', 'general', 'complex', 'especially-complex', 'major']),
    );
    const hotline = await sql<{ confidential: boolean; anonymous: boolean; phone: string | null }>`
      SELECT r.confidential, r.anonymous, r.phone FROM case_reporters r JOIN cases c ON c.top_region_id = r.top_region_id
        AND c.id = r.case_id WHERE c.source = 'hotline'`.execute(a.db);
    expect(hotline.rows.filter((r) => r.confidential).length).toBeGreaterThan(0);
    expect(hotline.rows.filter((r) => r.anonymous).length).toBeGreaterThan(0);
    for (const r of hotline.rows) if (r.phone !== null) expect(r.phone).toMatch(/^138\d{8}$/);
  });

  it("every case's timeline starts with intake, has one entry per version, runs forward in time and ends in its status", async () => {
    const cases = await a.db.selectFrom('cases').select(['top_region_id', 'id', 'version', 'status', 'deadline', 'received_at']).execute();
    const entries = await a.db
      .selectFrom('case_timeline')
      .select(['top_region_id', 'case_id', 'seq', 'at', 'action', 'to_status', 'details'])
      .orderBy('case_id')
      .orderBy('seq')
      .execute();
    const byCase = new Map<number, typeof entries>();
    for (const e of entries) byCase.set(e.case_id, [...(byCase.get(e.case_id) ?? []), e]);
    for (const c of cases) {
      const timeline = byCase.get(c.id) ?? [];
      expect(timeline[0]?.action, `case ${c.id}`).toBe('intake');
      expect(timeline.length, `case ${c.id}`).toBe(c.version);
      expect(timeline.map((e) => e.seq)).toEqual(timeline.map((_, i) => i + 1));
      expect(timeline.at(-1)!.to_status, `case ${c.id}`).toBe(c.status);
      expect(timeline[0].at.getTime()).toBeGreaterThanOrEqual(c.received_at.getTime());
      for (let i = 1; i < timeline.length; i++)
        expect(timeline[i].at.getTime(), `case ${c.id}`).toBeGreaterThan(timeline[i - 1].at.getTime());
      expect(timeline.at(-1)!.at.getTime()).toBeLessThanOrEqual(NOW.getTime());
      // The timeline carries the deadline moves the way the service writes them: the last one is the case's deadline.
      const moves = timeline
        .map((e) => e.details as { deadlineAfter?: string; deadline?: string })
        .map((d, i) => (i === 0 ? d.deadline : d.deadlineAfter))
        .filter(Boolean);
      expect(new Date(moves.at(-1)!).getTime(), `case ${c.id}`).toBe(c.deadline.getTime());
    }
  });

  it('is deterministic: a second seed at the same instant gives the same cases, reporters and timelines', async () => {
    const [first, second] = [await caseSnapshot(a), await caseSnapshot(b)];
    expect(second.length).toBe(340);
    expect(second).toEqual(first);
  });

  it('the API returns the street cases to street1 (masked confidential reporters), with open ones yellow and red now', async () => {
    const { app } = await buildApp({ config: { ...loadConfig({}), demo: false }, database: a });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'street1', password: DEMO_PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      const headers = { authorization: `Bearer ${login.json().token}` };
      const res = await app.inject({ method: 'GET', url: '/api/v1/cases?limit=500', headers });
      expect(res.statusCode).toBe(200);
      const list = res.json() as Array<{ id: number; gridId: number; light: string; status: string; source: string }>;
      const street = await sql<{ id: number; grid_id: number }>`
        SELECT c.id, c.grid_id FROM cases c JOIN regions r ON r.id = c.top_region_id WHERE r.type = 'street'`.execute(a.db);
      expect(list.map((c) => c.id).sort((x, y) => x - y)).toEqual(street.rows.map((r) => r.id).sort((x, y) => x - y));
      const lights = new Set(list.filter((c) => !['closed', 'archived', 'rejected', 'merged'].includes(c.status)).map((c) => c.light));
      expect([...lights].sort()).toEqual(['green', 'red', 'yellow']);

      const confidential = await sql<{ case_id: number; name: string }>`
        SELECT r.case_id, r.name FROM case_reporters r JOIN regions g ON g.id = r.top_region_id WHERE r.confidential
          AND g.type = 'street' LIMIT 1`.execute(a.db);
      const { case_id: id, name } = confidential.rows[0];
      const detail = await app.inject({ method: 'GET', url: `/api/v1/cases/${id}`, headers });
      expect(detail.statusCode).toBe(200);
      expect(detail.json().reporter).toMatchObject({ name: '***', confidential: true, masked: true });
      expect(detail.body).not.toContain(name);
    } finally {
      await app.close();
    }
  });
});
