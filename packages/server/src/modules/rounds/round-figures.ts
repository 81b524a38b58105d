/**
 * The figures of a round report (C2.2, D6): a snapshot generated from the records — per-member visit
 * counts and hours, households not reached (reasons added on submit), and the problems the round
 * found: findings and needs written on its visits and the cases reported from them (cases.visit_id).
 */
import { shanghaiDate } from '@gridwork/core/calendar';
import { isInPersonVisit } from '@gridwork/core/households';
import { isoShanghai } from '../../lib/time';
import type { Db } from './db-type';
import { round2, type GridRound } from './round-progress';
import { listCasesFromVisits } from './rounds.repository';

export interface ReportFigures {
  month: string;
  asOf: string;
  status: string;
  window: { start: string; end: string };
  roundWindow: { start: string; end: string };
  due: string;
  minHours: number;
  workingDays: number;
  members: Array<{
    userId: number;
    displayName: string;
    visits: number;
    hours: number;
    daysMet: number;
    workingDays: number;
    workingDaysSoFar: number;
  }>;
  households: { total: number; reached: number };
  notReached: Array<{ householdId: number; address: string; reason: string | null }>;
  problems: Array<{
    visitId: number;
    householdId: number;
    address: string;
    date: string;
    findings: string | null;
    needs: string | null;
    cases: Array<{ id: number; title: string; status: string; category: string }>;
  }>;
}

/** The figures of a grid's round month, as of now (call only in a round month: `progress.round` is set). */
export async function figuresOf(db: Db, r: GridRound): Promise<ReportFigures> {
  const p = r.progress;
  const round = p.round!;
  const inRound = r.visits.filter((v) => {
    const date = shanghaiDate(v.startedAt);
    return isInPersonVisit(v.type) && round.window.start <= date && date <= round.window.end && date <= p.asOf;
  });
  const cases = await listCasesFromVisits(
    db,
    r.grid.topRegionId,
    inRound.map((v) => v.id),
  );
  const names = new Map(r.members.map((m) => [m.userId, m.displayName]));
  const address = (id: number) => r.households.get(id) ?? '';
  return {
    month: p.month,
    asOf: p.asOf,
    status: p.status,
    window: p.window,
    roundWindow: round.window,
    due: isoShanghai(p.report!.due),
    minHours: p.minHours,
    workingDays: p.workingDays.length,
    members: p.members.map((m) => ({
      userId: Number(m.memberId),
      displayName: names.get(Number(m.memberId)) ?? String(m.memberId),
      visits: m.visits,
      hours: round2(m.hours),
      daysMet: m.daysMet,
      workingDays: m.workingDays,
      workingDaysSoFar: m.workingDaysSoFar,
    })),
    households: { total: round.total, reached: round.reached },
    notReached: round.notReached.map((id) => ({ householdId: Number(id), address: address(Number(id)), reason: null })),
    problems: inRound
      .map((v) => ({
        visitId: v.id,
        householdId: v.householdId,
        address: address(v.householdId),
        date: shanghaiDate(v.startedAt),
        findings: v.findings,
        needs: v.needs,
        cases: cases.filter((c) => c.visitId === v.id).map(({ id, title, status, category }) => ({ id, title, status, category })),
      }))
      .filter((x) => x.findings || x.needs || x.cases.length > 0),
  };
}
