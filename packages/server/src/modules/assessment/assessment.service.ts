/**
 * Scores and rankings (API contract "Team operations"): computed from the records each time with the
 * weights of the policy in force (a changed weight recomputes past periods too); nobody types a score.
 */
import { can, DomainError } from '@gridwork/core';
import { scoreSubjects, type AssessmentLevel, type WeightedItem } from '@gridwork/core/assessment';
import { shanghaiDate } from '@gridwork/core/calendar';
import type { PolicyValues } from '@gridwork/core/policy';
import type { AppContext } from '../../context';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { findPolicyInForce } from '../policy/policy.repository';
import { getRegionInScope } from '../regions/regions.repository';
import { listMembers } from '../team/members';
import { listSubjects, subjectFacts } from './assessment.facts';
import { periodFromText } from './assessment.period';
import { drillRecords } from './assessment.records';
import type { RecordsQuery, ScoresQuery } from './assessment.schemas';
import { checkDates } from '../team/dates';

/** A5.2: the entries a team member owes each week under the policy (0: none asked), as the scores count them. */
export function diaryCountOf(values: PolicyValues | null): number {
  return Object.values(values?.diary?.obligations ?? {}).find((o) => o.subject === 'team-member')?.count ?? 0;
}

async function setting(ctx: AppContext, actor: SessionUser, regionId: number | undefined, periodText: string, level: AssessmentLevel) {
  checkDates([['querystring.period', periodText]]);
  const region = await getRegionInScope(ctx.db, actor, regionId ?? actor.roles[0]?.regionId ?? 0);
  const path = parsePath(region.path);
  const period = periodFromText(periodText, shanghaiDate(ctx.clock()));
  const policy = await findPolicyInForce(ctx.db, path);
  const values = (policy?.values ?? null) as PolicyValues | null;
  const items: WeightedItem[] = (values?.assessment?.items ?? [])
    .filter((i) => !i.periods || i.periods.includes(period.kind))
    .filter((i) => !i.levels || i.levels.includes(level))
    .map((i) => ({ item: i.item, rule: i.rule, weight: i.weight }));
  const diaryCount = diaryCountOf(values);
  return { region, path, period, policyVersion: policy?.version ?? null, items, diaryCount };
}

export async function scores(ctx: AppContext, actor: SessionUser, q: ScoresQuery) {
  const s = await setting(ctx, actor, q.regionId, q.period, q.level as AssessmentLevel);
  if (!can(actor, 'assessment.read', { path: s.path })) throw new DomainError('FORBIDDEN', 'your role may not read scores here');
  const members = await listMembers(ctx.db, s.region.path);
  const subjects = await listSubjects(ctx.db, s.region.path, q.level as AssessmentLevel, members);
  const facts = await subjectFacts(ctx.db, s.region.path, subjects, members, s.period, s.diaryCount);
  const scored = scoreSubjects(
    s.items,
    subjects.map((subject) => ({ subject, facts: facts.get(subject.id) ?? {} })),
  );
  return {
    period: q.period,
    level: q.level,
    regionId: s.region.id,
    asOf: s.period.asOf,
    policyVersion: s.policyVersion,
    items: scored.map((x) => ({
      subject: { type: x.subject.type, id: x.subject.id, name: x.subject.name },
      score: x.score,
      rank: x.rank,
      parts: x.parts,
    })),
  };
}

/** The records behind one part of one subject's score; a member may read their own, readers of scores anyone's. */
export async function records(ctx: AppContext, actor: SessionUser, q: RecordsQuery) {
  const s = await setting(ctx, actor, q.regionId, q.period, q.level as AssessmentLevel);
  const self = q.level === 'worker' && q.subjectId === actor.id;
  if (!self && !can(actor, 'assessment.read', { path: s.path })) throw new DomainError('FORBIDDEN', 'your role may not read scores here');
  const members = await listMembers(ctx.db, s.region.path);
  const subject = (await listSubjects(ctx.db, s.region.path, q.level as AssessmentLevel, members)).find((x) => x.id === q.subjectId);
  if (!subject) throw new DomainError('NOT_FOUND', `no ${q.level} ${q.subjectId} is assessed in this region`);
  const weighted = s.items.find((i) => i.item === q.item);
  if (!weighted) throw new DomainError('NOT_FOUND', `the policy does not score ${q.item} in this period`);
  // only the subject's own area and members: a drill-down reads one subject's records, not the region's
  const theirs =
    subject.type === 'worker' ? members.filter((m) => m.userId === subject.id) : members.filter((m) => m.path.startsWith(subject.path));
  // the part and its records are read side by side
  const [facts, found] = await Promise.all([
    subjectFacts(ctx.db, subject.path, [subject], theirs, s.period, s.diaryCount, { items: [weighted.item], within: s.region.path }),
    drillRecords(ctx.db, subject, members, q.item, s.period, s.diaryCount, s.region.path),
  ]);
  const part = scoreSubjects([weighted], [{ subject, facts: facts.get(subject.id) ?? {} }])[0].parts[0];
  return {
    period: q.period,
    subject: { type: subject.type, id: subject.id, name: subject.name },
    part,
    records: found,
  };
}
