/**
 * Checks of corrected values against the stored record (the shape is checked in core): tags on the
 * editable list, real past birth dates, birth date and sex in agreement with a stored ID number
 * (checked in process, never shown), and no "correction" that equals the recorded value.
 */
import { parseFormField, type FieldAnswer } from '@gridwork/core/households';
import type { AppContext } from '../../context';
import type { HouseholdRow } from '../households/households.repository';
import { dateProblem, idNumberAgreementProblem, tagProblems, type FieldProblem } from '../households/resident-input';
import { listTags, readSealedValue, type MemberRow } from '../households/residents.repository';
import { recordedValue } from './tasks.service';

/** The value as it would be stored: trimmed text, an empty landlord as null. */
export function normalized(name: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  return name === 'landlord' && text === '' ? null : text;
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x) => b.includes(x));
  return a === b;
}

/** The corrected birth date and sex of a member, for the check against their ID number. */
function correctedIdentity(answers: readonly FieldAnswer[], m: MemberRow) {
  const value = (name: string) => answers.find((a) => a.field === `resident.${m.id}.${name}` && a.outcome === 'corrected')?.correctedValue;
  const birthDate = value('birthDate') as string | undefined;
  const sex = value('sex') as 'M' | 'F' | undefined;
  return { birthDate, sex, changed: birthDate !== undefined || sex !== undefined };
}

export async function correctionProblems(
  ctx: AppContext,
  answers: readonly FieldAnswer[],
  h: HouseholdRow,
  members: readonly MemberRow[],
  today: string,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const active = new Set((await listTags(ctx.db, true)).map((t) => t.code));
  answers.forEach((a, i) => {
    if (a.outcome !== 'corrected' || a.correctedValue === undefined) return;
    const at = `body.fields.${i}.correctedValue`;
    const f = parseFormField(a.field)!;
    const value = normalized(f.name, a.correctedValue);
    if (sameValue(recordedValue(h, members, a.field), value)) {
      problems.push({ field: at, problem: 'unchanged', message: 'equals the recorded value: answer confirmed' });
    } else if (f.scope === 'resident' && f.name === 'tags') {
      const m = members.find((x) => x.id === f.residentId)!;
      problems.push(...tagProblems(value as string[], active, m.tags).map((p) => ({ ...p, field: `${at}.${p.field.split('.').pop()}` })));
    } else if (f.scope === 'resident' && f.name === 'birthDate') {
      const problem = dateProblem(value as string, today, at);
      if (problem) problems.push(problem);
    }
  });
  if (problems.length > 0) return problems;
  for (const m of members) {
    const c = correctedIdentity(answers, m);
    const idFlagged = answers.some((a) => a.field === `resident.${m.id}.idNumber` && a.outcome === 'corrected');
    if (!c.changed || idFlagged || m.idNumberMask === null) continue;
    const stored = await readSealedValue(ctx.db, m, 'idNumber');
    if (!stored) continue;
    const answered = `resident.${m.id}.${c.birthDate !== undefined ? 'birthDate' : 'sex'}`;
    const field = `body.fields.${answers.findIndex((a) => a.field === answered)}.correctedValue`;
    const expect = { birthDate: c.birthDate ?? m.birthDate, sex: c.sex ?? m.sex, today };
    const problem = idNumberAgreementProblem(ctx.sealed.open('idNumber', stored), expect, field);
    if (problem)
      problems.push({
        ...problem,
        message: `disagrees with the resident's ID number (${problem.message}); flag the ID number instead if it is the one that is wrong`,
      });
  }
  return problems;
}
