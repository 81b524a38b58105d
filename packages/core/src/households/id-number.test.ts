import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { birthDateOfIdNumber, checkCharOf, checkIdNumber, maskIdNumber, maskPhone, parseIdNumber } from './id-number';

const withCheck = (first17: string) => first17 + checkCharOf(first17);

describe('resident ID numbers (GB 11643, A11.1, C3)', () => {
  it('A11.1 a valid ID number gives its birth date and sex', () => {
    expect(checkIdNumber('110105199001011232')).toEqual({
      valid: true,
      info: { idNumber: '110105199001011232', regionCode: '110105', birthDate: '1990-01-01', sex: 'M' },
    });
    expect(checkIdNumber(' 11010519491231002x ')).toMatchObject({
      valid: true,
      info: { idNumber: '11010519491231002X', birthDate: '1949-12-31', sex: 'F' },
    });
    expect(birthDateOfIdNumber('110105200002290013')).toBe('2000-02-29');
  });

  it('A11.1 the check digit is ISO 7064 MOD 11-2 with X for 10', () => {
    expect(checkCharOf('11010519491231002')).toBe('X');
    expect(checkIdNumber('110105199001011234')).toMatchObject({ valid: false, problem: 'check-digit' });
  });

  it('A11.1 bad shape, region and impossible birth dates are rejected', () => {
    expect(checkIdNumber('11010519900101123')).toMatchObject({ problem: 'format' });
    expect(checkIdNumber('1101051990010112X3')).toMatchObject({ problem: 'format' });
    expect(checkIdNumber(withCheck('00010519900101123'))).toMatchObject({ problem: 'region' });
    expect(checkIdNumber(withCheck('11010519900230123'))).toMatchObject({ problem: 'birth-date' });
    expect(checkIdNumber(withCheck('11010519010229123'))).toMatchObject({ problem: 'birth-date' }); // 1901 is no leap year
    expect(checkIdNumber(withCheck('11010518800101001'))).toMatchObject({ problem: 'birth-date' });
    expect(checkIdNumber(undefined as unknown as string)).toMatchObject({ problem: 'format' });
  });

  it("A11.1 the birth date must agree with the resident's, and the sex if given", () => {
    expect(checkIdNumber('110105199001011232', { birthDate: '1990-01-01', sex: 'M' }).valid).toBe(true);
    expect(checkIdNumber('110105199001011232', { birthDate: '1990-01-02' })).toMatchObject({ problem: 'birth-date-mismatch' });
    expect(checkIdNumber('110105199001011232', { sex: 'F' })).toMatchObject({ problem: 'sex-mismatch' });
    expect(checkIdNumber('110105200002290013', { asOf: '2000-02-28' })).toMatchObject({ problem: 'future-birth-date' });
  });

  it('C3 D10 errors name the field and never carry the number', () => {
    try {
      parseIdNumber('110105199001011234', {}, 'residents[3].idNumber');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const text = JSON.stringify({ message: (e as DomainError).message, details: (e as DomainError).details });
      expect(text).not.toMatch(/\d{6,}/);
      expect(e).toMatchObject({ code: 'VALIDATION_FAILED', details: [{ path: 'residents[3].idNumber', problem: 'check-digit' }] });
    }
  });

  it('A11.1 any single changed digit of a valid number is caught', () => {
    const validArb = fc
      .record({ days: fc.integer({ min: 0, max: 40_000 }), seq: fc.integer({ min: 0, max: 999 }) })
      .map(({ days, seq }) => {
        const birth = new Date(Date.UTC(1920, 0, 1) + days * 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
        return withCheck(`440305${birth}${String(seq).padStart(3, '0')}`);
      });
    fc.assert(
      fc.property(validArb, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (id, pos, delta) => {
        expect(checkIdNumber(id).valid).toBe(true);
        const changed = id.slice(0, pos) + String((Number(id[pos]) + delta) % 10) + id.slice(pos + 1);
        expect(checkIdNumber(changed).valid).toBe(false);
      }),
    );
  });
});

describe('masks (contract "Masked fields", C3, D10)', () => {
  it('C3 D10 ID numbers show the first 3 and last 4 characters, 18 in all', () => {
    expect(maskIdNumber('110105199001011234')).toBe('110***********1234');
    expect(maskIdNumber('11010519491231002x')).toBe('110***********002X');
    expect(maskIdNumber('110105900101123')).toBe('110********1123');
    expect(maskIdNumber('1234567')).toBe('*******');
  });

  it('C3 D10 phones show the first 3 and last 4 digits with four stars', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('010-62345678')).toBe('010****5678');
    expect(maskPhone('62345678')).toBe('****5678');
    expect(maskPhone('12345')).toBe('****');
  });
});
