/** How draws and tasks are shown (A8.2, A8.3, D8). Tasks carry addresses only: no personal data. */
import { classGroupOf, VISIT_CLASSES, type VisitClass } from '@gridwork/core/households';
import { isoOrNull, isoShanghai } from '../../lib/time';
import type { TaskRow } from './tasks.repository';
import type { DrawRow } from './verification.repository';

type Counts = Record<string, { size: number; drawn: number }>;

function byGroup(counts: Counts): Counts {
  const groups: Counts = {};
  for (const c of VISIT_CLASSES) {
    const g = (groups[classGroupOf(c)] ??= { size: 0, drawn: 0 });
    g.size += counts[c]?.size ?? 0;
    g.drawn += counts[c]?.drawn ?? 0;
  }
  return groups;
}

export function presentTask(t: TaskRow) {
  return {
    id: t.id,
    drawId: t.drawId,
    kind: t.kind,
    period: t.period,
    householdId: t.householdId,
    address: t.address,
    gridId: t.gridId,
    gridName: t.gridName,
    visitClass: t.visitClass as VisitClass,
    assigneeId: t.assigneeId,
    status: t.status,
    version: t.version,
    discrepancies: t.discrepancies,
    followUps: t.followUps,
    checkedAt: isoOrNull(t.checkedAt),
    completedBy: t.completedBy,
    completedAt: isoOrNull(t.completedAt),
  };
}

export function presentDraw(d: DrawRow, tasks?: TaskRow[]) {
  const counts = d.counts as Counts;
  return {
    id: d.id,
    kind: d.kind,
    regionId: d.regionId,
    region: { id: d.regionId, name: d.regionName, type: d.regionType },
    quarter: d.kind === 'quarterly' ? d.period : null,
    year: d.kind === 'yearly' ? Number(d.period) : null,
    baseDate: d.baseDate,
    seed: d.seed,
    rates: d.rates,
    share: d.share,
    policy: { regionId: d.policyRegionId, version: d.policyVersion },
    counts,
    countsByGroup: byGroup(counts),
    strata: d.strata as Array<{ gridId: number; visitClass: VisitClass; rate: number; size: number; drawn: number }>,
    groups: (d.groups ?? null) as null | Array<{
      workerId: number | null;
      workerName: string | null;
      gridIds: number[];
      size: number;
      drawn: number;
    }>,
    createdBy: d.createdBy,
    createdAt: isoShanghai(d.createdAt),
    supersedes: d.supersedes,
    supersededBy: d.supersededBy,
    supersededAt: isoOrNull(d.supersededAt),
    ...(tasks ? { tasks: tasks.map(presentTask) } : {}),
  };
}
