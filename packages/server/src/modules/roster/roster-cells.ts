/**
 * Cell values of an uploaded roster turned into the API's field values, and the reporting of
 * problems per spreadsheet cell. A problem names the row and column, never the cell's value.
 */
import type { TSchema } from '@sinclair/typebox';
import { Value, ValueErrorType } from '@sinclair/typebox/value';
import { COLUMN_BY_KEY, type ColumnKey } from './roster-columns';
import type { RawCell } from './roster-read';

export interface RosterProblem {
  /** Spreadsheet row number. */
  row: number;
  /** Header of the column (Chinese, as in the template). */
  column: string;
  problem: string;
  message: string;
}

/** Problems listed in an import report (the first by row); the report counts them all. */
export const REPORT_LIMIT = 1000;

const COLUMN_INDEX = new Map([...COLUMN_BY_KEY.keys()].map((key, i) => [key, i]));
const cellId = (row: number, key: ColumnKey) => row * COLUMN_INDEX.size + COLUMN_INDEX.get(key)!;

/**
 * Collects problems, at most one per (row, column): the first one found is the one reported. It
 * counts every problem but keeps only what can still be among the first `keep` by row (in the order
 * found within a row), so a roster with a problem in every cell holds a few thousand, not 400,000.
 */
export class ProblemList {
  readonly #seen = new Set<number>();
  readonly #rows = new Set<number>();
  readonly #kept = new Map<number, RosterProblem[]>();
  #keptCount = 0;
  /** Rows above this cannot be among the first `keep` (that many are kept at or below it). */
  #ceiling = Infinity;

  constructor(private readonly keep = REPORT_LIMIT) {}

  add(row: number, key: ColumnKey, problem: string, message: string): void {
    const id = cellId(row, key);
    if (this.#seen.has(id)) return;
    this.#seen.add(id);
    this.#rows.add(row);
    if (row > this.#ceiling) return;
    const list = this.#kept.get(row) ?? [];
    if (list.length === 0) this.#kept.set(row, list);
    list.push({ row, column: COLUMN_BY_KEY.get(key)!.zh, problem, message });
    if (++this.#keptCount > 2 * this.keep) this.#prune();
  }

  has(row: number, key?: ColumnKey): boolean {
    return key === undefined ? this.#rows.has(row) : this.#seen.has(cellId(row, key));
  }

  /** Every problem found. */
  get size(): number {
    return this.#seen.size;
  }

  /** The first `keep` problems by row. */
  first(): RosterProblem[] {
    const out: RosterProblem[] = [];
    for (const row of [...this.#kept.keys()].sort((a, b) => a - b)) {
      out.push(...this.#kept.get(row)!);
      if (out.length >= this.keep) break;
    }
    return out.slice(0, this.keep);
  }

  /** Keeps the lowest rows holding at least `keep` problems. */
  #prune(): void {
    let count = 0;
    for (const row of [...this.#kept.keys()].sort((a, b) => a - b)) {
      if (count >= this.keep) this.#kept.delete(row);
      else {
        count += this.#kept.get(row)!.length;
        this.#ceiling = row;
      }
    }
    this.#keptCount = count;
  }
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const ymdUtc = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** A cell as text: dates as YYYY-MM-DD, numbers as written. */
export function cellText(cell: RawCell | undefined): string | null {
  if (cell === undefined) return null;
  if (cell instanceof Date) return ymdUtc(cell);
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  return cell;
}

/**
 * A date cell as YYYY-MM-DD: a date cell, an Excel serial number, 19560412, or text such as
 * 1956-04-12, 1956/4/12, 1956.4.12, 1956年4月12日. Null when it is none of these (whether the
 * date exists is checked afterwards).
 */
export function cellDate(cell: RawCell | undefined): string | null {
  if (cell === undefined) return null;
  if (cell instanceof Date) return ymdUtc(cell);
  if (typeof cell === 'number') {
    if (Number.isInteger(cell) && cell >= 1800_01_01 && cell <= 2999_12_31) return cellDate(String(cell));
    if (cell >= 1 && cell < 2_958_466) return ymdUtc(new Date(EXCEL_EPOCH + Math.floor(cell) * 86_400_000));
    return null;
  }
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(cell);
  const m = compact ?? /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(cell);
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : null;
}

/** A value exported masked (`110***********1234`, `138****5678`): ignored on import. */
export const isMasked = (text: string) => text.includes('*') || text.includes('＊');

const ENUM_MESSAGES: Partial<Record<ColumnKey, string>> = {
  sex: 'use 男 or 女 (M or F)',
  housing: 'use 自有 or 租住 (owned or rented)',
  relation: 'not a relation on the list (户主, 配偶, 子女 ...)',
};

/**
 * Checks `value` against an API body schema (the same rules as POST /households and
 * /households/:id/residents) and reports each failing field on its column.
 */
export function schemaProblems(schema: TSchema, value: unknown, row: number, problems: ProblemList): void {
  for (const e of Value.Errors(schema, value)) {
    const key = e.path.split('/')[1] as ColumnKey;
    if (!COLUMN_BY_KEY.has(key)) continue;
    if (e.type === ValueErrorType.StringMaxLength) problems.add(row, key, 'too-long', e.message);
    else if (e.type === ValueErrorType.StringMinLength) problems.add(row, key, 'required', 'must not be empty');
    else problems.add(row, key, 'invalid', ENUM_MESSAGES[key] ?? e.message);
  }
}
