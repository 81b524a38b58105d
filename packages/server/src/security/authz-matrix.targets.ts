/**
 * The records of the authorization matrix (not a test file itself): the ones every route reads,
 * created once per site, and fresh ones for the writes that change or use up their target.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { idNumberFor } from '../modules/households/households.test-helpers';
import type { RegionRow } from '../modules/regions/regions.repository';
import { tinyPng } from '../testing/tiny-png';
import { PRESET_OF, SITES, type Site } from './authz-matrix.areas';
import type { SiteTargets, World } from './authz-matrix.world';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
// biome-ignore lint/suspicious/noExplicitAny: recipes read whatever field the API answers
type Json = Record<string, any>;

export async function ok(res: Promise<LightMyRequestResponse> | LightMyRequestResponse, status = 201): Promise<Json> {
  const r = await res;
  expect(r.statusCode, `${r.statusCode} ${r.body.slice(0, 500)}`).toBe(status);
  return r.json();
}

export const creatorOf = (site: Site): 'admin' | 'xadmin' => (site.startsWith('x') ? 'xadmin' : 'admin');

/**
 * A household of the site with one resident aged 76 (class 1) since September; the site's own one
 * (`withIdNumber`, one per site) also has an ID number to reveal (they are unique among residents).
 */
export async function newHousehold(
  w: World,
  site: Site,
  grid: RegionRow,
  withIdNumber = false,
): Promise<{ householdId: number; residentId: number }> {
  const who = creatorOf(site);
  const n = w.next();
  const h = await ok(
    w.call(who, { method: 'POST', url: '/api/v1/households', payload: { gridId: grid.id, address: `${grid.name} 幸福路${n}号` } }),
  );
  const idNumber = withIdNumber ? { idNumber: idNumberFor('1950-05-05', 'F', SITES.indexOf(site) + 1) } : {};
  const resident = {
    name: `居民${n}`,
    sex: 'F',
    birthDate: '1950-05-05',
    ...idNumber,
    phone: `1380000${String(n % 10_000).padStart(4, '0')}`,
    joinedOn: '2026-09-01',
  };
  const r = await ok(w.call(who, { method: 'POST', url: `/api/v1/households/${h.id}/residents`, payload: resident }));
  return { householdId: h.id, residentId: r.residentId };
}

export async function newVisit(w: World, site: Site, householdId: number): Promise<number> {
  const payload = { householdId, startedAt: '2026-10-08T09:00:00+08:00', endedAt: '2026-10-08T10:00:00+08:00', type: 'routine' };
  return (await ok(w.call(creatorOf(site), { method: 'POST', url: '/api/v1/visits', payload }))).id;
}

export async function newCase(w: World, site: Site, gridId: number): Promise<Json> {
  const payload = {
    title: `楼道堆物${w.next()}`,
    description: '楼道堆放杂物',
    category: 'sanitation',
    caseClass: 'general',
    source: 'hotline',
    gridId,
    reporter: { name: '张三', phone: '13900002222' },
  };
  return ok(w.call(creatorOf(site), { method: 'POST', url: '/api/v1/cases', payload }));
}

export async function newPhoto(w: World, site: Site, owner: 'cases' | 'visits', id: number): Promise<number> {
  const opts = {
    method: 'POST' as const,
    url: `/api/v1/${owner}/${id}/photos`,
    headers: { 'content-type': 'image/png' },
    payload: tinyPng(),
  };
  return (await ok(w.call(creatorOf(site), opts))).id;
}

/** A photo of a diary entry, stored without the API (only the entry's author adds photos, and the matrix's authors never sign in). */
export async function storeDiaryPhoto(w: World, site: Site, diaryId: number): Promise<number> {
  const db = w.t.ctx.db;
  const { top_region_id } = await db.selectFrom('diaries').select('top_region_id').where('id', '=', diaryId).executeTakeFirstOrThrow();
  const data = tinyPng();
  const row = await db
    .insertInto('photos')
    .values({
      top_region_id,
      diary_id: diaryId,
      content_type: 'image/png',
      size: data.length,
      sha256: createHash('sha256').update(data).digest('hex'),
      width: 2,
      height: 2,
      data,
      uploaded_by: w.sites[site].userId,
      uploaded_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

const ROUND_MONTHS = ['01', '04', '07', '10'];

/** A round month (C2.2) not used yet at the site: 2026-10 first, then back a quarter at a time. */
export function roundMonth(w: World, site: Site): string {
  const used = (w.monthsUsed[site] = (w.monthsUsed[site] ?? 0) + 1) - 1;
  const index = 2026 * 4 + 3 - used;
  return `${Math.floor(index / 4)}-${ROUND_MONTHS[index % 4]}`;
}

/** A round report of a township site, as a draft or submitted. */
export async function newReport(w: World, site: Site, status: 'draft' | 'submitted' = 'draft'): Promise<Json> {
  const who = creatorOf(site);
  const gridId = w.sites[site].grid.id;
  const report = await ok(w.call(who, { method: 'POST', url: '/api/v1/rounds/reports', payload: { gridId, month: roundMonth(w, site) } }));
  if (status === 'draft') return report;
  const notReached = (report.figures.notReached as Array<{ householdId: number }>).map((h) => ({
    householdId: h.householdId,
    reason: '外出务工',
  }));
  const payload = { expectedVersion: report.version, summary: '本轮走访完成', notReached };
  return ok(w.call(who, { method: 'POST', url: `/api/v1/rounds/reports/${report.id}/submit`, payload }), 200);
}

/** A pending verification task of the site's draw, on a household of its own (one task per household and draw). */
export async function newTask(w: World, site: Site): Promise<{ id: number; version: number; householdId: number }> {
  const s = w.sites[site];
  const { householdId } = await newHousehold(w, site, s.grid);
  const shared = await w.t.ctx.db.selectFrom('verification_tasks').selectAll().where('id', '=', s.taskId!).executeTakeFirstOrThrow();
  const row = await w.t.ctx.db
    .insertInto('verification_tasks')
    .values({
      top_region_id: shared.top_region_id,
      draw_id: shared.draw_id,
      household_id: householdId,
      grid_id: shared.grid_id,
      grid_path: shared.grid_path,
      visit_class: shared.visit_class,
      assignee_id: shared.assignee_id,
      created_at: shared.created_at,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  return { id: row.id, version: row.version, householdId };
}

/** The targets of one site, created by its admin through the API. */
export async function createSiteTargets(w: World, site: Site, grid: RegionRow, community: RegionRow, top: RegionRow): Promise<SiteTargets> {
  const { householdId, residentId } = await newHousehold(w, site, grid, true);
  const visitId = await newVisit(w, site, householdId);
  const caseId = (await newCase(w, site, grid.id)).id as number;
  const casePhotoId = await newPhoto(w, site, 'cases', caseId);
  const visitPhotoId = await newPhoto(w, site, 'visits', visitId);
  const { userId, roleId } = await w.addUser('grid-worker', grid.id);
  const targets: SiteTargets = {
    site,
    creator: creatorOf(site),
    grid,
    community,
    top,
    topRegionId: grid.topRegionId ?? top.id,
    householdId,
    residentId,
    visitId,
    caseId,
    casePhotoId,
    visitPhotoId,
    userId,
    userRoleId: roleId!,
    drawId: null,
    taskId: null,
    reportId: null,
  };
  if (PRESET_OF[site] === 'community') {
    const draw = await ok(
      w.call(creatorOf(site), {
        method: 'POST',
        url: '/api/v1/verification/draws',
        payload: { regionId: grid.id, quarter: '2026-Q4', seed: 'matrix' },
      }),
    );
    targets.drawId = draw.id;
    targets.taskId = draw.tasks[0].id;
  } else {
    w.sites[site] = targets;
    targets.reportId = (await newReport(w, site)).id;
  }
  return targets;
}
