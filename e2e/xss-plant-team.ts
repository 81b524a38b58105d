/**
 * Plants markup in the free-text fields of the team operations (issue 8, for xss.test.ts through
 * xss-plant.ts), each written by the role that writes it in the app: worker1's field diary (reviewed
 * by lead1), lead1's public consultation meeting (worker1's leave and
 * announcement, a task, minutes), office1's training (worker1 present) and worker1's self-study, lead1's reward and
 * penalty for worker1 and A8.3 records, street1's supervision report, worker1's A8.1 survey of the
 * planted household and A7.1 三访四清 visit.
 */
import { Api, shanghaiDate, type Fields, type Regions } from './xss-api';

/** What the team pages need to find the planted records. */
export interface TeamPlanted {
  /** worker1: the member profile and the assessment row */
  workerId: number;
  diaryId: number;
  meetingId: number;
  trainingId: number;
  /** street1's report of the street for last month (issued, with comments) */
  supervisionReportId: number;
}

interface Writers {
  url: string;
  lead: Api;
  worker: Api;
}

/** worker1's entry of a moment ago with every field, and lead1's review. */
async function plantDiary(f: Fields, lead: Api, worker: Api): Promise<number> {
  const details = ['background', 'cause', 'suggestions', 'solution', 'outcome', 'reflection'];
  const d = await worker.call('POST', '/api/v1/diaries', {
    occurredAt: new Date(Date.now() - 2 * 60_000).toISOString(),
    place: f.p('diary place', 200),
    people: f.p('diary people', 500),
    content: f.p('diary content', 4000),
    ...Object.fromEntries(details.map((k) => [k, f.p(`diary ${k}`, 4000)])),
  });
  await lead.call('POST', `/api/v1/diaries/${d.id}/reviews`, { comment: f.p('diary review comment', 2000) });
  return d.id;
}

/**
 * lead1's public consultation meeting of the community in two days (A2.5: told to residents in
 * advance): worker1 asks for leave and records that they told residents, before it starts; a task
 * for worker1 and the minutes.
 */
async function plantMeeting(f: Fields, r: Regions, lead: Api, worker: Api, workerId: number): Promise<number> {
  const m = await lead.call('POST', '/api/v1/meetings', {
    type: 'public-consultation',
    regionId: r.community.id,
    startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    title: f.p('meeting title', 200),
    place: f.p('meeting place', 200),
    topics: [f.p('meeting topic (agenda)', 200)],
    notice: f.p('meeting notice (public consultation)', 2000),
  });
  await worker.call('POST', `/api/v1/meetings/${m.id}/leave-requests`, { reason: f.p('meeting leave reason', 500) });
  await worker.call('POST', `/api/v1/meetings/${m.id}/announcements`, { households: 12, note: f.p('meeting announcement note', 500) });
  const withTask = await lead.call('POST', `/api/v1/meetings/${m.id}/tasks`, {
    title: f.p('meeting task title', 500),
    ownerId: workerId,
    dueOn: shanghaiDate(7),
  });
  await lead.call('PUT', `/api/v1/meetings/${m.id}/minutes`, { expectedVersion: withTask.version, minutes: f.p('meeting minutes', 20000) });
  return m.id;
}

/** The grid office's session for the street now, worker1 marked present (the assessment's drill-down), and worker1's own study today. */
async function plantTraining(f: Fields, r: Regions, office: Api, worker: Api, workerId: number): Promise<number> {
  const t = await office.call('POST', '/api/v1/trainings', {
    regionId: r.street.id,
    topic: f.p('training topic', 200),
    startsAt: new Date().toISOString(),
    minutes: 90,
    materials: f.p('training materials', 4000),
  });
  await office.call('PUT', `/api/v1/trainings/${t.id}/attendance`, { entries: [{ userId: workerId, status: 'present' }] });
  await worker.call('POST', '/api/v1/self-study', { studiedOn: shanghaiDate(), topic: f.p('self-study topic', 200), minutes: 45 });
  return t.id;
}

/** lead1's A8.3 records: the community's implementation plan and the workstation's rated evaluation, this year. */
async function plantWorkRecords(f: Fields, r: Regions, lead: Api): Promise<void> {
  const year = Number(shanghaiDate().slice(0, 4));
  await lead.call('POST', '/api/v1/work-records', {
    kind: 'implementation-plan',
    regionId: r.community.id,
    year,
    title: f.p('work record: implementation plan title', 200),
    content: f.p('work record: implementation plan text', 20000),
  });
  await lead.call('POST', '/api/v1/work-records', {
    kind: 'workstation-evaluation',
    regionId: r.workstation.id,
    year,
    title: f.p('work record: workstation evaluation title', 200),
    content: f.p('work record: workstation evaluation text', 20000),
    rating: 88,
  });
}

/** street1 (the supervising office of the street) reports last month: comments, a rating, issued. */
async function plantSupervisionReport(f: Fields, r: Regions, street: Api): Promise<number> {
  const lastMonth = new Date(Date.parse(`${shanghaiDate().slice(0, 7)}-01T00:00:00Z`) - 86_400_000).toISOString().slice(0, 7);
  const report = await street.call('POST', '/api/v1/supervision/reports', { regionId: r.street.id, month: lastMonth });
  await street.call('PATCH', `/api/v1/supervision/reports/${report.id}`, {
    expectedVersion: report.version,
    comments: f.p('supervision report comments', 8000),
    rating: 86,
    issue: true,
  });
  return report.id;
}

/** worker1's A8.1 survey of the planted household (every text answer of its class's form) and an A7.1 visit of the grid. */
async function plantSurveys(f: Fields, r: Regions, worker: Api, at: { householdId: number; visitId: number }): Promise<void> {
  const form: { questions: Array<{ key: string; kind: string; maxLength?: number; options?: Array<{ code: string }> }> } =
    await worker.call('GET', `/api/v1/households/${at.householdId}/survey-form`);
  const answers = Object.fromEntries(
    form.questions.map((q) => [q.key, q.kind === 'choice' ? q.options![0].code : f.p(`survey answer: ${q.key}`, q.maxLength ?? 500)]),
  );
  await worker.call('POST', `/api/v1/households/${at.householdId}/surveys`, { answers, visitId: at.visitId });
  await worker.call('POST', '/api/v1/outreach-visits', {
    gridId: r.grid.id,
    target: 'owners-committee',
    targetName: f.p('outreach visit: whom', 100),
    visitedAt: new Date().toISOString(), // this month's list shows it
    checklist: ['party-activity', 'compound-management', 'resident-circumstances', 'resident-needs'],
    notes: f.p('outreach visit notes', 4000),
  });
}

/** Plants the team operations' fields; `at` is the planted household and worker1's visit to it. */
export async function plantTeam(f: Fields, r: Regions, w: Writers, at: { householdId: number; visitId: number }): Promise<TeamPlanted> {
  const [office, street] = await Promise.all(['office1', 'street1'].map((u) => Api.signIn(w.url, u)));
  const workerId: number = (await w.worker.call('GET', '/api/v1/auth/me')).user.id;
  const diaryId = await plantDiary(f, w.lead, w.worker);
  const meetingId = await plantMeeting(f, r, w.lead, w.worker, workerId);
  const trainingId = await plantTraining(f, r, office, w.worker, workerId);
  for (const [kind, ground, what] of [
    ['commendation', 'dedication', 'reward note'],
    ['warning', 'neglect-of-duty', 'penalty note'],
  ]) {
    await w.lead.call('POST', '/api/v1/rewards', { userId: workerId, kind, ground, awardedOn: shanghaiDate(), note: f.p(what, 2000) });
  }
  await plantWorkRecords(f, r, w.lead);
  const supervisionReportId = await plantSupervisionReport(f, r, street);
  await plantSurveys(f, r, w.worker, at);
  return { workerId, diaryId, meetingId, trainingId, supervisionReportId };
}
