/** The JSON of a round report (C2.2, D6), with the abilities the UI needs (never re-derived in the web app). */
import { allowedReportActions, roundReportAbilities } from '@gridwork/core/rounds';
import type { AppContext } from '../../context';
import { isoOrNull, isoShanghai } from '../../lib/time';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import type { ReportFigures } from './round-figures';
import { displayNames, type ReportRow } from './rounds.repository';

const person = (id: number | null, names: Map<number, string>) => (id === null ? null : { id, displayName: names.get(id) ?? String(id) });

export async function presentReports(ctx: AppContext, actor: SessionUser, rows: ReportRow[]) {
  const ids = [...new Set(rows.flatMap((r) => [r.createdBy, r.submittedBy, r.acknowledgedBy]).filter((id): id is number => id !== null))];
  const names = await displayNames(ctx.db, ids);
  return rows.map((r) => {
    const figures = r.figures as ReportFigures;
    return {
      id: r.id,
      gridId: r.gridId,
      gridName: r.gridName,
      month: r.month,
      status: r.status,
      version: r.version,
      policyVersion: r.policyVersion,
      due: figures.due,
      generatedAt: isoShanghai(r.generatedAt),
      figures,
      summary: r.summary,
      createdBy: person(r.createdBy, names),
      createdAt: isoShanghai(r.createdAt),
      submittedBy: person(r.submittedBy, names),
      submittedAt: isoOrNull(r.submittedAt),
      acknowledgedBy: person(r.acknowledgedBy, names),
      acknowledgedAt: isoOrNull(r.acknowledgedAt),
      note: r.note,
      allowedActions: [...allowedReportActions(r.status)],
      abilities: roundReportAbilities(actor, parsePath(r.gridPath), r.status),
    };
  });
}

export async function presentReport(ctx: AppContext, actor: SessionUser, row: ReportRow) {
  return (await presentReports(ctx, actor, [row]))[0];
}
