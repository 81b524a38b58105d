/** Recipes of the authorization matrix: team operations (diaries; not a test file itself). */
import { tinyPng } from '../testing/tiny-png';
import { NOW } from './authz-matrix.areas';
import { get, post, type Ctx, type Recipes } from './authz-matrix.recipe-kit';
import { creatorOf, ok, storeDiaryPhoto } from './authz-matrix.targets';

const entry = { occurredAt: NOW, place: '网格办公室', people: '网格员', content: '整理走访记录' };

/** A diary entry of the site's grid worker, back-entered by the site's admin (a fresh one per request). */
async function newDiary(c: Ctx): Promise<number> {
  const site = c.site!;
  const payload = { ...entry, authorId: c.w.sites[site].userId };
  return (await ok(c.w.call(creatorOf(site), { method: 'POST', url: '/api/v1/diaries', payload }))).id;
}

/** A photo of a fresh entry (its author, the site's grid worker, never signs in: the photo is stored directly). */
const newDiaryPhoto = async (c: Ctx) => storeDiaryPhoto(c.w, c.site!, await newDiary(c));

const TOMORROW = '2026-10-10T09:00:00+08:00';

/** An urgent meeting of the site's grid tomorrow, convened by the site's admin (its grid worker invited). */
async function newMeeting(c: Ctx): Promise<number> {
  const site = c.site!;
  const payload = { type: 'urgent', regionId: c.w.sites[site].grid.id, startsAt: TOMORROW };
  return (await ok(c.w.call(creatorOf(site), { method: 'POST', url: '/api/v1/meetings', payload }))).id;
}

/** An expert Q&A session of the site's grid, announced to residents through its grid workers (A2.5). */
async function newAnnouncedMeeting(c: Ctx): Promise<number> {
  const site = c.site!;
  const payload = { type: 'expert-qa', regionId: c.w.sites[site].grid.id, startsAt: TOMORROW, notice: '律师现场解答法律问题' };
  return (await ok(c.w.call(creatorOf(site), { method: 'POST', url: '/api/v1/meetings', payload }))).id;
}

/** A meeting with a pending leave request of the site's grid worker (who never signs in). */
async function withLeave(c: Ctx): Promise<{ id: number; leaveId: number }> {
  const id = await newMeeting(c);
  const row = await c.w.t.ctx.db
    .insertInto('meeting_leave_requests')
    .values({ meeting_id: id, user_id: c.s.userId, reason: '事假', created_at: new Date(), decided_by: null, decided_at: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, leaveId: row.id };
}

/** A meeting with a task of the site's grid worker. */
async function withTask(c: Ctx): Promise<{ id: number; taskId: number }> {
  const id = await newMeeting(c);
  const row = await c.w.t.ctx.db
    .insertInto('meeting_tasks')
    .values({
      meeting_id: id,
      title: '走访排查',
      owner_id: c.s.userId,
      due_on: '2026-10-20',
      case_id: null,
      created_at: new Date(),
      done_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, taskId: row.id };
}

/** A proposed commendation of the site's grid worker (proposed by someone who never acts in the matrix rows). */
async function newReward(c: Ctx): Promise<number> {
  const s = c.w.sites[c.site!];
  const row = await c.w.t.ctx.db
    .insertInto('rewards')
    .values({
      top_region_id: s.topRegionId,
      user_id: s.userId,
      region_id: s.grid.id,
      region_path: s.grid.path,
      kind: 'commendation',
      ground: 'dedication',
      note: null,
      points: 2,
      awarded_on: '2026-10-08',
      proposed_by: c.w.t.fx.users.dept,
      approved_by: null,
      approved_at: null,
      created_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A training session of the site's grid, run by the site's admin. */
async function newTraining(c: Ctx): Promise<number> {
  const site = c.site!;
  const payload = { regionId: c.w.sites[site].grid.id, topic: '政策法规', startsAt: NOW, minutes: 60 };
  return (await ok(c.w.call(creatorOf(site), { method: 'POST', url: '/api/v1/trainings', payload }))).id;
}

/** A month not reported yet for any site (one report per region and month). */
let reportMonths = 0;
const freshMonth = () => {
  reportMonths += 1;
  return `${2025 - Math.floor(reportMonths / 12)}-${String((reportMonths % 12) + 1).padStart(2, '0')}`;
};

/** A draft supervision report of the site's community, by the site's admin. */
async function newSupervisionReport(c: Ctx): Promise<number> {
  const site = c.site!;
  const payload = { regionId: c.w.sites[site].community.id, month: freshMonth() };
  return (await ok(c.w.call(creatorOf(site), { method: 'POST', url: '/api/v1/supervision/reports', payload }))).id;
}

/** Answers to every question of the household's survey form (the first option of each choice). */
async function surveyAnswers(c: Ctx): Promise<Record<string, string>> {
  const form = (await c.w.call(creatorOf(c.site!), { method: 'GET', url: `/api/v1/households/${c.s.householdId}/survey-form` })).json() as {
    questions: Array<{ key: string; kind: string; options?: Array<{ code: string }> }>;
  };
  return Object.fromEntries(form.questions.map((q) => [q.key, q.kind === 'choice' ? q.options![0].code : '无']));
}

/** A year without a plan yet at the site's community (one plan per community and year), per database. */
const planYears = new Map<string, number>();
function freshYear(c: Ctx): number {
  const key = `${c.w.kind}:${c.w.sites[c.site!].community.id}`;
  planYears.set(key, (planYears.get(key) ?? 0) + 1);
  return 2099 - planYears.get(key)!;
}

async function newPlan(c: Ctx): Promise<number> {
  const site = c.site!;
  const payload = {
    kind: 'implementation-plan',
    regionId: c.w.sites[site].community.id,
    year: freshYear(c),
    title: '实施方案',
    content: '目标与措施',
  };
  return (await ok(c.w.call(creatorOf(site), { method: 'POST', url: '/api/v1/work-records', payload }))).id;
}

export const TEAM_RECIPES: Recipes = {
  'POST /api/v1/work-records': {
    on: 'any',
    build: async (c) =>
      post('/api/v1/work-records', {
        kind: 'implementation-plan',
        regionId: c.s.community.id,
        year: freshYear(c),
        title: '实施方案',
        content: '目标',
      }),
  },
  'GET /api/v1/work-records': { on: null, build: async () => get('/api/v1/work-records') },
  'PATCH /api/v1/work-records/{id}': {
    on: 'any',
    build: async (c) => ({
      method: 'PATCH',
      url: `/api/v1/work-records/${await newPlan(c)}`,
      payload: { expectedVersion: 1, content: '修订' },
    }),
  },
  'GET /api/v1/households/{id}/survey-form': { on: 'any', build: async (c) => get(`/api/v1/households/${c.s.householdId}/survey-form`) },
  'GET /api/v1/households/{id}/surveys': { on: 'any', build: async (c) => get(`/api/v1/households/${c.s.householdId}/surveys`) },
  'POST /api/v1/households/{id}/surveys': {
    on: 'any',
    build: async (c) => post(`/api/v1/households/${c.s.householdId}/surveys`, { answers: await surveyAnswers(c) }),
  },
  'POST /api/v1/outreach-visits': {
    on: 'any',
    build: async (c) =>
      post('/api/v1/outreach-visits', {
        gridId: c.s.grid.id,
        target: 'party-group-leader',
        targetName: '党小组长',
        visitedAt: NOW,
        checklist: ['party-activity'],
      }),
  },
  'GET /api/v1/outreach-visits': { on: null, build: async () => get('/api/v1/outreach-visits') },
  'GET /api/v1/me/calendar-feed': { on: null, build: async () => get('/api/v1/me/calendar-feed') },
  'POST /api/v1/me/calendar-feed': { on: null, build: async () => post('/api/v1/me/calendar-feed') },
  'DELETE /api/v1/me/calendar-feed': { on: null, build: async () => ({ method: 'DELETE', url: '/api/v1/me/calendar-feed' }) },
  'GET /api/v1/calendar-feeds/{file}': {
    on: null,
    // the caller's own feed address (the address is the credential: anyone holding it reads the feed)
    build: async (c) => get((await ok(c.w.call(c.user, { method: 'POST', url: '/api/v1/me/calendar-feed' }))).url as string),
  },
  'POST /api/v1/supervision/reports': {
    on: 'any',
    build: async (c) => post('/api/v1/supervision/reports', { regionId: c.s.community.id, month: freshMonth() }),
  },
  'GET /api/v1/supervision/reports': { on: null, build: async () => get('/api/v1/supervision/reports') },
  'GET /api/v1/supervision/reports/{id}': {
    on: 'any',
    build: async (c) => get(`/api/v1/supervision/reports/${await newSupervisionReport(c)}`),
  },
  'GET /api/v1/supervision/reports/{id}/xlsx': {
    on: 'any',
    build: async (c) => get(`/api/v1/supervision/reports/${await newSupervisionReport(c)}/xlsx`),
  },
  'PATCH /api/v1/supervision/reports/{id}': {
    on: 'any',
    build: async (c) => ({
      method: 'PATCH',
      url: `/api/v1/supervision/reports/${await newSupervisionReport(c)}`,
      payload: { expectedVersion: 1, rating: 90 },
    }),
  },
  'POST /api/v1/trainings': {
    on: 'any',
    build: async (c) => post('/api/v1/trainings', { regionId: c.s.grid.id, topic: '政策法规', startsAt: NOW, minutes: 60 }),
  },
  'GET /api/v1/trainings': { on: null, build: async () => get('/api/v1/trainings') },
  'GET /api/v1/trainings/{id}': { on: 'any', build: async (c) => get(`/api/v1/trainings/${await newTraining(c)}`) },
  'PUT /api/v1/trainings/{id}/attendance': {
    on: 'any',
    build: async (c) => ({
      method: 'PUT',
      url: `/api/v1/trainings/${await newTraining(c)}/attendance`,
      payload: { entries: [{ userId: c.s.userId, status: 'present' }] },
    }),
  },
  'POST /api/v1/self-study': {
    on: null,
    build: async () => post('/api/v1/self-study', { studiedOn: '2026-10-08', topic: '礼仪规范', minutes: 30 }),
  },
  'GET /api/v1/self-study': { on: null, build: async () => get('/api/v1/self-study') },
  'GET /api/v1/self-study#userId': { on: 'any', build: async (c) => get(`/api/v1/self-study?userId=${c.s.userId}`) },
  'GET /api/v1/assessment/scores': {
    on: 'any',
    build: async (c) => get(`/api/v1/assessment/scores?regionId=${c.s.grid.id}&period=2026-10&level=grid`),
  },
  'GET /api/v1/assessment/records': {
    on: 'any',
    build: async (c) =>
      get(`/api/v1/assessment/records?regionId=${c.s.grid.id}&period=2026-10&level=grid&subjectId=${c.s.grid.id}&item=case-timeliness`),
  },
  'POST /api/v1/rewards': {
    on: 'any',
    build: async (c) =>
      post('/api/v1/rewards', { userId: c.s.userId, kind: 'commendation', ground: 'dedication', awardedOn: '2026-10-08' }),
  },
  'GET /api/v1/rewards': { on: null, build: async () => get('/api/v1/rewards') },
  'POST /api/v1/rewards/{id}/decision': {
    on: 'any',
    build: async (c) => post(`/api/v1/rewards/${await newReward(c)}/decision`, { approve: true, expectedVersion: 1 }),
  },
  // 成员档案 of the site's grid worker (the year's rewards included)
  'GET /api/v1/team/members/{id}': { on: 'any', build: async (c) => get(`/api/v1/team/members/${c.s.userId}?year=2026`) },
  'GET /api/v1/meetings/schedule': {
    on: 'any',
    build: async (c) => get(`/api/v1/meetings/schedule?regionId=${c.s.grid.id}&month=2026-10`),
  },
  'GET /api/v1/meetings': { on: null, build: async () => get('/api/v1/meetings') },
  'POST /api/v1/meetings': {
    on: 'any',
    build: async (c) => post('/api/v1/meetings', { type: 'urgent', regionId: c.s.grid.id, startsAt: TOMORROW }),
  },
  'GET /api/v1/meetings/{id}': { on: 'any', build: async (c) => get(`/api/v1/meetings/${await newMeeting(c)}`) },
  'PUT /api/v1/meetings/{id}/minutes': {
    on: 'any',
    build: async (c) => ({
      method: 'PUT',
      url: `/api/v1/meetings/${await newMeeting(c)}/minutes`,
      payload: { expectedVersion: 1, minutes: '会议纪要' },
    }),
  },
  'POST /api/v1/meetings/{id}/announcements': {
    on: 'any',
    build: async (c) => post(`/api/v1/meetings/${await newAnnouncedMeeting(c)}/announcements`, { households: 30 }),
  },
  'POST /api/v1/meetings/{id}/leave-requests': {
    on: 'any',
    build: async (c) => post(`/api/v1/meetings/${await newMeeting(c)}/leave-requests`, { reason: '事假' }),
  },
  'POST /api/v1/meetings/{id}/leave-requests/{sub}/decision': {
    on: 'any',
    build: async (c) => {
      const { id, leaveId } = await withLeave(c);
      return post(`/api/v1/meetings/${id}/leave-requests/${leaveId}/decision`, { approve: true });
    },
  },
  'PUT /api/v1/meetings/{id}/attendance': {
    on: 'any',
    build: async (c) => ({
      method: 'PUT',
      url: `/api/v1/meetings/${await newMeeting(c)}/attendance`,
      payload: { entries: [{ userId: c.s.userId, status: 'present' }] },
    }),
  },
  'POST /api/v1/meetings/{id}/tasks': {
    on: 'any',
    build: async (c) =>
      post(`/api/v1/meetings/${await newMeeting(c)}/tasks`, { title: '走访排查', ownerId: c.s.userId, dueOn: '2026-10-20' }),
  },
  'PATCH /api/v1/meetings/{id}/tasks/{sub}': {
    on: 'any',
    build: async (c) => {
      const { id, taskId } = await withTask(c);
      return { method: 'PATCH', url: `/api/v1/meetings/${id}/tasks/${taskId}`, payload: { status: 'done' } };
    },
  },
  'POST /api/v1/diaries': { on: 'any', build: async (c) => post('/api/v1/diaries', { ...entry, authorId: c.s.userId }) },
  'POST /api/v1/diaries#self': { on: null, build: async () => post('/api/v1/diaries', entry) },
  'GET /api/v1/diaries': { on: null, build: async () => get('/api/v1/diaries') },
  'GET /api/v1/diaries/status': { on: null, build: async () => get('/api/v1/diaries/status') },
  'GET /api/v1/diaries/status#userId': { on: 'any', build: async (c) => get(`/api/v1/diaries/status?userId=${c.s.userId}`) },
  'GET /api/v1/diaries/{id}': { on: 'any', build: async (c) => get(`/api/v1/diaries/${await newDiary(c)}`) },
  'PATCH /api/v1/diaries/{id}': {
    on: 'any',
    build: async (c) => ({
      method: 'PATCH',
      url: `/api/v1/diaries/${await newDiary(c)}`,
      payload: { expectedVersion: 1, outcome: '已办结' },
    }),
  },
  'POST /api/v1/diaries/{id}/reviews': {
    on: 'any',
    build: async (c) => post(`/api/v1/diaries/${await newDiary(c)}/reviews`, { comment: '请补充处理结果' }),
  },
  'POST /api/v1/diaries/{id}/shortlist': {
    on: 'any',
    build: async (c) => post(`/api/v1/diaries/${await newDiary(c)}/shortlist`, { month: '2026-10' }),
  },
  'POST /api/v1/diaries/{id}/select': {
    on: 'any',
    build: async (c) => post(`/api/v1/diaries/${await newDiary(c)}/select`, { month: '2026-10' }),
  },
  'GET /api/v1/diaries/{id}/photos': { on: 'any', build: async (c) => get(`/api/v1/diaries/${await newDiary(c)}/photos`) },
  'POST /api/v1/diaries/{id}/photos': {
    on: 'any',
    build: async (c) => ({
      method: 'POST',
      url: `/api/v1/diaries/${await newDiary(c)}/photos`,
      headers: { 'content-type': 'image/png' },
      payload: tinyPng(),
    }),
  },
  'GET /api/v1/photos/{id}#diary': { on: 'any', build: async (c) => get(`/api/v1/photos/${await newDiaryPhoto(c)}`) },
};
