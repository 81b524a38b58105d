import type { Actor } from '@gridwork/core';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { whereInScope } from '../../db/scope';
import { isoShanghai } from '../../lib/time';
import { listWorkbook } from '../../lib/xlsx';

/** A3.3: the register of finished cases with handling unit, handler, completion time and what was done. */
export interface RegisterQuery {
  from?: string;
  to?: string;
  q?: string;
  limit: number;
}

export interface RegisterEntry {
  id: number;
  title: string;
  category: string;
  caseClass: string;
  gridName: string;
  receivedAt: string;
  status: string;
  handlingUnit: string;
  handler: string;
  completedAt: string;
  details: string;
  onTime: boolean | null;
}

export async function listRegister(db: Kysely<DB>, actor: Actor, q: RegisterQuery): Promise<RegisterEntry[]> {
  const completed = sql<string>`(c.state->'closure'->>'completedAt')`;
  let query = db
    .selectFrom('cases as c')
    .innerJoin('regions as g', 'g.id', 'c.grid_id')
    .select([
      'c.id',
      'c.title',
      'c.category',
      'c.case_class',
      'g.name as gridName',
      'c.received_at',
      'c.status',
      'c.on_time',
      sql<unknown>`c.state->'closure'`.as('closure'),
    ])
    .where('c.status', 'in', ['closed', 'archived'])
    .where((eb) => whereInScope(eb, actor, 'c.grid_path'));
  if (q.from) query = query.where(sql<boolean>`${completed}::timestamptz >= ${`${q.from}T00:00:00+08:00`}::timestamptz`);
  if (q.to) query = query.where(sql<boolean>`${completed}::timestamptz <= ${`${q.to}T23:59:59.999+08:00`}::timestamptz`);
  if (q.q) {
    const like = `%${q.q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    query = query.where((eb) =>
      eb.or([eb('c.title', 'like', like), eb('c.description', 'like', like), sql<boolean>`c.state->'closure'->>'details' LIKE ${like}`]),
    );
  }
  const rows = await query.orderBy(completed, 'desc').limit(q.limit).execute();
  return rows.map((r) => {
    const closure = r.closure as { handlingUnit: string; handler: string; completedAt: string; details: string };
    return {
      id: r.id,
      title: r.title,
      category: r.category,
      caseClass: r.case_class,
      gridName: r.gridName,
      receivedAt: isoShanghai(r.received_at),
      status: r.status,
      handlingUnit: closure.handlingUnit,
      handler: closure.handler,
      completedAt: isoShanghai(new Date(closure.completedAt)),
      details: closure.details,
      onTime: r.on_time,
    };
  });
}

const COLUMNS: Array<[keyof RegisterEntry, string, number]> = [
  ['id', '案件编号', 10],
  ['title', '事项', 30],
  ['category', '类别', 14],
  ['caseClass', '时限分类', 12],
  ['gridName', '网格', 18],
  ['receivedAt', '受理时间', 22],
  ['handlingUnit', '承办单位', 20],
  ['handler', '承办人', 12],
  ['completedAt', '办结时间', 22],
  ['details', '办理情况', 40],
  ['onTime', '按时反馈', 10],
  ['status', '状态', 10],
];

/** The register as a real xlsx workbook (no reporter data is ever part of it). */
export async function registerXlsx(entries: RegisterEntry[]): Promise<Buffer> {
  const cell = (e: RegisterEntry, key: keyof RegisterEntry) =>
    key === 'onTime' ? (e.onTime === null ? '' : e.onTime ? '是' : '否') : e[key];
  return listWorkbook(
    '办结登记',
    COLUMNS.map(([, header, width]) => [header, width] as const),
    entries.map((e) => COLUMNS.map(([key]) => cell(e, key))),
  );
}
