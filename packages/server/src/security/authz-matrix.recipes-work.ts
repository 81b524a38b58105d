/** Recipes of the authorization matrix: verification, rounds, supervision and statistics (not a test file itself). */
import { formFieldKeys } from '@gridwork/core/households';
import { NOW } from './authz-matrix.areas';
import { get, post, query, type Ctx, type Recipes } from './authz-matrix.recipe-kit';
import { newReport, newTask, roundMonth } from './authz-matrix.targets';

/** A quarter (or year) not drawn yet at the site: back from 2026-Q3 (a draw in force for a period is a 409). */
const periods = new Map<string, number>();
function freshPeriod(c: Ctx, kind: 'quarter' | 'year'): string {
  const key = `${c.w.kind}:${c.site}:${kind}`;
  const n = (periods.get(key) ?? 0) + 1;
  periods.set(key, n);
  if (kind === 'year') return String(2026 - n);
  const index = 2026 * 4 + 3 - n;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export const WORK_RECIPES: Recipes = {
  'POST /api/v1/verification/draws': {
    on: 'community',
    build: async (c) => post('/api/v1/verification/draws', { regionId: c.s.grid.id, quarter: freshPeriod(c, 'quarter') }),
  },
  'POST /api/v1/verification/yearly': {
    on: 'community',
    build: async (c) => post('/api/v1/verification/yearly', { regionId: c.s.grid.id, year: Number(freshPeriod(c, 'year')) }),
  },
  'GET /api/v1/verification/draws': { on: 'community', build: async (c) => get(`/api/v1/verification/draws?regionId=${c.s.grid.id}`) },
  'GET /api/v1/verification/draws/{id}': { on: 'community', build: async (c) => get(`/api/v1/verification/draws/${c.s.drawId}`) },
  'GET /api/v1/verification/tasks': { on: null, build: async () => get('/api/v1/verification/tasks') },
  'GET /api/v1/verification/tasks#drawId': { on: 'community', build: async (c) => get(`/api/v1/verification/tasks?drawId=${c.s.drawId}`) },
  'GET /api/v1/verification/tasks/{id}': { on: 'community', build: async (c) => get(`/api/v1/verification/tasks/${c.s.taskId}`) },
  'POST /api/v1/verification/tasks/{id}/result': {
    on: 'community',
    build: async (c) => {
      const task = await newTask(c.w, c.site!);
      const members = await c.w.t.ctx.db
        .selectFrom('household_members')
        .select('resident_id')
        .where('household_id', '=', task.householdId)
        .execute();
      const fields = formFieldKeys(members.map((m) => Number(m.resident_id))).map((field) => ({ field, outcome: 'confirmed' }));
      return post(`/api/v1/verification/tasks/${task.id}/result`, { expectedVersion: task.version, checkedAt: NOW, fields });
    },
  },
  'GET /api/v1/verification/summary': {
    on: 'community',
    build: async (c) => get(`/api/v1/verification/summary?${query({ regionId: c.s.grid.id, quarter: '2026-Q4' })}`),
  },
  'GET /api/v1/verification/summary/export': {
    on: 'community',
    build: async (c) => get(`/api/v1/verification/summary/export?${query({ regionId: c.s.grid.id, quarter: '2026-Q4' })}`),
  },

  'GET /api/v1/rounds/progress': {
    on: 'township',
    build: async (c) => get(`/api/v1/rounds/progress?${query({ gridId: c.s.grid.id, month: '2026-10' })}`),
  },
  'POST /api/v1/rounds/reports': {
    on: 'township',
    build: async (c) => post('/api/v1/rounds/reports', { gridId: c.s.grid.id, month: roundMonth(c.w, c.site!) }),
  },
  'GET /api/v1/rounds/reports': {
    on: 'township',
    build: async (c) => get(`/api/v1/rounds/reports?${query({ regionId: c.s.grid.id, month: '2026-10' })}`),
  },
  'GET /api/v1/rounds/reports/{id}': { on: 'township', build: async (c) => get(`/api/v1/rounds/reports/${c.s.reportId}`) },
  'POST /api/v1/rounds/reports/{id}/refresh': {
    on: 'township',
    build: async (c) => {
      const r = await newReport(c.w, c.site!);
      return post(`/api/v1/rounds/reports/${r.id}/refresh`, { expectedVersion: r.version });
    },
  },
  'POST /api/v1/rounds/reports/{id}/submit': {
    on: 'township',
    build: async (c) => {
      const r = await newReport(c.w, c.site!);
      const notReached = (r.figures.notReached as Array<{ householdId: number }>).map((h) => ({
        householdId: h.householdId,
        reason: '外出务工',
      }));
      return post(`/api/v1/rounds/reports/${r.id}/submit`, { expectedVersion: r.version, summary: '本轮走访完成', notReached });
    },
  },
  'POST /api/v1/rounds/reports/{id}/acknowledge': {
    on: 'township',
    build: async (c) => {
      const r = await newReport(c.w, c.site!, 'submitted');
      return post(`/api/v1/rounds/reports/${r.id}/acknowledge`, { expectedVersion: r.version });
    },
  },

  'GET /api/v1/supervision/board': { on: 'any', build: async (c) => get(`/api/v1/supervision/board?regionId=${c.s.grid.id}`) },
  'GET /api/v1/supervision/board/export': {
    on: 'any',
    build: async (c) => get(`/api/v1/supervision/board/export?regionId=${c.s.grid.id}`),
  },
  'GET /api/v1/supervision/analysis': {
    on: 'any',
    build: async (c) => get(`/api/v1/supervision/analysis?${query({ regionId: c.s.grid.id, month: '2026-10' })}`),
  },
  'GET /api/v1/statistics/cases': {
    on: 'any',
    build: async (c) =>
      get(`/api/v1/statistics/cases?${query({ regionId: c.s.grid.id, from: '2026-10-01', to: '2026-10-09', groupBy: 'category' })}`),
  },
  'GET /api/v1/statistics/cases/export': {
    on: 'any',
    build: async (c) =>
      get(`/api/v1/statistics/cases/export?${query({ regionId: c.s.grid.id, from: '2026-10-01', to: '2026-10-09', groupBy: 'region' })}`),
  },
};
