/**
 * A case as the access registry sees it (core/access/registry-cases.ts): its grid's path and the
 * relations the rules read (handler, owner, reporter). Every case check goes through `caseTarget`.
 */
import type { Action, Target } from '@gridwork/core';
import { parsePath } from '../auth/sessions.repository';
import type { CaseRow } from './cases.repository';
import type { ReporterView } from './reporter-phone';

export function caseTarget(
  row: Pick<CaseRow, 'grid_path' | 'handler_id' | 'owner_id'>,
  reporter?: Pick<ReporterView, 'anonymous' | 'confidential'> | null,
): NonNullable<Target> {
  return {
    path: parsePath(row.grid_path),
    record: {
      handlerId: row.handler_id,
      ownerId: row.owner_id,
      reporter: reporter ? { anonymous: reporter.anonymous, confidential: reporter.confidential } : null,
    },
  };
}

/** The annotation kinds (A9.2, C8), each an action of the registry. */
export const ANNOTATION_KINDS = ['hotline-note', 'supervision-note', 'reminder', 'hot-flag'] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];
export const annotateAction = (kind: AnnotationKind) => `case.annotate-${kind}` as Action;

/** A case in these states is a finished record (A3.3 register, merged into another): no more photos. */
export const PHOTO_FROZEN_STATUSES: readonly string[] = ['archived', 'merged'];
