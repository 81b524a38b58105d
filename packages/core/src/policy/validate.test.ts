import { describe, expect, it } from 'vitest';
import { clonePreset } from './presets';
import type { PolicyValues } from './schema';
import { validatePolicy } from './validate';

function problemsOf(values: unknown) {
  const result = validatePolicy(values);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.problems;
}

/** Apply an edit to a fresh copy of a preset (as a deployment's editor would) and return it untyped. */
// biome-ignore lint/suspicious/noExplicitAny: a test edits arbitrary paths of a policy's values
function edited(preset: 'community' | 'township' | 'marketing', edit: (v: any) => void): unknown {
  const values = clonePreset(preset);
  edit(values);
  return values;
}

describe('validatePolicy', () => {
  it('accepts a valid edit and returns the typed values', () => {
    const values = edited('community', (v) => {
      v.caseClasses.general.limit.value = 6;
    });
    const result = validatePolicy(values);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.values.caseClasses.general.limit.value).toBe(6);
  });

  it('a bad edit lists every problem with its JSON path', () => {
    const values = edited('community', (v) => {
      v.caseClasses.general.limit.value = 0;
      v.caseClasses.complex.limit.unit = 'days';
      v.warnShare.value = 1;
      v.visits.obligations['2-key'].count = 1.5;
      v.visits.obligations['3'].period = 'fortnight';
      v.verification.sampling.rates['1'].value = 0;
      delete v.tiers.rule;
    });
    const paths = problemsOf(values)
      .map((p) => p.path)
      .sort();
    expect(paths).toEqual([
      '/caseClasses/complex/limit/unit',
      '/caseClasses/general/limit/value',
      '/tiers/rule',
      '/verification/sampling/rates/1/value',
      '/visits/obligations/2-key/count',
      '/visits/obligations/3/period',
      '/warnShare/value',
    ]);
  });

  it('names the allowed values of a code field', () => {
    const values = edited('community', (v) => {
      v.caseClasses.complex.limit.unit = 'days';
    });
    expect(problemsOf(values)).toEqual([
      {
        path: '/caseClasses/complex/limit/unit',
        code: 'ONE_OF',
        message: 'Expected one of: working-days, calendar-days',
        params: { options: 'working-days, calendar-days' },
      },
    ]);
  });

  it('A3.4 every problem carries a stable code and the values a reader needs (the web words it per code)', () => {
    const values = edited('community', (v) => {
      v.caseClasses.general.limit.value = 0;
      v.caseClasses.general.rule = 'A3.9';
      delete v.caseClasses.complex.label;
      v.caseClasses.consultation.colour = 'red';
      v.caseClasses.complex.limit.value = 'ten';
    });
    const byPath = Object.fromEntries(problemsOf(values).map((p) => [p.path, [p.code, p.params]]));
    expect(byPath).toMatchObject({
      '/caseClasses/general/limit/value': ['MINIMUM', { limit: expect.any(Number) }],
      '/caseClasses/general/rule': ['UNKNOWN_RULE', { id: 'A3.9' }],
      '/caseClasses/complex/label': ['REQUIRED', undefined],
      '/caseClasses/consultation/colour': ['UNKNOWN_PROPERTY', undefined],
      '/caseClasses/complex/limit/value': ['TYPE', { type: expect.stringMatching(/number|integer/) }],
    });
  });

  it('rejects unknown properties anywhere, with their path', () => {
    const values = edited('township', (v) => {
      v.extra = 1;
      v.caseClasses.general.limit.hours = 3;
      v.tiers.ladder[0].colour = 'red';
    });
    expect(problemsOf(values).map((p) => [p.path, p.message])).toEqual(
      expect.arrayContaining([
        ['/extra', 'Unexpected property'],
        ['/caseClasses/general/limit/hours', 'Unexpected property'],
        ['/tiers/ladder/0/colour', 'Unexpected property'],
      ]),
    );
  });

  it('rejects a case class code that is not kebab-case', () => {
    const values = edited('community', (v) => {
      v.caseClasses.Urgent = v.caseClasses.general;
    });
    expect(problemsOf(values).map((p) => p.path)).toContain('/caseClasses/Urgent');
  });

  it('requires a rule on every value group, and the rule must exist in RULES.md', () => {
    const values = edited('community', (v) => {
      delete v.caseClasses.general.rule;
      v.caseClasses.complex.rule = 'A3.9';
      v.caseClasses.consultation.see = ['D99'];
      v.warnShare.rule = 'warn';
    });
    const problems = problemsOf(values);
    expect(problems.map((p) => p.path).sort()).toEqual([
      '/caseClasses/complex/rule',
      '/caseClasses/consultation/see/0',
      '/caseClasses/general/rule',
      '/warnShare/rule',
    ]);
    expect(problems.find((p) => p.path === '/caseClasses/complex/rule')?.message).toMatch(/Unknown rule ID "A3.9"/);
    expect(problems.find((p) => p.path === '/warnShare/rule')?.message).toBe('Expected a rule ID of RULES.md, e.g. A3.4');
  });

  it('D2 warnShare must lie strictly between 0 and 1', () => {
    for (const bad of [0, 1, -0.1, 1.2]) {
      expect(
        problemsOf(
          edited('community', (v) => {
            v.warnShare.value = bad;
          }),
        ).map((p) => p.path),
      ).toEqual(['/warnShare/value']);
    }
  });

  it('counts are positive integers', () => {
    for (const bad of [0, -1, 2.5, '2']) {
      const values = edited('community', (v) => {
        v.diary.obligations['weekly-entry'].count = bad;
      });
      expect(problemsOf(values).map((p) => p.path)).toEqual(['/diary/obligations/weekly-entry/count']);
    }
  });

  it('window days lie in 1..31 and fromDay ≤ toDay', () => {
    const values = edited('township', (v) => {
      v.visits.obligations['visiting-hours'].window = { fromDay: 0, toDay: 32 };
      v.meetings.obligations['team-16th'].window = { fromDay: 20, toDay: 16 };
    });
    expect(
      problemsOf(values)
        .map((p) => p.path)
        .sort(),
    ).toEqual([
      '/meetings/obligations/team-16th/window/fromDay',
      '/visits/obligations/visiting-hours/window/fromDay',
      '/visits/obligations/visiting-hours/window/toDay',
    ]);
  });

  it('C2.2 a quarter window needs its month of the quarter, and only quarter/year windows take one', () => {
    const values = edited('township', (v) => {
      delete v.visits.obligations['quarterly-round'].window.monthOfPeriod;
      v.visits.obligations['round-report'].window.monthOfPeriod = 4;
      v.visits.obligations['visiting-hours'].window.monthOfPeriod = 1;
      v.meetings.obligations['weekly-team'].window = { fromDay: 1, toDay: 5 };
    });
    expect(
      problemsOf(values)
        .map((p) => p.path)
        .sort(),
    ).toEqual([
      '/meetings/obligations/weekly-team/window',
      '/visits/obligations/quarterly-round/window',
      '/visits/obligations/round-report/window/monthOfPeriod',
      '/visits/obligations/visiting-hours/window/monthOfPeriod',
    ]);
  });

  it('A8.2 sampling rates lie in (0, 1] and cover known visit classes once', () => {
    const values = edited('community', (v) => {
      v.verification.sampling.rates['1'].value = 1.5;
      v.verification.sampling.rates['2'].visitClasses = ['2-general', '1-special'];
      v.verification.sampling.rates['3'].visitClasses = ['3', '4'];
    });
    expect(
      problemsOf(values)
        .map((p) => p.path)
        .sort(),
    ).toEqual([
      '/verification/sampling/rates/1/value',
      '/verification/sampling/rates/2/visitClasses/1',
      '/verification/sampling/rates/3/visitClasses/1',
    ]);
  });

  it('the tier ladder is non-empty with unique codes', () => {
    expect(
      problemsOf(
        edited('community', (v) => {
          v.tiers.ladder = [];
        }),
      ).map((p) => p.path),
    ).toEqual(['/tiers/ladder']);
    const dup = edited('community', (v) => {
      v.tiers.ladder[1].code = 'grid-worker';
    });
    expect(problemsOf(dup)).toEqual([
      {
        path: '/tiers/ladder/1/code',
        code: 'DUPLICATE_TIER',
        message: 'Duplicate tier code "grid-worker"',
        params: { code: 'grid-worker' },
      },
    ]);
  });

  it('C5.2 a referral names a tier of the ladder and falls within the class limit', () => {
    const values = edited('township', (v) => {
      v.caseClasses.major.referral.to = 'mayor';
      v.caseClasses.major.referral.within.value = 31;
    });
    expect(
      problemsOf(values)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['/caseClasses/major/referral/to', '/caseClasses/major/referral/within/value']);
  });

  it('D7 combined meetings must be meetings of the policy', () => {
    const values = edited('township', (v) => {
      v.meetings.combined.meetings = ['team-16th', 'board-meeting'];
    });
    expect(problemsOf(values)).toEqual([
      {
        path: '/meetings/combined/meetings/1',
        code: 'UNKNOWN_MEETING',
        message: 'Unknown meeting "board-meeting"',
        params: { meeting: 'board-meeting' },
      },
    ]);
  });

  it('B5.1 the commission cap is a share in (0, 1]; B3.4 customer class codes are unique', () => {
    const values = edited('marketing', (v) => {
      v.marketing.commissionCap.value = 17;
      v.marketing.customerClasses.classes.push({ code: 'key', label: { zh: '重点客户', en: 'key' } });
    });
    expect(
      problemsOf(values)
        .map((p) => p.path)
        .sort(),
    ).toEqual(['/marketing/commissionCap/value', '/marketing/customerClasses/classes/6/code']);
  });

  it('requires the core sections and rejects a non-object', () => {
    expect(
      problemsOf({})
        .map((p) => p.path)
        .sort(),
    ).toEqual(['/caseClasses', '/extension', '/tiers', '/warnShare']);
    expect(problemsOf(null)).toEqual([{ path: '', code: 'TYPE', message: 'Expected object', params: { type: 'object' } }]);
    expect(problemsOf([]).length).toBeGreaterThan(0);
  });

  it('semantic checks still run on sections that are valid when others are not', () => {
    const values = edited('township', (v) => {
      v.warnShare = 0.8;
      v.meetings.obligations['team-16th'].window = { fromDay: 20, toDay: 16 };
    });
    expect(problemsOf(values).map((p) => p.path)).toEqual(
      expect.arrayContaining(['/warnShare', '/meetings/obligations/team-16th/window/fromDay']),
    );
  });

  it('the static type follows the schema', () => {
    const values: PolicyValues = clonePreset('community');
    // @ts-expect-error: 'days' is not a limit unit
    values.caseClasses.general.limit.unit = 'days';
    // @ts-expect-error: 'fortnight' is not a period
    values.visits!.obligations['3'].period = 'fortnight';
    expect(validatePolicy(values).ok).toBe(false);
  });
});
