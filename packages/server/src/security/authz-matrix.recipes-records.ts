/** Recipes of the authorization matrix: households, residents, visits, roster, cases and photos (not a test file itself). */
import { XLSX_MIME } from '../lib/xlsx';
import { fillRoster } from '../modules/roster/roster.test-helpers';
import { AREAS, type Site } from './authz-matrix.areas';
import { get, post, query, versionOf, type Ctx, type Recipes } from './authz-matrix.recipe-kit';
import { tinyPng } from '../testing/tiny-png';
import { newCase, newHousehold, newVisit } from './authz-matrix.targets';

const png = (url: string) => ({ method: 'POST' as const, url, headers: { 'content-type': 'image/png' }, payload: tinyPng() });
/** The caller's own site and grid (for requests whose target is another id in the body). */
const ownSite = (c: Ctx): Site => AREAS[c.user].own.community ?? AREAS[c.user].own.township!;
const ownGrid = (c: Ctx) => c.w.sites[ownSite(c)].grid.id;

/** A roster with one household of the caller's own grid (a dry run: nothing is written), one file per grid. */
const rosters = new Map<string, Promise<Buffer>>();
function rosterFile(c: Ctx): Promise<Buffer> {
  const make = async () => {
    const template = (await c.w.t.call('admin', get('/api/v1/roster/template'))).rawPayload;
    return fillRoster(template, [
      { householdKey: 'A', gridCode: c.s.grid.code, address: '花名册路1号', name: '花名册', sex: '男', birthDate: '1980-02-02' },
    ]);
  };
  if (!rosters.has(c.s.grid.code)) rosters.set(c.s.grid.code, make());
  return rosters.get(c.s.grid.code)!;
}

export const RECORD_RECIPES: Recipes = {
  'POST /api/v1/households': {
    on: 'any',
    build: async (c) => post('/api/v1/households', { gridId: c.s.grid.id, address: `幸福路${c.w.next()}号` }),
  },
  'GET /api/v1/households': { on: 'any', build: async (c) => get(`/api/v1/households?gridId=${c.s.grid.id}`) },
  'GET /api/v1/households/{id}': { on: 'any', build: async (c) => get(`/api/v1/households/${c.s.householdId}`) },
  'PATCH /api/v1/households/{id}': {
    on: 'any',
    build: async (c) => ({
      method: 'PATCH',
      url: `/api/v1/households/${c.s.householdId}`,
      payload: { expectedVersion: await versionOf(c, 'households', c.s.householdId), housing: 'owned' },
    }),
  },
  'POST /api/v1/households/{id}/residents': {
    on: 'any',
    build: async (c) =>
      post(`/api/v1/households/${c.s.householdId}/residents`, { name: `新成员${c.w.next()}`, sex: 'M', birthDate: '1990-01-01' }),
  },
  'PATCH /api/v1/residents/{id}': {
    on: 'any',
    build: async (c) => ({
      method: 'PATCH',
      url: `/api/v1/residents/${c.s.residentId}`,
      payload: { expectedVersion: await versionOf(c, 'residents', c.s.residentId), skills: '编织' },
    }),
  },
  'POST /api/v1/residents/{id}/end-membership': {
    on: 'any',
    build: async (c) => {
      const { residentId } = await newHousehold(c.w, c.site!, c.s.grid);
      return post(`/api/v1/residents/${residentId}/end-membership`, {
        expectedVersion: await versionOf(c, 'residents', residentId),
        reason: 'moved-out',
        on: '2026-10-09',
      });
    },
  },
  'POST /api/v1/residents/{id}/end-membership#moved': {
    on: 'any',
    build: async (c) => {
      const { residentId } = await newHousehold(c.w, ownSite(c), c.w.sites[ownSite(c)].grid);
      const payload = {
        expectedVersion: await versionOf(c, 'residents', residentId),
        reason: 'moved',
        on: '2026-10-09',
        toHouseholdId: c.s.householdId,
      };
      return post(`/api/v1/residents/${residentId}/end-membership`, payload);
    },
  },
  'POST /api/v1/residents/{id}/reveal': {
    on: 'any',
    build: async (c) => post(`/api/v1/residents/${c.s.residentId}/reveal`, { field: 'phone' }),
  },
  'POST /api/v1/residents/{id}/reveal#idNumber': {
    on: 'any',
    build: async (c) => post(`/api/v1/residents/${c.s.residentId}/reveal`, { field: 'idNumber' }),
  },
  'GET /api/v1/resident-tags': { on: null, build: async () => get('/api/v1/resident-tags') },
  'PUT /api/v1/resident-tags/{code}': {
    on: null,
    build: async () => ({
      method: 'PUT',
      url: '/api/v1/resident-tags/matrix-tag',
      payload: { labelZh: '矩阵', labelEn: 'Matrix', active: false, sort: 99 },
    }),
  },

  'POST /api/v1/visits': {
    on: 'any',
    build: async (c) =>
      post('/api/v1/visits', {
        householdId: c.s.householdId,
        startedAt: '2026-10-09T08:00:00+08:00',
        endedAt: '2026-10-09T08:30:00+08:00',
        type: 'call',
      }),
  },
  'POST /api/v1/visits#visitors': {
    on: 'any',
    build: async (c) =>
      post('/api/v1/visits', {
        householdId: householdOfOwnGrid(c),
        startedAt: '2026-10-09T08:00:00+08:00',
        endedAt: '2026-10-09T08:30:00+08:00',
        type: 'call',
        visitors: [c.s.userId],
      }),
  },
  // C3: a grid worker records visits they made, alone or with colleagues; naming only others is 403 (row above)
  'POST /api/v1/visits#visitors-self': {
    on: 'any',
    build: async (c) =>
      post('/api/v1/visits', {
        householdId: householdOfOwnGrid(c),
        startedAt: '2026-10-09T08:00:00+08:00',
        endedAt: '2026-10-09T08:30:00+08:00',
        type: 'call',
        visitors: [c.w.t.fx.users[c.user], c.s.userId],
      }),
  },
  'GET /api/v1/visits': { on: 'any', build: async (c) => get(`/api/v1/visits?householdId=${c.s.householdId}`) },
  'GET /api/v1/households/{id}/visit-status': {
    on: 'any',
    build: async (c) => get(`/api/v1/households/${c.s.householdId}/visit-status?date=2026-10-09`),
  },
  'GET /api/v1/visits/due': {
    on: 'any',
    build: async (c) => get(`/api/v1/visits/due?${query({ gridId: c.s.grid.id, date: '2026-10-09' })}`),
  },
  'GET /api/v1/visits/compliance': {
    on: 'any',
    build: async (c) => get(`/api/v1/visits/compliance?${query({ regionId: c.s.grid.id, date: '2026-10-09' })}`),
  },
  'GET /api/v1/visits/compliance/export': {
    on: 'any',
    build: async (c) => get(`/api/v1/visits/compliance/export?${query({ regionId: c.s.grid.id, date: '2026-10-09' })}`),
  },
  'GET /api/v1/visits/hours': {
    on: 'any',
    build: async (c) => get(`/api/v1/visits/hours?${query({ regionId: c.s.grid.id, from: '2026-10-01', to: '2026-10-09' })}`),
  },

  'GET /api/v1/roster/template': { on: null, build: async () => get('/api/v1/roster/template') },
  'GET /api/v1/roster/export': { on: 'any', build: async (c) => get(`/api/v1/roster/export?regionId=${c.s.grid.id}`) },
  'GET /api/v1/households/export': { on: 'any', build: async (c) => get(`/api/v1/households/export?gridId=${c.s.grid.id}`) },
  'POST /api/v1/roster/import': {
    on: null,
    build: async (c) => ({
      method: 'POST',
      url: '/api/v1/roster/import?dryRun=true',
      headers: { 'content-type': XLSX_MIME },
      payload: await rosterFile(c),
    }),
  },

  'GET /api/v1/case-categories': { on: null, build: async () => get('/api/v1/case-categories') },
  'PUT /api/v1/case-categories/{code}': {
    on: null,
    build: async () => ({
      method: 'PUT',
      url: '/api/v1/case-categories/matrix-category',
      payload: { labelZh: '矩阵', labelEn: 'Matrix', defaultTier: null, defaultUnit: null, active: false, sort: 99 },
    }),
  },
  'POST /api/v1/cases': {
    on: 'any',
    build: async (c) =>
      post('/api/v1/cases', {
        title: '路灯不亮',
        description: '小区路灯不亮',
        category: 'public-facility',
        caseClass: 'general',
        source: 'field',
        gridId: c.s.grid.id,
      }),
  },
  'POST /api/v1/cases#visitId': {
    on: 'any',
    build: async (c) =>
      post('/api/v1/cases', {
        title: '走访发现',
        description: '走访发现问题',
        category: 'other',
        caseClass: 'general',
        source: 'field',
        gridId: ownGrid(c),
        visitId: c.s.visitId,
      }),
  },
  'GET /api/v1/cases': { on: 'any', build: async (c) => get(`/api/v1/cases?gridId=${c.s.grid.id}`) },
  'GET /api/v1/cases#regionId': { on: 'any', build: async (c) => get(`/api/v1/cases?regionId=${c.s.grid.id}&q=x&from=2026-01-01`) },
  'GET /api/v1/address-lookup': { on: null, build: async () => get(`/api/v1/address-lookup?q=${encodeURIComponent('号')}`) },
  'GET /api/v1/cases#householdId': { on: 'any', build: async (c) => get(`/api/v1/cases?householdId=${c.s.householdId}`) },
  'GET /api/v1/cases/export': { on: 'any', build: async (c) => get(`/api/v1/cases/export?gridId=${c.s.grid.id}`) },
  'GET /api/v1/cases/register': { on: null, build: async () => get('/api/v1/cases/register?from=2026-10-01&to=2026-10-09') },
  'GET /api/v1/cases/{id}': { on: 'any', build: async (c) => get(`/api/v1/cases/${c.s.caseId}`) },
  'POST /api/v1/cases/{id}/actions/{action}': {
    on: 'any',
    build: async (c) => {
      const created = await newCase(c.w, c.site!, c.s.grid.id);
      return post(`/api/v1/cases/${created.id}/actions/accept`, { expectedVersion: created.version });
    },
  },
  'POST /api/v1/cases/{id}/actions/{action}#merge': {
    on: 'any',
    build: async (c) => {
      const created = await newCase(c.w, ownSite(c), ownGrid(c));
      return post(`/api/v1/cases/${created.id}/actions/merge`, { expectedVersion: created.version, intoCaseId: c.s.caseId });
    },
  },
  'POST /api/v1/cases/{id}/actions/{action}#transfer': {
    on: 'any',
    build: async (c) => {
      const created = await newCase(c.w, ownSite(c), ownGrid(c));
      return post(`/api/v1/cases/${created.id}/actions/transfer`, {
        expectedVersion: created.version,
        toUserId: c.s.userId,
        explanation: '转交网格员',
      });
    },
  },
  'POST /api/v1/cases/{id}/reporter/reveal': { on: 'any', build: async (c) => post(`/api/v1/cases/${c.s.caseId}/reporter/reveal`) },
  'GET /api/v1/cases/{id}/annotations': { on: 'any', build: async (c) => get(`/api/v1/cases/${c.s.caseId}/annotations`) },
  'POST /api/v1/cases/{id}/annotations': {
    on: 'any',
    build: async (c) => post(`/api/v1/cases/${c.s.caseId}/annotations`, { kind: 'supervision-note', text: '请加快办理' }),
  },
  'POST /api/v1/cases/{id}/annotations#hotline-note': {
    on: 'any',
    build: async (c) => post(`/api/v1/cases/${c.s.caseId}/annotations`, { kind: 'hotline-note', text: '来电人再次来电' }),
  },
  'GET /api/v1/cases/{id}/public-note': { on: 'any', build: async (c) => get(`/api/v1/cases/${c.s.caseId}/public-note`) },
  'POST /api/v1/cases/{id}/public-note': {
    on: 'any',
    build: async (c) => post(`/api/v1/cases/${c.s.caseId}/public-note`, { text: '已安排清理' }),
  },
  'GET /api/v1/cases/{id}/assignees': { on: 'any', build: async (c) => get(`/api/v1/cases/${c.s.caseId}/assignees`) },
  'GET /api/v1/cases/{id}/merge-suggestions': { on: 'any', build: async (c) => get(`/api/v1/cases/${c.s.caseId}/merge-suggestions`) },

  'GET /api/v1/cases/{id}/photos': { on: 'any', build: async (c) => get(`/api/v1/cases/${c.s.caseId}/photos`) },
  'POST /api/v1/cases/{id}/photos': {
    on: 'any',
    build: async (c) => png(`/api/v1/cases/${(await newCase(c.w, c.site!, c.s.grid.id)).id}/photos`),
  },
  'GET /api/v1/visits/{id}/photos': { on: 'any', build: async (c) => get(`/api/v1/visits/${c.s.visitId}/photos`) },
  'POST /api/v1/visits/{id}/photos': {
    on: 'any',
    build: async (c) => png(`/api/v1/visits/${await newVisit(c.w, c.site!, c.s.householdId)}/photos`),
  },
  'GET /api/v1/photos/{id}': { on: 'any', build: async (c) => get(`/api/v1/photos/${c.s.casePhotoId}`) },
  'GET /api/v1/photos/{id}#visit': { on: 'any', build: async (c) => get(`/api/v1/photos/${c.s.visitPhotoId}`) },
};

/** A household of the caller's own grid (the visit is recorded there; the visitor is the target). */
const householdOfOwnGrid = (c: Ctx): number => c.w.sites[ownSite(c)].householdId;
