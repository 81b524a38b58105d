import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import { watchLoop } from '../../testing/loop-watch';
import { countRows, householdTestApp, type HouseholdTestApp } from '../households/households.test-helpers';
import { invalidRow, largeRoster, validRow } from './roster-large.test-helpers';
import { importRoster } from './roster.test-helpers';

/**
 * Data rows of the large rosters (19,998 and the two header rows: the most a sheet may hold), and the event loop's allowed max delay
 * meanwhile.
 */
const ROWS = Number(process.env.ROSTER_LOAD_ROWS ?? 19_998);
const MAX_LOOP_DELAY_MS = Number(process.env.ROSTER_MAX_LOOP_DELAY_MS ?? 250);
const G1 = '110101001001001';

describe.each(DB_KINDS)(`security: ${ROWS}-row rosters on %s`, (kind) => {
  let t: HouseholdTestApp;
  beforeAll(async () => {
    t = await householdTestApp(kind);
    await t.token('lead');
  });
  afterAll(() => t.close());

  it(`security: a ${ROWS}-row dry run keeps the event loop's max delay under ${MAX_LOOP_DELAY_MS} ms`, async () => {
    const file = largeRoster([...Array(ROWS).keys()].map((i) => validRow(i, G1)));
    const { result: res, maxDelayMs, ms } = await watchLoop(() => importRoster(t, 'lead', file, 'dryRun=true'));
    console.log(`[roster load ${kind}] ${ROWS}-row dry run: ${Math.round(ms)} ms, event loop max delay ${Math.round(maxDelayMs)} ms`);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.json()).toMatchObject({
      committed: false,
      rows: ROWS,
      households: { created: Math.ceil(ROWS / 3), rejected: 0 },
      rejected: [],
      rejectedTotal: 0,
    });
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
  });

  it(`security: a ${ROWS}-row roster with every row invalid gets the first 1,000 problems by row and the totals`, async () => {
    // … and nothing is written
    const file = largeRoster([...Array(ROWS).keys()].map(invalidRow));
    const before = await countRows(t, 'households');
    const { result: res, maxDelayMs, ms } = await watchLoop(() => importRoster(t, 'lead', file, 'mode=valid-only'));
    console.log(
      `[roster load ${kind}] ${ROWS} invalid rows: ${Math.round(ms)} ms, report ${res.body.length} bytes, event loop max delay ` +
        `${Math.round(maxDelayMs)} ms`,
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      committed: false,
      rows: ROWS,
      households: { created: 0, rejected: ROWS },
      residents: { created: 0, rejected: ROWS },
    });
    expect(report.rejected).toHaveLength(1000);
    expect(report.rejectedTotal).toBeGreaterThanOrEqual(ROWS * 5);
    const rows = report.rejected.map((p: { row: number }) => p.row);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows[0]).toBe(3);
    expect(res.body.length).toBeLessThan(300_000);
    expect(maxDelayMs).toBeLessThan(MAX_LOOP_DELAY_MS);
    expect(await countRows(t, 'households')).toBe(before);
  });
});
