/** The audit row of a report export (C3, D10: every export audited): who, which region, how many rows, which query. */
import type { AuditAction } from '@gridwork/core/audit/actions';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SessionUser } from '../auth/sessions.repository';
import type { RegionRow } from '../regions/regions.repository';
import { writeAudit } from './audit.repository';

export interface ReportExport {
  action: Extract<AuditAction, `${string}.export`>;
  region: Pick<RegionRow, 'id' | 'topRegionId'>;
  rows: number;
  query: object;
  requestId: string;
}

export async function auditReportExport(db: Kysely<DB>, actor: SessionUser, e: ReportExport): Promise<void> {
  await writeAudit(db, {
    actorId: actor.id,
    action: e.action,
    entity: 'region',
    entityId: e.region.id,
    regionId: e.region.id,
    topRegionId: e.region.topRegionId ?? e.region.id,
    after: { rows: e.rows, query: { ...e.query } },
    requestId: e.requestId,
  });
}
