import { Type, type Static } from '@sinclair/typebox';
import { Id } from '../households/households.schemas';

export const ImportQuery = Type.Object(
  {
    mode: Type.Optional(Type.Union([Type.Literal('all-or-nothing'), Type.Literal('valid-only')], { default: 'all-or-nothing' })),
    dryRun: Type.Optional(Type.Boolean({ default: false })),
  },
  { additionalProperties: false },
);
export type ImportQuery = Static<typeof ImportQuery>;

const Problem = Type.Object({
  row: Type.Integer({ description: 'spreadsheet row number' }),
  column: Type.String({ description: 'the column header (Chinese, as in the template)' }),
  problem: Type.String({ description: 'stable kebab-case code, e.g. required, check-digit, duplicate, unknown-grid, household-rejected' }),
  message: Type.String({ description: 'never holds an ID number or a phone' }),
});

const Counts = Type.Object({ created: Type.Integer(), rejected: Type.Integer() });

export const ImportReport = Type.Object({
  mode: Type.String(),
  dryRun: Type.Boolean(),
  committed: Type.Boolean({ description: 'true when households and residents were written' }),
  rows: Type.Integer({ description: 'data rows read' }),
  households: Counts,
  residents: Counts,
  rejected: Type.Array(Problem, { description: 'the first 1,000 problems by row' }),
  rejectedTotal: Type.Integer({ description: 'every problem found (rejected lists the first 1,000)' }),
  warnings: Type.Array(Problem, { description: 'masked values ignored on re-import (the first 1,000 by row)' }),
  warningsTotal: Type.Integer({ description: 'every warning' }),
});

export const RosterExportQuery = Type.Object({ regionId: Type.Optional(Id) }, { additionalProperties: false });
export type RosterExportQuery = Static<typeof RosterExportQuery>;

export const HouseholdExportQuery = Type.Object(
  {
    format: Type.Optional(Type.Literal('xlsx', { default: 'xlsx' })),
    gridId: Type.Optional(Id),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    sort: Type.Optional(Type.Union([Type.Literal('id'), Type.Literal('address')], { default: 'id' })),
  },
  { additionalProperties: false },
);
export type HouseholdExportQuery = Static<typeof HouseholdExportQuery>;
