/**
 * A household's visit standing from its SQL facts and the plan book (A7.2, C2.2, D5): the one code
 * path of GET /households/:id/visit-status, the due list and compliance. Class: the override, else
 * core `visitClassOfMask`; requirement: the grid plan's for the class; standing: core `standingOf`.
 */
import { DomainError } from '@gridwork/core';
import { standingOf, visitClassOfMask, type PlannedRequirement, type VisitClass, type VisitStanding } from '@gridwork/core/households';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import {
  countColumn,
  listHouseholdFacts,
  type HouseholdDetailRow,
  type HouseholdFactRow,
  type HouseholdSet,
} from './household-facts.repository';
import { CLASS_INDEX, factsQuery, type GridPlan, type PlanBook } from './plan-book';

type Db = Kysely<DB> | Transaction<DB>;

export interface HouseholdStanding extends VisitStanding {
  visitClass: VisitClass;
  derivedClass: VisitClass;
  requirement: PlannedRequirement;
}

export function gridPlanOf(book: PlanBook, gridId: number): GridPlan {
  const found = book.gridPlans.get(gridId);
  if (!found) throw new DomainError('NOT_FOUND', `no policy is in force for grid ${gridId}`);
  return found;
}

export function policyIncomplete(visitClass: string): DomainError {
  return new DomainError(
    'POLICY_INCOMPLETE',
    `the policy in force sets no visit frequency for class ${visitClass} and no household-wide visit obligation`,
    [{ field: `policy.visits.obligations.${visitClass}`, message: 'missing' }],
  );
}

/** The class in force and its requirement, with the SQL count column that holds its visit days. */
function classify(book: PlanBook, gridId: number, classOverride: string | null, mask: number) {
  const grid = gridPlanOf(book, gridId);
  const derivedClass = visitClassOfMask(mask);
  const visitClass = (classOverride as VisitClass | null) ?? derivedClass;
  const index = CLASS_INDEX[visitClass];
  const requirement = grid.requirements[index];
  if (!requirement) throw policyIncomplete(visitClass);
  return { grid, visitClass, derivedClass, requirement, column: countColumn(grid.spanOfClass[index]) };
}

type FactRow = Pick<HouseholdFactRow, 'gridId' | 'classOverride' | 'mask'> & { [count: `c${number}`]: number };

export function standingOfRow(book: PlanBook, row: FactRow): HouseholdStanding {
  const { grid, visitClass, derivedClass, requirement, column } = classify(book, row.gridId, row.classOverride, row.mask);
  const standing = standingOf(grid.plan, requirement, row[column]);
  return { ...standing, visitClass, derivedClass, requirement };
}

const PAGE = 5000;

/**
 * Every household of the set with its facts and standing, in (top_region_id, id) order, read by
 * keyset pages of 5,000 (memory stays flat for any region). `detail` adds addresses and places.
 */
export async function forEachHouseholdStanding(
  db: Db,
  book: PlanBook,
  set: HouseholdSet,
  detail: boolean,
  visit: (row: HouseholdDetailRow, standing: HouseholdStanding) => void,
): Promise<void> {
  const query = factsQuery(book, set);
  let after: { topRegionId: number; id: number } | undefined;
  for (;;) {
    const rows = await listHouseholdFacts(db, query, { after, limit: PAGE, detail });
    for (const row of rows) visit(row, standingOfRow(book, row));
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1];
    after = { topRegionId: last.topRegionId, id: last.id };
  }
}
