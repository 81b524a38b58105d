import type { AuditAction, AuditEntity } from '@gridwork/core/audit/actions';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';

export interface AuditEntry {
  actorId: number | null;
  /** Listed in core/audit/actions.ts, where the web's labels are checked. */
  action: AuditAction;
  entity: AuditEntity;
  entityId: string | number | null;
  regionId?: number | null;
  /** The street/town the record belongs to (distribution key); 0 for deployment-wide records. */
  topRegionId?: number | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
}

/** Writes one audit row; always called with the transaction that makes the change. */
export async function writeAudit(trx: Transaction<DB> | Kysely<DB>, e: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      top_region_id: e.topRegionId ?? 0,
      actor_id: e.actorId,
      action: e.action,
      entity: e.entity,
      entity_id: e.entityId === null ? null : String(e.entityId),
      region_id: e.regionId ?? null,
      before: e.before === undefined ? null : JSON.stringify(e.before),
      after: e.after === undefined ? null : JSON.stringify(e.after),
      request_id: e.requestId ?? null,
    })
    .execute();
}

export interface AuditQuery {
  limit: number;
  beforeId?: number;
  /** Region path prefixes the reader may see; null = everything (admin at the root). */
  scopeRegionIds: number[] | null;
  entity?: string;
  entityId?: string;
}

export async function listAudit(db: Kysely<DB>, q: AuditQuery) {
  let query = db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select([
      'audit_log.id',
      'audit_log.at',
      'audit_log.action',
      'audit_log.entity',
      'audit_log.entity_id',
      'audit_log.region_id',
      'audit_log.before',
      'audit_log.after',
      'audit_log.actor_id',
      'users.username',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(q.limit);
  if (q.beforeId) query = query.where('audit_log.id', '<', q.beforeId);
  if (q.entity) query = query.where('audit_log.entity', '=', q.entity);
  if (q.entityId) query = query.where('audit_log.entity_id', '=', q.entityId);
  if (q.scopeRegionIds) query = query.where('audit_log.region_id', 'in', q.scopeRegionIds.length ? q.scopeRegionIds : [-1]);
  return query.execute();
}
