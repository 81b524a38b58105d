import type { CalendarOverride } from '@gridwork/core/calendar';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';

type Db = Kysely<DB> | Transaction<DB>;

export async function listOverrides(db: Db, year?: number): Promise<CalendarOverride[]> {
  let q = db.selectFrom('calendar_overrides').select(['date', 'kind', 'note']).orderBy('date');
  if (year) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  return q.execute();
}

export async function listConfirmedYears(db: Db): Promise<number[]> {
  return (await db.selectFrom('calendar_years').select('year').orderBy('year').execute()).map((r) => r.year);
}

export async function findOverride(db: Db, date: string): Promise<CalendarOverride | undefined> {
  return db.selectFrom('calendar_overrides').select(['date', 'kind', 'note']).where('date', '=', date).executeTakeFirst();
}

export async function upsertOverride(trx: Transaction<DB>, o: CalendarOverride, userId: number, now: Date): Promise<void> {
  await trx
    .insertInto('calendar_overrides')
    .values({ ...o, updated_by: userId, updated_at: now })
    .onConflict((oc) => oc.column('date').doUpdateSet({ kind: o.kind, note: o.note, updated_by: userId, updated_at: now }))
    .execute();
}

export async function deleteOverride(trx: Transaction<DB>, date: string): Promise<void> {
  await trx.deleteFrom('calendar_overrides').where('date', '=', date).execute();
}

export async function confirmYear(trx: Transaction<DB>, year: number, notice: unknown, userId: number, now: Date): Promise<void> {
  await trx
    .insertInto('calendar_years')
    .values({ year, notice: JSON.stringify(notice), confirmed_by: userId, confirmed_at: now })
    .onConflict((oc) => oc.column('year').doUpdateSet({ notice: JSON.stringify(notice), confirmed_by: userId, confirmed_at: now }))
    .execute();
}
