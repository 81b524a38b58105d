/**
 * Verification tasks (A8.2, A8.3): lists in scope, and one task with the household's recorded
 * fields to check. ID numbers and phones appear only as their stored masks (C3, D10).
 */
import { actorWith, can, DomainError } from '@gridwork/core';
import { shanghaiDate } from '@gridwork/core/calendar';
import { FOLLOW_UP_FORM_FIELDS, formFieldKeys, parseFormField } from '@gridwork/core/households';
import type { Kysely, Transaction } from 'kysely';
import { formAction } from './task-action';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import { parsePath, type SessionUser } from '../auth/sessions.repository';
import { visitClassOf } from '../households/household-view';
import { getHouseholdInScope, type HouseholdRow } from '../households/households.repository';
import { listMembers, type MemberRow } from '../households/residents.repository';
import { presentTask } from './verification-view';
import * as repo from './tasks.repository';
import type { TasksQuery } from './verification.schemas';

type Db = Kysely<DB> | Transaction<DB>;

export function readersOf(actor: SessionUser) {
  const readers = actorWith(actor, 'verification.read');
  if (readers.roles.length === 0) throw new DomainError('FORBIDDEN', 'your role may not read verification records');
  return readers;
}

export async function listTasks(ctx: AppContext, actor: SessionUser, query: TasksQuery) {
  const { rows, total } = await repo.listTasks(ctx.db, readersOf(actor), {
    drawId: query.drawId,
    status: query.status,
    kind: query.kind,
    assigneeId: query.mine ? actor.id : undefined,
    followUp: query.followUp,
    limit: query.limit ?? 100,
    offset: query.offset ?? 0,
  });
  return { items: rows.map(presentTask), total };
}

/** The household as the form checks it: its record and its current members (masked). */
export async function formSubject(db: Db, actor: SessionUser, householdId: number) {
  const household = await getHouseholdInScope(db, actor, householdId);
  const members = (await listMembers(db, household)).filter((m) => m.leftOn === null);
  return { household, members };
}

/** The recorded value of a form field: masks for sealed fields. */
export function recordedValue(h: HouseholdRow, members: readonly MemberRow[], key: string): unknown {
  const f = parseFormField(key);
  if (!f) return null;
  if (f.scope === 'household') return h[f.name] ?? null;
  const m = members.find((x) => x.id === f.residentId);
  if (!m) return null;
  if (f.name === 'idNumber') return m.idNumberMask;
  if (f.name === 'phone') return m.phoneMask;
  return m[f.name] ?? null;
}

export async function taskDetail(db: Db, actor: SessionUser, t: repo.TaskRow, today: string) {
  const { household: h, members } = await formSubject(db, actor, t.householdId);
  const form = formFieldKeys(members.map((m) => m.id)).map((field) => {
    const f = parseFormField(field)!;
    return {
      field,
      scope: f.scope,
      residentId: f.scope === 'resident' ? f.residentId : null,
      name: f.name,
      value: recordedValue(h, members, field),
      correct: FOLLOW_UP_FORM_FIELDS.includes(f.name) ? ('flag' as const) : ('value' as const),
    };
  });
  return {
    ...presentTask(t),
    household: {
      id: h.id,
      address: h.address,
      housing: h.housing,
      landlord: h.landlord,
      version: h.version,
      visitClass: visitClassOf(members, h, today),
      members: members.map((m) => ({
        residentId: m.id,
        name: m.name,
        sex: m.sex,
        birthDate: m.birthDate,
        relation: m.relation,
        tags: m.tags,
        idNumber: m.idNumberMask,
        phone: m.phoneMask,
        version: m.version,
      })),
    },
    form,
    result: (t.result ?? null) as null | { fields: unknown[]; note: string | null },
    abilities: { submit: t.status === 'pending' && can(actor, formAction(t.kind), { path: parsePath(t.gridPath) }) },
  };
}

/** `GET /verification/tasks/:id` (scope checked first by the route: 404). */
export async function getTask(ctx: AppContext, actor: SessionUser, id: number) {
  const readers = readersOf(actor);
  const t = await repo.findTaskInScope(ctx.db, readers, id);
  if (!t) throw new DomainError('FORBIDDEN', 'your role may not read verification records');
  return taskDetail(ctx.db, actor, t, shanghaiDate(ctx.clock()));
}
