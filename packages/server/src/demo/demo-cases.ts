/**
 * Demo cases (issue 3 item 11): a few hundred cases over the past ~4 months in the demo street
 * (~300) and town (~40), in every state, on time and late, open ones green, yellow and red now,
 * across categories, classes, sources and tiers, with reporters (some anonymous, a few
 * confidential on the hotline, A9.4).
 *
 * Deterministic: one seeded PRNG; `now` and the calendar are arguments, so the same inputs give
 * the same rows. Every case goes through the pure core (`newCase`, then `applyCaseAction` with
 * the demo account that would really act, at increasing times) and is written with the service's
 * own mapping (`rowOfState`, `timelineRowOf`, the reporter columns of `insertReporter`).
 *
 * Three phases, each easy to extend (households and visits come later):
 *   1. plan: per area, what each case is (grid, category, class, source, target status, timing);
 *   2. play: in order of receipt (ids drawn from the cases sequence in that order, so a duplicate
 *      merges into an earlier case), each plan runs as a script of workflow steps;
 *   3. write: cases in multi-row inserts, then reporters and timeline entries.
 *
 * Files: this one (entry point and phase 3), demo-cases-tables.ts (shares, accounts, units,
 * texts), demo-cases-context.ts (areas, grids and people loaded once), demo-cases-plan.ts
 * (phase 1), demo-cases-flow.ts (a case played through the core, step by step) and
 * demo-cases-play.ts (the script of each target status).
 */
import type { WorkingCalendar } from '@gridwork/core/calendar';
import { CASE_STATUSES, type CaseStatus } from '@gridwork/core/cases';
import { createRng } from '@gridwork/core/demo';
import { sql, type Transaction } from 'kysely';
import type { DB } from '../db/schema';
import { writeAudit } from '../modules/audit/audit.repository';
import { rowOfState } from '../modules/cases/case-row';
import { timelineRowOf } from '../modules/cases/cases.repository';
import { loadAreas, type AreaCtx, type Env } from './demo-cases-context';
import type { Flow } from './demo-cases-flow';
import { planCase, weighted, type CasePlan } from './demo-cases-plan';
import { play } from './demo-cases-play';
import { MINUTE, STATUS_WEIGHTS } from './demo-cases-tables';
import type { DemoIndex } from './seed';

export interface DemoCasesOptions {
  now: Date;
  calendar: WorkingCalendar;
  seed: number;
}

export interface DemoCasesResult {
  cases: number;
  byStatus: Record<CaseStatus, number>;
  timelineEntries: number;
  reporters: number;
}

/** Where cases are generated: a street or town of the demo index and how many cases it gets. */
export const DEMO_CASE_AREAS: ReadonlyArray<{ key: string; count: number }> = [
  { key: 'xingfu', count: 300 },
  { key: 'qingshan', count: 40 },
];

// ─── Phase 3: write ──────────────────────────────────────────────────────────────────────────

async function writeCases(trx: Transaction<DB>, flows: Flow[]): Promise<{ timelineEntries: number; reporters: number }> {
  const rows = flows.map(({ plan, c, cursor }) => ({
    id: plan.id,
    top_region_id: plan.area.top.id,
    grid_id: plan.at.grid.id,
    grid_path: plan.at.grid.path,
    title: plan.title,
    description: plan.description,
    category: plan.category,
    source: plan.source,
    received_at: plan.receivedAt,
    policy_version: plan.area.policy.version,
    policy_region_id: plan.area.policy.regionId,
    lat: plan.location?.lat ?? null,
    lng: plan.location?.lng ?? null,
    created_by: plan.owner.id,
    visit_id: null,
    ...rowOfState(c),
    created_at: plan.intakeAt,
    updated_at: new Date(cursor),
  }));
  for (let i = 0; i < rows.length; i += 100)
    await trx
      .insertInto('cases')
      .values(rows.slice(i, i + 100) as never)
      .execute();
  // The mapping of `insertReporter`, in one statement.
  const reporters = flows.flatMap(({ plan }) =>
    plan.reporter ? [{ top_region_id: plan.area.top.id, case_id: plan.id, ...plan.reporter }] : [],
  );
  if (reporters.length) await trx.insertInto('case_reporters').values(reporters).execute();
  const timeline = flows.flatMap(({ plan, entries }) => entries.map((e, i) => timelineRowOf(plan.area.top.id, plan.id, i + 1, e)));
  for (let i = 0; i < timeline.length; i += 500)
    await trx
      .insertInto('case_timeline')
      .values(timeline.slice(i, i + 500))
      .execute();
  return { timelineEntries: timeline.length, reporters: reporters.length };
}

/** Generates the demo cases into an empty demo (same transaction as the regions, policies and users it builds on). */
export async function seedDemoCases(trx: Transaction<DB>, index: DemoIndex, opts: DemoCasesOptions): Promise<DemoCasesResult> {
  const categories = await trx.selectFrom('case_categories').select(['code', 'default_tier']).where('active', '=', true).execute();
  const env: Env = {
    rng: createRng(opts.seed),
    now: opts.now,
    cap: opts.now.getTime() - MINUTE,
    calendar: opts.calendar,
    defaultTiers: new Map(categories.map((c) => [c.code, c.default_tier])),
  };
  const plans = planAll(env, await loadAreas(trx, index, DEMO_CASE_AREAS));
  const allocated = await allocateIds(trx, plans.length);
  plans.forEach((p, i) => (p.id = allocated[i]));
  const flows: Flow[] = [];
  plans.forEach((plan, i) => flows.push(play(plan, env, plans.slice(0, i))));
  const { timelineEntries, reporters } = await writeCases(trx, flows);
  const byStatus = Object.fromEntries(CASE_STATUSES.map((s) => [s, flows.filter((f) => f.c.status === s).length])) as Record<
    CaseStatus,
    number
  >;
  await writeAudit(trx, {
    actorId: null,
    action: 'demo.seed-cases',
    entity: 'deployment',
    entityId: null,
    after: { cases: flows.length, byStatus, timelineEntries, reporters },
  });
  return { cases: flows.length, byStatus, timelineEntries, reporters };
}

/** Phase 1: the plans of every area, in order of receipt. */
function planAll(env: Env, areas: AreaCtx[]): CasePlan[] {
  const plans: CasePlan[] = [];
  for (const area of areas) {
    for (let i = 0; i < area.count; i++) {
      // One case of every status first, so each area shows them all; then by the status shares.
      const target = i < CASE_STATUSES.length ? CASE_STATUSES[i] : weighted(env.rng, STATUS_WEIGHTS);
      plans.push(planCase(env, area, plans.length, target));
    }
  }
  return plans.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.seq - b.seq);
}

/** `n` ids from the cases' own identity sequence, ascending: inserts with them keep the sequence right. */
async function allocateIds(trx: Transaction<DB>, n: number): Promise<number[]> {
  const { rows } = await sql<{
    id: number;
  }>`SELECT nextval(pg_get_serial_sequence('cases', 'id')) AS id FROM generate_series(1, ${n})`.execute(trx);
  return rows.map((r) => Number(r.id)).sort((a, b) => a - b);
}
