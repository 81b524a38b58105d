import { assertCan, DomainError } from '@gridwork/core';
import type { AppContext } from '../../context';
import type { SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { caseTarget } from './case-access';
import * as repo from './cases.repository';
import { openReporterPhone } from './reporter-phone';
import { withinRevealLimit } from '../privacy/reveal-limit';

/**
 * Reporter identity, one case at a time, every reveal audited (A9.4, C3, D10). A confidential
 * reporter only to hotline operators and supervisors; others' phones to the people handling it.
 * At most the policy's reveal limit per account (modules/privacy/reveal-limit.ts).
 */
export async function revealReporter(ctx: AppContext, actor: SessionUser, caseId: number, requestId: string) {
  const row = await repo.getCaseInScope(ctx.db, actor, caseId);
  const reporter = await repo.findReporter(ctx.db, row.top_region_id, row.id);
  if (!reporter || reporter.anonymous) throw new DomainError('NOT_FOUND', 'this case has no named reporter');
  assertCan(actor, 'case.reveal-reporter', caseTarget(row, reporter));
  const target = {
    entity: 'case' as const,
    entityId: row.id,
    field: 'reporter',
    gridId: row.grid_id,
    gridPath: row.grid_path,
    topRegionId: row.top_region_id,
  };
  await withinRevealLimit(ctx, actor, target, requestId, (trx) =>
    writeAudit(trx, {
      actorId: actor.id,
      action: 'case.reporter-reveal',
      entity: 'case',
      entityId: row.id,
      regionId: row.grid_id,
      topRegionId: row.top_region_id,
      after: { confidential: reporter.confidential },
      requestId,
    }),
  );
  return { name: reporter.name, phone: openReporterPhone(ctx.sealed, reporter), confidential: reporter.confidential };
}
