import { can, DomainError } from '@gridwork/core';
import { createWorkingCalendar, parseHolidayNotice, type CalendarOverride, type WorkingCalendar } from '@gridwork/core/calendar';
import type { Kysely, Transaction } from 'kysely';
import type { AppContext } from '../../context';
import type { DB } from '../../db/schema';
import type { SessionUser } from '../auth/sessions.repository';
import { writeAudit } from '../audit/audit.repository';
import { recomputeProvisionalDeadlines } from '../cases/provisional-deadlines';
import * as repo from './calendar.repository';

/**
 * The working calendar built from the library, the confirmed years and the override table.
 * Cached per process; local edits drop it at once, and a 30 s age limit picks up edits made by
 * another server process on the same PostgreSQL.
 */
export class CalendarStore {
  private cached: { calendar: WorkingCalendar; at: number } | null = null;

  constructor(private readonly db: Kysely<DB>) {}

  async get(): Promise<WorkingCalendar> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < 30_000) return this.cached.calendar;
    const [overrides, confirmedYears] = await Promise.all([repo.listOverrides(this.db), repo.listConfirmedYears(this.db)]);
    const calendar = createWorkingCalendar({ overrides, confirmedYears });
    this.cached = { calendar, at: now };
    return calendar;
  }

  invalidate(): void {
    this.cached = null;
  }
}

/** The calendar as the transaction sees it, and the provisional case deadlines recomputed on it. */
async function afterCalendarChange(ctx: AppContext, trx: Transaction<DB>, requestId: string): Promise<void> {
  const [overrides, confirmedYears] = await Promise.all([repo.listOverrides(trx), repo.listConfirmedYears(trx)]);
  await recomputeProvisionalDeadlines(ctx, trx, createWorkingCalendar({ overrides, confirmedYears }), ctx.clock(), requestId);
}

function requireEditor(actor: SessionUser): void {
  if (!can(actor, 'calendar.edit', null)) throw new DomainError('FORBIDDEN', 'only an administrator edits the calendar');
}

export async function putOverride(ctx: AppContext, actor: SessionUser, o: CalendarOverride, requestId: string) {
  requireEditor(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findOverride(trx, o.date);
    await repo.upsertOverride(trx, o, actor.id, ctx.clock());
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'calendar.override',
      entity: 'calendar-day',
      entityId: o.date,
      before: before ?? null,
      after: o,
      requestId,
    });
    await afterCalendarChange(ctx, trx, requestId);
  });
  ctx.calendar.invalidate();
  return o;
}

export async function removeOverride(ctx: AppContext, actor: SessionUser, date: string, requestId: string) {
  requireEditor(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.findOverride(trx, date);
    if (!before) throw new DomainError('NOT_FOUND', `no override on ${date}`);
    await repo.deleteOverride(trx, date);
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'calendar.override-remove',
      entity: 'calendar-day',
      entityId: date,
      before,
      requestId,
    });
    await afterCalendarChange(ctx, trx, requestId);
  });
  ctx.calendar.invalidate();
}

/**
 * Loads a year's official notice: its holidays and working days become the year's overrides
 * (replacing earlier ones in the notice's range) and the year is marked confirmed.
 */
export async function confirmYear(ctx: AppContext, actor: SessionUser, year: number, notice: unknown, requestId: string) {
  const rows = parseHolidayNotice(year, notice);
  requireEditor(actor);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await repo.listOverrides(trx, year);
    for (const o of before) await repo.deleteOverride(trx, o.date);
    for (const o of rows) await repo.upsertOverride(trx, o, actor.id, ctx.clock());
    await repo.confirmYear(trx, year, notice, actor.id, ctx.clock());
    await writeAudit(trx, {
      actorId: actor.id,
      action: 'calendar.confirm-year',
      entity: 'calendar-year',
      entityId: year,
      before,
      after: rows,
      requestId,
    });
    await afterCalendarChange(ctx, trx, requestId);
  });
  ctx.calendar.invalidate();
  return { year, status: (await ctx.calendar.get()).yearStatus(year), overrides: rows.length };
}
