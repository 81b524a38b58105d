import { addDays } from '@gridwork/core/calendar';
import { checkCharOf } from '@gridwork/core/households';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../../testing/databases';
import {
  addResidentOk,
  countRows,
  createHousehold,
  householdTestApp,
  idNumberFor,
  type HouseholdTestApp,
} from '../households/households.test-helpers';
import { downloadTemplate, fillRoster, importRoster, type RowInput } from './roster.test-helpers';

const G1 = '110101001001001';
const G2 = '110101001001002';
const C2G1 = '110101001002001';
const ROWS = 5000;

/** Row i (0-based; spreadsheet row i + 3): households of two members, a unique birth date and ID number each. */
function goodRow(i: number): RowInput & { birthDate: string; idNumber: string } {
  const h = Math.floor(i / 2);
  const birthDate = addDays('1950-01-01', i);
  const sex = i % 2 === 0 ? 'M' : 'F';
  return {
    householdKey: `H${h}`,
    gridCode: h % 2 === 0 ? G1 : G2,
    address: `幸福路${h}号`,
    housing: h % 3 === 0 ? '租住' : '自有',
    name: `居民${i}`,
    sex: sex === 'M' ? '男' : '女',
    birthDate,
    idNumber: idNumberFor(birthDate, sex, 1),
    phone: `139${String(i).padStart(8, '0')}`,
    relation: i % 2 === 0 ? '户主' : '配偶',
    tags: i % 7 === 0 ? '低保' : null,
    skills: i % 11 === 0 ? '电工' : null,
  };
}

const otherCheckChar = (id: string) => '0123456789X'.replace(checkCharOf(id.slice(0, 17)), '')[0];

/** Bad rows of every kind: [row index, change, expected column, expected problem]. Each bad row is its own household. */
function badRows(taken: {
  idNumber: string;
  birthDate: string;
}): Array<[number, (r: RowInput, good: ReturnType<typeof goodRow>) => void, string, string]> {
  return [
    [
      11,
      (r) => {
        r.name = null;
      },
      '姓名',
      'required',
    ],
    [
      4100,
      (r) => {
        r.name = '名'.repeat(51);
      },
      '姓名',
      'too-long',
    ],
    [
      250,
      (r) => {
        r.sex = '未知';
      },
      '性别',
      'invalid',
    ],
    [
      480,
      (r) => {
        r.birthDate = '1990-02-30';
      },
      '出生日期',
      'not-a-date',
    ],
    [
      733,
      (r) => {
        r.birthDate = '2030-01-01';
      },
      '出生日期',
      'future',
    ],
    [
      901,
      (r) => {
        r.birthDate = '去年';
      },
      '出生日期',
      'not-a-date',
    ],
    [
      1200,
      (r) => {
        r.birthDate = '1899-12-31';
      },
      '出生日期',
      'too-early',
    ],
    [
      1333,
      (r, g) => {
        r.idNumber = g.idNumber.slice(0, 17) + otherCheckChar(g.idNumber);
      },
      '身份证号',
      'check-digit',
    ],
    [
      1500,
      (r) => {
        r.idNumber = idNumberFor('1949-01-01', 'M', 1);
      },
      '身份证号',
      'birth-date-mismatch',
    ],
    [
      1717,
      (r, g) => {
        r.idNumber = idNumberFor(g.birthDate, g.sex === '男' ? 'F' : 'M', 1);
      },
      '身份证号',
      'sex-mismatch',
    ],
    [
      2001,
      (r, g) => {
        r.idNumber = g.idNumber.slice(0, 17);
      },
      '身份证号',
      'format',
    ],
    [
      2222,
      (r) => {
        r.idNumber = 110105195801011234;
      },
      '身份证号',
      'not-text',
    ],
    [
      2400,
      (r) => {
        r.phone = '12-34';
      },
      '联系电话',
      'format',
    ],
    [2603, () => undefined, '身份证号', 'duplicate-in-file'],
    [
      3003,
      (r) => {
        Object.assign(r, { birthDate: goodRow(2603).birthDate, sex: goodRow(2603).sex, idNumber: goodRow(2603).idNumber });
      },
      '身份证号',
      'duplicate-in-file',
    ],
    [
      2800,
      (r) => {
        Object.assign(r, { sex: '女', birthDate: taken.birthDate, idNumber: taken.idNumber });
      },
      '身份证号',
      'duplicate',
    ],
    [
      3100,
      (r) => {
        r.tags = '低保、不存在的标签';
      },
      '标签',
      'unknown-tag',
    ],
    [
      3300,
      (r) => {
        r.gridCode = '999999999999999';
      },
      '网格编码',
      'unknown-grid',
    ],
    [
      3500,
      (r) => {
        r.gridCode = C2G1;
      },
      '网格编码',
      'unknown-grid',
    ],
    [
      3700,
      (r) => {
        r.relation = '外星人';
      },
      '与户主关系',
      'invalid',
    ],
    [
      3900,
      (r) => {
        r.housing = '借住';
      },
      '住房',
      'invalid',
    ],
    [
      4300,
      (r) => {
        r.householdKey = null;
      },
      '户编号',
      'required',
    ],
    [
      4500,
      (r) => {
        r.address = null;
      },
      '地址',
      'required',
    ],
  ];
}

/** A member row whose household columns disagree with its household's first row (the household is rejected whole). */
const MISMATCH = 4701;

describe.each(DB_KINDS)('a 5,000-row roster on %s', (kind) => {
  let t: HouseholdTestApp;
  let file: Buffer;
  let expected: Array<{ row: number; column: string; problem: string }>;
  let households: number;
  beforeAll(async () => {
    t = await householdTestApp(kind);
    const taken = { idNumber: idNumberFor('1940-05-05', 'F', 3), birthDate: '1940-05-05' };
    await addResidentOk(t, 'worker1', await createHousehold(t, 'worker1', 'g1'), {
      name: '已登记',
      sex: 'F',
      birthDate: taken.birthDate,
      idNumber: taken.idNumber,
    });
    const rows: RowInput[] = [...Array(ROWS).keys()].map(goodRow);
    const bad = badRows(taken);
    for (const [i, change] of bad) {
      rows[i].householdKey = `BAD${i}`;
      change(rows[i], goodRow(i));
    }
    rows[MISMATCH].address = '另一条路1号';
    expected = [
      ...bad.map(([i, , column, problem]) => ({ row: i + 3, column, problem })),
      { row: MISMATCH + 3, column: '地址', problem: 'household-mismatch' },
    ];
    households = new Set(rows.map((r, i) => r.householdKey ?? `row${i}`)).size;
    file = await fillRoster(await downloadTemplate(t, 'lead'), rows);
  });
  afterAll(() => t.close());

  const shape = (p: { row: number; column: string; problem: string }) => ({ row: p.row, column: p.column, problem: p.problem });
  const byRow = (a: { row: number; column: string }, b: { row: number; column: string }) =>
    a.row - b.row || a.column.localeCompare(b.column);

  it('A11.1 all-or-nothing: every bad row is reported and nothing is written', async () => {
    const before = { h: await countRows(t, 'households'), r: await countRows(t, 'residents'), a: await countRows(t, 'audit_log') };
    const started = performance.now();
    const res = await importRoster(t, 'lead', file, 'mode=all-or-nothing');
    console.log(
      `[roster ${kind}] 5,000-row all-or-nothing import with ${expected.length} bad rows: ${Math.round(performance.now() - started)} ms`,
    );
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      mode: 'all-or-nothing',
      committed: false,
      rows: ROWS,
      households: { created: 0 },
      residents: { created: 0 },
    });
    expect(body.rejected.map(shape).sort(byRow)).toEqual([...expected].sort(byRow));
    // nothing written but the audit of the one ID number found registered to someone else (C3 D10, sealed.lookup)
    expect({ h: await countRows(t, 'households'), r: await countRows(t, 'residents'), a: await countRows(t, 'audit_log') }).toEqual({
      ...before,
      a: before.a + 1,
    });
    for (const plain of [goodRow(2603).idNumber, idNumberFor('1940-05-05', 'F', 3), '13900002400']) expect(res.body).not.toContain(plain);
  });

  it('A11.1 valid-only: the valid households are written in one go', async () => {
    // … exactly the bad rows (and the other member of a bad household) are reported
    const before = {
      h: await countRows(t, 'households'),
      r: await countRows(t, 'residents'),
      m: await countRows(t, 'household_members'),
      a: await countRows(t, 'audit_log'),
    };
    const started = performance.now();
    const res = await importRoster(t, 'lead', file, 'mode=valid-only');
    console.log(
      `[roster ${kind}] 5,000-row valid-only import (${ROWS - expected.length - 1} residents written): ` +
        `${Math.round(performance.now() - started)} ms`,
    );
    expect(res.statusCode, res.body.slice(0, 500)).toBe(200);
    const body = res.json();
    const partner = { row: MISMATCH - 1 + 3, column: '户编号', problem: 'household-rejected' };
    expect(body.rejected.map(shape).sort(byRow)).toEqual([...expected, partner].sort(byRow));
    const badHouseholds = expected.length; // each bad row is its own household, plus the mismatched pair
    const residents = ROWS - expected.length - 1;
    expect(body).toMatchObject({
      committed: true,
      households: { created: households - badHouseholds, rejected: badHouseholds },
      residents: { created: residents, rejected: expected.length + 1 },
    });
    const after = {
      h: await countRows(t, 'households'),
      r: await countRows(t, 'residents'),
      m: await countRows(t, 'household_members'),
      a: await countRows(t, 'audit_log'),
    };
    expect(after).toEqual({
      h: before.h + households - badHouseholds,
      r: before.r + residents,
      m: before.m + residents,
      a: before.a + 2 + households - badHouseholds + residents,
    });
    // imported again (after fixing bad rows, say): the residents just written are the same people, not probes of sealed numbers
    const again = await importRoster(t, 'lead', file, 'mode=valid-only&dryRun=true');
    expect(again.statusCode, again.body.slice(0, 300)).toBe(200);
    expect(again.json().households.created).toBe(0);
    // every written resident is now already registered (same name and birth date here), and the row that already was (index 2800) a
    // duplicate
    // (the report lists the first 1,000 problems by row and counts them all: the other bad rows and the mismatched pair's partner as
    // before)
    expect(again.json().rejected).toHaveLength(1000);
    expect(again.json().rejected.filter((p: { problem: string }) => p.problem === 'already-registered').length).toBeGreaterThan(900);
    expect(again.json().rejectedTotal).toBe(residents + 1 + (expected.length - 1) + 1);
  });
});
