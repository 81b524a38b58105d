import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../db/database';
import { SealedFields } from '../modules/households/sealed-fields';
import { createTestDatabase, DB_KINDS } from '../testing/databases';
import { ensureDemoData } from './seed';

// A fixed clock: Monday 7 December 2026, 10:00 in Shanghai.
const NOW = new Date('2026-12-07T02:00:00.000Z');
const sealed = SealedFields.fromBase64(Buffer.alloc(32, 9).toString('base64'));

describe.each(DB_KINDS)('demo team operations (issue "Team operations" item 11) on %s', (kind) => {
  let d: Database;
  beforeAll(async () => {
    d = await createTestDatabase(kind);
    vi.useFakeTimers({ toFake: ['Date'], now: NOW });
    try {
      await ensureDemoData(d.db, () => {}, { sealed });
    } finally {
      vi.useRealTimers();
    }
  }, 120_000);
  afterAll(() => d.close());

  const one = async <T>(q: ReturnType<typeof sql<T>>) => (await q.execute(d.db)).rows[0];

  it('A2.5 an expert Q&A session ahead, with its notice; its grid workers were told and one has told residents', async () => {
    const r = await one(sql<{ n: number; notice: string; told: number; noticed: number }>`
      SELECT count(*)::int AS n, min(m.notice) AS notice,
        (SELECT count(*)::int FROM meeting_announcements a WHERE a.meeting_id = min(m.id)) AS told,
        (SELECT count(*)::int FROM notifications x WHERE x.kind = 'meeting-announce' AND x.subject_id = min(m.id)) AS noticed
      FROM meetings m WHERE m.type = 'expert-qa' AND m.starts_at > ${NOW}`);
    expect(r).toMatchObject({ n: 1, told: 1 });
    expect(r.notice).toContain('律师');
    expect(r.noticed).toBeGreaterThan(1);
  });

  it('A5 ten weeks of team diaries, none in the future, some reviewed, shortlisted and selected (not by the author)', async () => {
    const r = await one(sql<{ n: number; authors: number; future: number; reviewed: number; selected: number; own: number }>`
      SELECT count(*)::int AS n, count(DISTINCT author_id)::int AS authors,
        count(*) FILTER (WHERE occurred_at > ${NOW})::int AS future,
        (SELECT count(DISTINCT diary_id)::int FROM diary_reviews) AS reviewed,
        (SELECT count(*)::int FROM diary_selections WHERE status = 'selected') AS selected,
        (SELECT count(*)::int FROM diary_selections WHERE by_id = author_id) AS own
      FROM diaries`);
    expect(r.n).toBeGreaterThan(50);
    expect(r.authors).toBeGreaterThan(5);
    expect(r).toMatchObject({ future: 0, own: 0, selected: 2 });
    expect(r.reviewed).toBeGreaterThan(5);
  });

  it('A4 past meetings held with attendance, leave, minutes and tasks; the next one invited; the town combined (D7)', async () => {
    const m = await one(sql<{
      held: number;
      scheduled: number;
      minutes: number;
      leave: number;
      marked: number;
      tasks: number;
      combined: number;
    }>`
      SELECT count(*) FILTER (WHERE status = 'held' AND type = 'monthly-work')::int AS held,
        count(*) FILTER (WHERE status = 'scheduled')::int AS scheduled,
        count(*) FILTER (WHERE minutes IS NOT NULL)::int AS minutes,
        (SELECT count(*)::int FROM meeting_leave_requests WHERE status = 'approved') AS leave,
        (SELECT count(*)::int FROM meeting_invitees WHERE attendance IS NOT NULL) AS marked,
        (SELECT count(*)::int FROM meeting_tasks) AS tasks,
        count(*) FILTER (WHERE type = 'combined-monthly')::int AS combined
      FROM meetings`);
    expect(m.held).toBeGreaterThanOrEqual(3);
    expect(m.scheduled).toBeGreaterThanOrEqual(1);
    expect(m.leave).toBeGreaterThan(0);
    expect(m.marked).toBeGreaterThan(20);
    expect(m.tasks).toBeGreaterThanOrEqual(6);
    expect(m.combined).toBeGreaterThanOrEqual(2);
    expect(m.minutes).toBeGreaterThanOrEqual(m.held);
  });

  it('A6 A10 C8 training with roll call, rewards and a penalty, an issued supervision report per past month', async () => {
    const t = await one(sql<{ trainings: number; roll: number; rewards: number; penalties: number; pending: number; reports: number }>`
      SELECT (SELECT count(*)::int FROM trainings) AS trainings, (SELECT count(*)::int FROM training_attendance) AS roll,
        (SELECT count(*)::int FROM rewards WHERE points > 0 AND status = 'approved') AS rewards,
        (SELECT count(*)::int FROM rewards WHERE points < 0 AND status = 'approved') AS penalties,
        (SELECT count(*)::int FROM rewards WHERE status = 'proposed') AS pending,
        (SELECT count(*)::int FROM supervision_reports WHERE status = 'issued' AND rating IS NOT NULL) AS reports`);
    expect(t).toMatchObject({ trainings: 3, rewards: 2, penalties: 1, pending: 1, reports: 2 });
    expect(t.roll).toBeGreaterThan(10);
  });
});
