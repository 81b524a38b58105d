/**
 * Demo households and visits (issue 4 item 9): ~3,000 households and ~7,500 residents in the demo
 * street's 36 grids, ~600 and ~1,500 in the town's 8, with ages, circumstances, history and the
 * visits of the past six months, so every households and visits screen shows something true.
 *
 * Deterministic: one seeded PRNG; `now`, the calendar and the data key are arguments (only the
 * AES-GCM nonces are random, as they must be). Grids without a demo grid worker get a visiting
 * account `gw-<grid code>` (grid-worker on that grid, no password that can sign in).
 *
 * Phases: 1. people (demo-households-plan.ts, -people.ts); 2. visits by class and period in the
 * street (-visits.ts) and by the township rhythm in the town (-town.ts); 3. times, GPS and notes
 * (-times.ts); 4. rows (-write.ts). Texts and shares: demo-households-tables.ts.
 */
import type { WorkingCalendar } from '@gridwork/core/calendar';
import { addDays, shanghaiDate } from '@gridwork/core/calendar';
import { buildDemoGeometry, createRng, type Rng } from '@gridwork/core/demo';
import { flattenPolygonal, type Polygonal } from '@gridwork/core/geo';
import type { PolicyValues } from '@gridwork/core/policy';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { writeAudit } from '../modules/audit/audit.repository';
import { parsePath } from '../modules/auth/sessions.repository';
import type { SealedFields } from '../modules/households/sealed-fields';
import { findPolicyInForce } from '../modules/policy/policy.repository';
import { pick } from './demo-cases-plan';
import { PeopleMaker } from './demo-households-people';
import { planPeopleOf, type AreaPlanCtx, type GridPlanCtx } from './demo-households-plan';
import { GIVEN_NAMES, SURNAMES, type Theme } from './demo-households-tables';
import { layOut } from './demo-households-times';
import { planTownGrid } from './demo-households-town';
import {
  classOn,
  membershipsByHousehold,
  planDates,
  planStreetHousehold,
  type VisitDraft,
  type WorkerStyle,
} from './demo-households-visits';
import { writePeople, writeVisits } from './demo-households-write';
import type { DemoIndex } from './seed';

export interface DemoHouseholdsOptions {
  now: Date;
  calendar: WorkingCalendar;
  seed: number;
  sealed: SealedFields;
}

export interface DemoHouseholdsResult {
  households: number;
  residents: number;
  memberships: number;
  visits: number;
  visitAccounts: number;
}

/** Where households are generated, and how many per grid (inclusive range). */
export const DEMO_HOUSEHOLD_AREAS: ReadonlyArray<{ key: string; perGrid: [number, number] }> = [
  { key: 'xingfu', perGrid: [72, 94] },
  { key: 'qingshan', perGrid: [68, 82] },
];
const WINDOW_DAYS = 183;
/** No password hash verifies against this: the generated visiting accounts cannot sign in. */
const NO_LOGIN = '!demo-visitor-no-login';

/** How the demo accounts work: worker1 ahead, worker2 behind, townworker1 steady. */
const STYLES: Record<string, Partial<WorkerStyle>> = {
  worker1: { diligence: 0.96, skew: 1.4, calls: 0.04 },
  worker2: { diligence: 0.6, skew: 0.7, calls: 0.15 },
  townworker1: { diligence: 0.96, skew: 1 },
};

function styleOf(rng: Rng, id: number, kind: AreaPlanCtx['kind'], behindInTown: boolean): WorkerStyle {
  const x = rng.next();
  const base = { id, companions: [], behind: false, calls: rng.between(0.04, 0.12) };
  if (kind === 'town') return { ...base, diligence: behindInTown ? 0.7 : rng.between(0.93, 0.98), skew: 1, behind: behindInTown };
  if (x < 0.15) return { ...base, diligence: rng.between(0.93, 0.98), skew: 1.4 };
  if (x < 0.3) return { ...base, diligence: rng.between(0.55, 0.68), skew: 0.7 };
  return { ...base, diligence: rng.between(0.75, 0.9), skew: rng.between(1, 1.3) };
}

/** The areas with their grids, places and workers; creates the visiting accounts the grids lack. */
async function loadAreas(trx: Transaction<DB>, index: DemoIndex, rng: Rng, seed: number) {
  const regions = buildDemoGeometry(seed).regions;
  const keyOf = new Map([...index.regions].map(([key, r]) => [r.id, key]));
  const roles = (
    await trx
      .selectFrom('role_assignments as ra')
      .innerJoin('users as u', 'u.id', 'ra.user_id')
      .select(['u.id', 'u.username', 'ra.role', 'ra.region_id'])
      .where('u.id', 'in', [...index.users.values()])
      .orderBy('u.id')
      .execute()
  ).map((r) => ({ ...r, regionKey: keyOf.get(r.region_id) }));
  const demoWorkers = roles.filter((a) => a.role === 'grid-worker');
  const missing = regions.filter((r) => r.type === 'grid' && !demoWorkers.some((a) => a.regionKey === r.key));
  const names = new Set<string>();
  const accounts = missing.map((r) => {
    let name = '';
    while (!name || names.has(name)) name = pick(rng, SURNAMES) + pick(rng, GIVEN_NAMES.middle[rng.next() < 0.5 ? 'M' : 'F']);
    names.add(name);
    return { username: `gw-${r.code}`, display_name: `网格员 ${name}`, password_hash: NO_LOGIN, password_is_demo: false };
  });
  const generated = new Map<string, number>();
  if (accounts.length > 0) {
    const rows = await trx.insertInto('users').values(accounts).returning(['id', 'username']).execute();
    for (const r of rows) generated.set(r.username, r.id);
    await trx
      .insertInto('role_assignments')
      .values(
        missing.map((r) => ({ user_id: generated.get(`gw-${r.code}`)!, role: 'grid-worker', region_id: index.regions.get(r.key)!.id })),
      )
      .execute();
  }
  const areas: Array<{ ctx: AreaPlanCtx; policy: { values: PolicyValues; version: number } }> = [];
  for (const { key, perGrid } of DEMO_HOUSEHOLD_AREAS) {
    const top = index.regions.get(key)!;
    const found = await findPolicyInForce(trx, parsePath(top.path));
    if (!found) throw new Error(`no policy in force at demo region ${key}`);
    const kind = top.type === 'town' ? 'town' : 'street';
    const gridRegions = regions.filter((r) => r.type === 'grid' && r.key.startsWith(`${key}/`));
    const behindAt = kind === 'town' ? gridRegions.filter((g) => generated.has(`gw-${g.code}`)).at(rng.int(1, 6))?.key : undefined;
    const grids: GridPlanCtx[] = gridRegions.map((g) => {
      const demo = demoWorkers.find((a) => a.regionKey === g.key);
      const id = demo ? demo.id : generated.get(`gw-${g.code}`)!;
      const companions = roles.filter((a) => a.role === 'grid-leader' && a.regionKey === g.key).map((a) => a.id);
      const worker = { ...styleOf(rng, id, kind, g.key === behindAt), ...(demo ? STYLES[demo.username] : {}), companions };
      const places = regions
        .filter((p) => p.parentKey === g.key && p.point)
        .map((p) => ({ id: index.regions.get(p.key)!.id, type: p.type as 'compound' | 'building', name: p.name, point: p.point! }));
      return {
        grid: index.regions.get(g.key)!,
        shape: flattenPolygonal(g.geometry as Polygonal),
        places,
        count: rng.int(...perGrid),
        workers: [worker],
      };
    });
    areas.push({ ctx: { kind, top, grids }, policy: { values: found.values as PolicyValues, version: found.version } });
  }
  return { areas, visitAccounts: accounts.length };
}

/** Generates the demo households, residents and visits (same transaction as the rest of the demo). */
export async function seedDemoHouseholds(
  trx: Transaction<DB>,
  index: DemoIndex,
  opts: DemoHouseholdsOptions,
): Promise<DemoHouseholdsResult> {
  const rng = createRng(opts.seed ^ 0x4a0d);
  const today = shanghaiDate(opts.now);
  const cap = opts.now.getTime() - 60_000;
  const dates = planDates(today, addDays(today, -WINDOW_DAYS), (d) => opts.calendar.isWorkday(d));
  const { areas, visitAccounts } = await loadAreas(trx, index, rng, opts.seed);
  const plan = planPeopleOf(
    new PeopleMaker(rng, today),
    rng,
    areas.map((a) => a.ctx),
  );
  const byHousehold = membershipsByHousehold(plan);
  const classToday = plan.households.map((_, i) => classOn(plan, byHousehold, i, today));
  const drafts: VisitDraft[] = [];
  for (const { ctx, policy } of areas) {
    for (const at of ctx.grids) {
      const mine = plan.households.flatMap((h, i) => (h.at === at ? [i] : []));
      if (ctx.kind === 'town') {
        drafts.push(...planTownGrid(rng, plan, mine, new Set(mine.filter((i) => classToday[i] !== '3')), at.workers[0], dates));
      } else {
        const load = new Map<string, number>();
        for (const i of mine) drafts.push(...planStreetHousehold(rng, plan, byHousehold, i, policy.values, at.workers[0], dates, load));
      }
    }
  }
  const themeOf = (i: number): Theme =>
    classToday[i].startsWith('1')
      ? 'elderly'
      : classToday[i].startsWith('2')
        ? 'vulnerable'
        : plan.households[i].migrant
          ? 'migrant'
          : 'general';
  const visits = layOut(rng, plan, drafts, themeOf, cap);
  const ids = await writePeople(trx, plan, opts.sealed, cap);
  const versions = new Map(areas.map((a) => [a.ctx.top.id, a.policy.version]));
  await writeVisits(trx, plan, visits, ids, (top) => versions.get(top)!);
  // Fresh statistics: without them the planner takes these tables for empty and every join loops.
  await sql`ANALYZE households, residents, household_members, visits`.execute(trx);
  const result = {
    households: plan.households.length,
    residents: plan.residents.length,
    memberships: plan.memberships.length,
    visits: visits.length,
    visitAccounts,
  };
  await writeAudit(trx, { actorId: null, action: 'demo.seed-households', entity: 'deployment', entityId: null, after: result });
  return result;
}
