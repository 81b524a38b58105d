/**
 * The yearly check (A8.3, D8): the community grid lead verifies the household records of every grid
 * worker. A worker's records are the households of the grids they are bound to; the draw takes the
 * policy's share (`verification.recordCheck.share`, default 100%) of each grid × class stratum, and
 * the result is grouped by grid worker. Grids without a worker form a group of their own.
 */
import type { VerificationDraw } from '@gridwork/core/households';
import type { Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { noticeVerificationTasksAssigned } from '../notifications/notices';
import { unsafeListGridWorkers } from './tasks.repository';

export interface WorkerGroup {
  workerId: number | null;
  workerName: string | null;
  gridIds: number[];
  size: number;
  drawn: number;
}

export async function yearlyGroups(ctx: AppContext, region: { path: string }, draw: VerificationDraw): Promise<WorkerGroup[]> {
  const perGrid = new Map<number, { size: number; drawn: number }>();
  for (const s of draw.strata) {
    const g = perGrid.get(s.gridId) ?? { size: 0, drawn: 0 };
    g.size += s.size;
    g.drawn += s.drawn;
    perGrid.set(s.gridId, g);
  }
  const groups = new Map<number | null, WorkerGroup>();
  const covered = new Set<number>();
  for (const w of await unsafeListGridWorkers(ctx.db, region.path)) {
    const group = groups.get(w.userId) ?? { workerId: w.userId, workerName: w.displayName, gridIds: [], size: 0, drawn: 0 };
    const counts = perGrid.get(w.gridId) ?? { size: 0, drawn: 0 };
    group.gridIds.push(w.gridId);
    group.size += counts.size;
    group.drawn += counts.drawn;
    groups.set(w.userId, group);
    covered.add(w.gridId);
  }
  const orphan: WorkerGroup = { workerId: null, workerName: null, gridIds: [], size: 0, drawn: 0 };
  for (const [gridId, counts] of perGrid) {
    if (covered.has(gridId)) continue;
    orphan.gridIds.push(gridId);
    orphan.size += counts.size;
    orphan.drawn += counts.drawn;
  }
  return [...groups.values(), ...(orphan.gridIds.length > 0 ? [orphan] : [])];
}

/** A8.3: the yearly tasks were created for their assignee (the lead): one notice per draw, in the draw's transaction. */
export async function noticeYearlyTasks(
  trx: Transaction<DB>,
  plan: { region: { id: number; name: string; topRegionId: number }; period: string; assigneeId: number | null },
  drawId: number,
  tasks: number,
  now: Date,
): Promise<void> {
  if (plan.assigneeId === null) return;
  await noticeVerificationTasksAssigned(
    trx,
    {
      topRegionId: plan.region.topRegionId,
      drawId,
      regionId: plan.region.id,
      regionName: plan.region.name,
      year: plan.period,
      tasks,
      assigneeId: plan.assigneeId,
    },
    now,
  );
}
