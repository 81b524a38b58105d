import { addDays, createWorkingCalendar, shanghaiDate } from '@gridwork/core/calendar';
import { flattenPolygonal, OUTSIDE, placePoint, type Polygonal } from '@gridwork/core/geo';
import {
  applyOverride,
  checkIdNumber,
  deriveVisitClass,
  maskIdNumber,
  maskPhone,
  VISIT_CLASSES,
  type VisitClass,
} from '@gridwork/core/households';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildApp } from '../app';
import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { DEMO_PASSWORD } from '../modules/auth/password';
import { SealedFields } from '../modules/households/sealed-fields';
import { visitTimeProblems } from '../modules/households/visits.service';
import { createTestDatabase, DB_KINDS } from '../testing/databases';
import { ensureDemoData } from './seed';

// A fixed clock: Wednesday 18 November 2026, 10:00 in Shanghai (Q4: its round month, October, is over).
const NOW = new Date('2026-11-18T02:00:00.000Z');
const TODAY = shanghaiDate(NOW);
const DATA_KEY = Buffer.alloc(32, 9).toString('base64');
const sealed = SealedFields.fromBase64(DATA_KEY);
const calendar = createWorkingCalendar({ overrides: [], confirmedYears: [] });
/** Born on or before this date: 60 or older today. */
const SIXTY = `${Number(TODAY.slice(0, 4)) - 60}${TODAY.slice(4)}`;

async function seeded(kind: (typeof DB_KINDS)[number]): Promise<Database> {
  const database = await createTestDatabase(kind);
  vi.useFakeTimers({ toFake: ['Date'], now: NOW });
  try {
    await ensureDemoData(database.db, () => {}, { sealed });
  } finally {
    vi.useRealTimers();
  }
  return database;
}

const rows = async <T>(database: Database, query: ReturnType<typeof sql<T>>) => (await query.execute(database.db)).rows;

/** Each household's class today from its current members (core rules) and its override. */
async function classesToday(database: Database): Promise<Map<number, VisitClass>> {
  const members = await rows(
    database,
    sql<{ household_id: number; birth_date: string; tags: string[]; class_override: string | null; class_override_reason: string | null }>`
    SELECT h.id AS household_id, r.birth_date, r.tags, h.class_override, h.class_override_reason
    FROM households h JOIN household_members m ON m.top_region_id = h.top_region_id AND m.household_id = h.id AND m.left_on IS NULL
    JOIN residents r ON r.top_region_id = m.top_region_id AND r.id = m.resident_id`,
  );
  const byHousehold = new Map<number, typeof members>();
  for (const m of members) byHousehold.set(m.household_id, [...(byHousehold.get(m.household_id) ?? []), m]);
  const classes = new Map<number, VisitClass>();
  for (const [id, list] of byHousehold) {
    const override = list[0].class_override
      ? { visitClass: list[0].class_override as VisitClass, reason: list[0].class_override_reason! }
      : null;
    classes.set(
      id,
      applyOverride(
        deriveVisitClass(
          list.map((m) => ({ birthDate: m.birth_date, tags: m.tags })),
          TODAY,
        ),
        override,
      ).visitClass,
    );
  }
  return classes;
}

describe.each(DB_KINDS)('demo households and visits (issue 4 item 9) on %s', (kind) => {
  let a: Database;
  beforeAll(async () => {
    a = await seeded(kind);
  }, 120_000);
  afterAll(async () => {
    await a?.close();
  });

  it('A11.1 ~3,000 households and ~7,500 residents in the street, ~600 and ~1,500 in the town', async () => {
    // … about a quarter with someone of 60 or more
    const counts = await rows(
      a,
      sql<{ type: string; households: number; residents: number }>`
      SELECT t.type, count(DISTINCT h.id)::int AS households, count(r.id)::int AS residents FROM households h JOIN regions t
        ON t.id = h.top_region_id
      LEFT JOIN residents r ON r.top_region_id = h.top_region_id AND r.household_id = h.id AND r.status = 'current' GROUP BY t.type
        ORDER BY t.type`,
    );
    const [street, town] = counts;
    expect(street.type).toBe('street');
    expect(street.households).toBeGreaterThanOrEqual(2800);
    expect(street.households).toBeLessThanOrEqual(3200);
    expect(street.residents).toBeGreaterThanOrEqual(7000);
    expect(street.residents).toBeLessThanOrEqual(8000);
    expect(town.households).toBeGreaterThanOrEqual(540);
    expect(town.households).toBeLessThanOrEqual(660);
    expect(town.residents).toBeGreaterThanOrEqual(1350);
    expect(town.residents).toBeLessThanOrEqual(1650);
    const [elderly] = await rows(
      a,
      sql<{ share: number }>`
      SELECT avg(CASE WHEN EXISTS (SELECT 1 FROM household_members m JOIN residents r ON r.top_region_id = m.top_region_id
        AND r.id = m.resident_id
        WHERE m.top_region_id = h.top_region_id AND m.household_id = h.id AND m.left_on IS NULL AND r.birth_date <= ${SIXTY}::date)
        THEN 1.0 ELSE 0.0 END)::float8 AS share FROM households h`,
    );
    expect(elderly.share).toBeGreaterThan(0.2);
    expect(elderly.share).toBeLessThan(0.32);
    const rented = await rows(
      a,
      sql<{
        housing: string;
        landlords: number;
        n: number;
      }>`SELECT housing, count(landlord)::int AS landlords, count(*)::int AS n FROM households GROUP BY housing ORDER BY housing`,
    );
    expect(rented).toEqual([
      { housing: 'owned', landlords: 0, n: expect.any(Number) },
      { housing: 'rented', landlords: rented[1].n, n: expect.any(Number) },
    ]);
    const [address] = await rows(
      a,
      sql<{
        address: string;
      }>`SELECT address FROM households h JOIN regions t ON t.id = h.top_region_id WHERE t.type = 'street'
        AND h.compound_id IS NOT NULL LIMIT 1`,
    );
    expect(address.address).toMatch(/^\p{Script=Han}+\d+号楼\d单元\d0\d$/u);
  });

  it('A7.2 D5 every visit class occurs (about 2% key vulnerable), overrides carry a reason, a few heads turn 60 this month', async () => {
    const classes = await classesToday(a);
    const count = (c: VisitClass) => [...classes.values()].filter((x) => x === c).length;
    for (const c of VISIT_CLASSES) expect(count(c), c).toBeGreaterThan(0);
    expect(count('2-key') / classes.size).toBeGreaterThan(0.01);
    expect(count('2-key') / classes.size).toBeLessThan(0.05);
    expect(count('3') / classes.size).toBeGreaterThan(0.5);
    const overrides = await rows(
      a,
      sql<{ reason: string | null }>`SELECT class_override_reason AS reason FROM households WHERE class_override IS NOT NULL`,
    );
    expect(overrides.length).toBeGreaterThan(5);
    for (const o of overrides) expect(o.reason).toMatch(/\p{Script=Han}{6,}/u);
    const month = TODAY.slice(5, 7);
    const turning = await rows(
      a,
      sql<{ birth_date: string }>`
      SELECT r.birth_date FROM residents r JOIN household_members m ON m.top_region_id = r.top_region_id AND m.resident_id = r.id
        AND m.left_on IS NULL
      WHERE m.relation = 'head' AND r.birth_date BETWEEN ${`${Number(TODAY.slice(0, 4)) - 60}-${month}-01`}::date
        AND ${`${Number(TODAY.slice(0, 4)) - 60}-${month}-28`}::date`,
    );
    expect(turning.length).toBeGreaterThanOrEqual(3);
  });

  it('C3 D10 every ID number and phone is sealed: it opens to a valid number agreeing with the resident', async () => {
    // … and nothing is stored in clear
    const residents = await rows(
      a,
      sql<{
        name: string;
        sex: 'M' | 'F';
        birth_date: string;
        id_number_enc: Buffer | null;
        id_number_hash: string | null;
        id_number_mask: string | null;
        phone_enc: Buffer | null;
        phone_hash: string | null;
        phone_mask: string | null;
        status: string;
        text: string;
      }>`
      SELECT name, sex, birth_date, id_number_enc, id_number_hash, id_number_mask, phone_enc, phone_hash, phone_mask, status,
        concat_ws('|', name, id_number_mask, phone_mask, economic_situation, skills, views, social_relations, notes, array_to_string(tags,
          ',')) AS text FROM residents`,
    );
    const withId = residents.filter((r) => r.id_number_enc !== null);
    expect(withId.length / residents.length).toBeGreaterThan(0.9);
    for (const r of withId) {
      const id = sealed.open('idNumber', r.id_number_enc!);
      expect(checkIdNumber(id, { birthDate: r.birth_date, sex: r.sex, asOf: TODAY }), r.name).toMatchObject({ valid: true });
      expect(r.id_number_mask).toBe(maskIdNumber(id));
      expect(r.id_number_hash).toBe(sealed.hash('idNumber', id));
      expect(r.id_number_enc!.includes(Buffer.from(id))).toBe(false);
    }
    const current = withId.filter((r) => r.status === 'current').map((r) => r.id_number_hash);
    expect(new Set(current).size).toBe(current.length);
    for (const r of residents.filter((x) => x.phone_enc !== null)) {
      const phone = sealed.open('phone', r.phone_enc!);
      expect(phone).toMatch(/^1\d{10}$/);
      expect(r.phone_mask).toBe(maskPhone(phone));
      expect(r.phone_hash).toBe(sealed.hash('phone', phone));
    }
    for (const r of residents) expect(r.text).not.toMatch(/\d{11}/);
    const [audit] = await rows(a, sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE coalesce(after::text, '') ~ '\\d{11}'`);
    expect(audit.n).toBe(0);
  });

  it('A11.1 memberships keep their history: moves within the area, move-outs and deaths close with a date', async () => {
    // … every household keeps a member
    const left = await rows(
      a,
      sql<{ reason: string; status: string; moved_to: boolean; rejoined: boolean; n: number }>`
      SELECT m.left_reason AS reason, r.status, m.moved_to_household_id IS NOT NULL AS moved_to,
        EXISTS (SELECT 1 FROM household_members o WHERE o.top_region_id = m.top_region_id AND o.resident_id = m.resident_id
          AND o.left_on IS NULL
          AND o.household_id = m.moved_to_household_id AND o.joined_on = m.left_on AND r.household_id = o.household_id) AS rejoined,
        count(*)::int AS n
      FROM household_members m JOIN residents r ON r.top_region_id = m.top_region_id AND r.id = m.resident_id
      WHERE m.left_on IS NOT NULL GROUP BY 1, 2, 3, 4`,
    );
    const byReason = (reason: string) => left.filter((l) => l.reason === reason);
    expect(byReason('deceased').every((l) => l.status === 'deceased' && !l.moved_to)).toBe(true);
    expect(byReason('moved-out').every((l) => l.status === 'moved-out' && !l.moved_to)).toBe(true);
    expect(byReason('moved').every((l) => l.status === 'current' && l.moved_to && l.rejoined)).toBe(true);
    for (const reason of ['deceased', 'moved-out', 'moved'])
      expect(
        byReason(reason).reduce((s, l) => s + l.n, 0),
        reason,
      ).toBeGreaterThan(reason === 'moved' ? 1 : 10);
    const [empty] = await rows(
      a,
      sql<{ n: number }>`SELECT count(*)::int AS n FROM households h WHERE NOT EXISTS (
      SELECT 1 FROM household_members m WHERE m.top_region_id = h.top_region_id AND m.household_id = h.id AND m.left_on IS NULL)`,
    );
    expect(empty.n).toBe(0);
  });

  it('A7.2 D5 visits keep the recording rules: over after their start, at most 12 hours, none after now', async () => {
    // … by accounts of the grid, never overlapping; GPS flags follow the grid shape
    const visits = await rows(
      a,
      sql<{
        started_at: Date;
        ended_at: Date;
        type: string;
        lat: number | null;
        lng: number | null;
        outside_grid: boolean | null;
        visitor_ids: number[];
        grid_id: number;
        registered: Date;
        findings: string | null;
        needs: string | null;
      }>`
      SELECT v.started_at, v.ended_at, v.type, v.lat, v.lng, v.outside_grid, v.visitor_ids, h.grid_id, h.created_at AS registered,
        v.findings, v.needs
      FROM visits v JOIN households h ON h.top_region_id = v.top_region_id AND h.id = v.household_id ORDER BY v.started_at`,
    );
    const shapes = new Map(
      (await rows(a, sql<{ id: number; geometry: Polygonal }>`SELECT id, geometry FROM regions WHERE type = 'grid'`)).map((g) => [
        g.id,
        flattenPolygonal(g.geometry),
      ]),
    );
    const roles = new Set(
      (
        await rows(
          a,
          sql<{ key: string }>`
      SELECT ra.user_id || '@' || ra.region_id AS key FROM role_assignments ra JOIN users u ON u.id = ra.user_id WHERE u.active
        AND ra.role IN ('grid-worker', 'grid-leader')`,
        )
      ).map((r) => r.key),
    );
    expect(visits.length).toBeGreaterThan(15_000);
    const lastEnd = new Map<number, number>();
    for (const v of visits) {
      expect(visitTimeProblems(v.started_at, v.ended_at, NOW)).toEqual([]);
      expect(v.ended_at.getTime()).toBeLessThanOrEqual(NOW.getTime());
      expect(shanghaiDate(v.started_at) >= shanghaiDate(v.registered)).toBe(true);
      for (const id of v.visitor_ids) expect(roles.has(`${id}@${v.grid_id}`), `visitor ${id} in grid ${v.grid_id}`).toBe(true);
      expect(v.started_at.getTime()).toBeGreaterThanOrEqual(lastEnd.get(v.visitor_ids[0]) ?? 0);
      lastEnd.set(v.visitor_ids[0], v.ended_at.getTime());
      if (v.lat === null || v.lng === null) expect(v.outside_grid).toBeNull();
      else expect(v.outside_grid).toBe(placePoint(shapes.get(v.grid_id)!, v.lng, v.lat) === OUTSIDE);
    }
    const share = (ok: (v: (typeof visits)[number]) => boolean, of = visits) => of.filter(ok).length / of.length;
    expect(new Set(visits.map((v) => v.type))).toEqual(new Set(['routine', 'round', 'three-visits', 'follow-up', 'call']));
    const located = visits.filter((v) => v.lat !== null);
    expect(share((v) => v.outside_grid === true, located)).toBeGreaterThan(0);
    expect(share((v) => v.outside_grid === true, located)).toBeLessThan(0.05);
    expect(share((v) => v.type === 'call' && v.lat === null)).toBeGreaterThan(0.03);
    const inPerson = visits.filter((v) => v.type !== 'call');
    expect(share((v) => v.findings !== null, inPerson)).toBeGreaterThan(0.2);
    expect(share((v) => v.needs !== null, inPerson)).toBeGreaterThan(0.05);
  });

  it('A7.2 D9 the compliance spread is real: worker1 met last quarter almost everywhere, worker2 far less', async () => {
    // … the current period is partly done
    const { app } = await buildApp({ config: { ...loadConfig({}), demo: false, dataKey: DATA_KEY }, database: a, clock: () => NOW });
    try {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'street1', password: DEMO_PASSWORD },
      });
      const headers = { authorization: `Bearer ${login.json().token}` };
      const month = Number(TODAY.slice(5, 7));
      const lastQuarterEnd = addDays(`${TODAY.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`, -1);
      const statuses = async (username: string, date?: string) => {
        const households = await rows(
          a,
          sql<{ id: number }>`SELECT h.id FROM households h JOIN role_assignments ra ON ra.region_id = h.grid_id
          JOIN users u ON u.id = ra.user_id WHERE u.username = ${username} AND ra.role = 'grid-worker' ORDER BY h.id LIMIT 45`,
        );
        const out: string[] = [];
        for (const h of households) {
          const res = await app.inject({
            method: 'GET',
            url: `/api/v1/households/${h.id}/visit-status${date ? `?date=${date}` : ''}`,
            headers,
          });
          expect(res.statusCode, res.body).toBe(200);
          out.push(res.json().status);
        }
        return out;
      };
      const met = (list: string[]) => list.filter((s) => s === 'met').length / list.length;
      const ahead = await statuses('worker1', lastQuarterEnd);
      const behind = await statuses('worker2', lastQuarterEnd);
      expect(met(ahead)).toBeGreaterThanOrEqual(0.85);
      expect(met(behind)).toBeLessThanOrEqual(0.75);
      expect(met(ahead) - met(behind)).toBeGreaterThanOrEqual(0.2);
      const now = await statuses('worker1');
      expect(met(now)).toBeGreaterThan(0);
      expect(met(now)).toBeLessThan(1);
    } finally {
      await app.close();
    }
  }, 60_000);

  it("C2.2 C7.1 D6 the town: the round reaches every household of a grid in days 1-15 of the quarter's first month", async () => {
    // … members visit 2 hours on most visiting days, one falls behind
    const month = Number(TODAY.slice(5, 7));
    const quarterStart = `${TODAY.slice(0, 4)}-${String(Math.floor((month - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    expect(TODAY > addDays(quarterStart, 14)).toBe(true); // the clock above is chosen so this quarter's round is over
    const coverage = await rows(
      a,
      sql<{ grid_id: number; share: number }>`
      SELECT h.grid_id, avg(CASE WHEN EXISTS (SELECT 1 FROM visits v WHERE v.top_region_id = h.top_region_id AND v.household_id = h.id
        AND v.type <> 'call'
        AND v.started_at >= ${quarterStart}::date AND v.started_at < ${addDays(quarterStart, 15)}::date)
        THEN 1.0 ELSE 0.0 END)::float8 AS share
      FROM households h JOIN regions t ON t.id = h.top_region_id WHERE t.type = 'town' AND h.created_at < ${quarterStart}::date
        GROUP BY h.grid_id`,
    );
    expect(coverage).toHaveLength(8);
    expect(coverage.filter((g) => g.share >= 0.95)).toHaveLength(7);
    const first = `${TODAY.slice(0, 8)}01`;
    const days = Array.from({ length: 15 }, (_, i) => addDays(first, i)).filter((d) => d < TODAY && calendar.isWorkday(d));
    const minutes = await rows(
      a,
      sql<{ worker: number; day: string; minutes: number }>`
      SELECT v.visitor_ids[1] AS worker, to_char(v.started_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day,
        sum(extract(epoch FROM v.ended_at - v.started_at) / 60)::float8 AS minutes
      FROM visits v JOIN regions t ON t.id = v.top_region_id WHERE t.type = 'town' AND v.type <> 'call' AND v.started_at >= ${first}::date
        GROUP BY 1, 2`,
    );
    const workers = [...new Set(minutes.map((m) => m.worker))];
    expect(workers).toHaveLength(8);
    const fullDays = workers.map(
      (w) => days.filter((d) => minutes.some((m) => m.worker === w && m.day === d && m.minutes >= 120)).length / days.length,
    );
    expect(fullDays.filter((s) => s >= 0.7)).toHaveLength(7);
    expect(Math.min(...fullDays)).toBeLessThan(0.6);
  });

  it('C2.2 A6 the accounts added by the contract: office1 the grid office of the street, townlead1 the town community lead', async () => {
    // … townlead1 acknowledges the round reports of their community's grids
    const { app } = await buildApp({ config: { ...loadConfig({}), demo: false, dataKey: DATA_KEY }, database: a, clock: () => NOW });
    try {
      const signIn = async (username: string) => {
        const login = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: DEMO_PASSWORD } });
        expect(login.statusCode, login.body).toBe(200);
        return { authorization: `Bearer ${login.json().token}` };
      };
      const me = async (headers: Record<string, string>) =>
        (await app.inject({ method: 'GET', url: '/api/v1/auth/me', headers })).json().user;
      const office = await me(await signIn('office1'));
      expect(office.roles).toEqual([expect.objectContaining({ role: 'grid-office', regionName: '幸福街道', regionType: 'street' })]);
      const leadHeaders = await signIn('townlead1');
      const lead = await me(leadHeaders);
      expect(lead.roles).toEqual([expect.objectContaining({ role: 'community-lead', regionType: 'community' })]);
      const month = TODAY.slice(0, 7);
      const progress = await app.inject({
        method: 'GET',
        url: `/api/v1/rounds/progress?regionId=${lead.roles[0].regionId}&month=${month}`,
        headers: leadHeaders,
      });
      expect(progress.statusCode, progress.body).toBe(200);
      const grids = progress.json().grids as Array<{ abilities: { acknowledge: boolean; prepare: boolean } }>;
      expect(grids.length).toBeGreaterThan(0);
      for (const g of grids) expect(g.abilities).toMatchObject({ acknowledge: true, prepare: false });
    } finally {
      await app.close();
    }
  }, 60_000);

  it('is seeded once: a second start adds nothing', async () => {
    const count = async () =>
      rows(
        a,
        sql<{
          n: string;
        }>`SELECT (SELECT count(*) FROM households) || '/' || (SELECT count(*) FROM residents) || '/' || (SELECT count(*)
          FROM visits) || '/' || (SELECT count(*) FROM users) AS n`,
      );
    const before = await count();
    expect(await ensureDemoData(a.db, () => {}, { sealed })).toBeNull();
    expect(await count()).toEqual(before);
  });

  it('is deterministic: a second seed at the same instant gives the same households, residents, memberships and visits', async () => {
    const b = await seeded(kind);
    try {
      const snapshot = async (database: Database) => ({
        households: await rows(
          database,
          sql`SELECT id, grid_id, address, compound_id, building_id, housing, landlord, class_override, created_at FROM households
            ORDER BY id`,
        ),
        residents: await rows(
          database,
          sql`SELECT id, household_id, name, sex, birth_date, id_number_hash, id_number_mask, phone_hash, tags, status, economic_situation
            FROM residents ORDER BY id`,
        ),
        members: await rows(
          database,
          sql`SELECT household_id, resident_id, relation, joined_on, left_on, left_reason, moved_to_household_id FROM household_members
            ORDER BY id`,
        ),
        visits: await rows(
          database,
          sql`SELECT household_id, visitor_ids, started_at, ended_at, type, lat, lng, outside_grid, findings, needs FROM visits
            ORDER BY id`,
        ),
      });
      const [first, second] = [await snapshot(a), await snapshot(b)];
      expect(second.households.length).toBeGreaterThan(3000);
      expect(second).toEqual(first);
    } finally {
      await b.close();
    }
  }, 120_000);
});
