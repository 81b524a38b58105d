/**
 * Resident ID numbers (GB 11643-1999, 公民身份号码) and the masks of personal data (C3, D10,
 * API contract "Masked fields"). 18 characters: 6-digit address code, 8-digit birth date YYYYMMDD,
 * 3-digit sequence (odd for men, even for women), check character (ISO 7064 MOD 11-2: weights
 * 2^(17-i) mod 11, check = (12 − Σ mod 11) mod 11, 10 written `X`).
 *
 * Errors never carry the number itself, only the field name and the problem.
 */
import { DomainError, ErrorCodes } from '../errors';
import { isValidDate } from '../calendar';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
const SHAPE = /^\d{17}[\dX]$/;
/**
 * First two digits: provinces of the mainland, Taiwan, Hong Kong, Macao (8x residence permits too), 9x permanent residence of foreigners.
 */
const REGION_PREFIXES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
  '91',
  '92',
  '93',
]);
const MIN_BIRTH_YEAR = 1900;

export type IdNumberProblem =
  | 'format'
  | 'region'
  | 'birth-date'
  | 'check-digit'
  | 'birth-date-mismatch'
  | 'sex-mismatch'
  | 'future-birth-date';

const MESSAGES: Record<IdNumberProblem, string> = {
  format: 'an ID number has 17 digits followed by a digit or X',
  region: 'the ID number does not start with a known region code',
  'birth-date': 'the birth date inside the ID number is not a real date',
  'check-digit': 'the ID number check digit is wrong',
  'birth-date-mismatch': "the birth date inside the ID number differs from the resident's birth date",
  'sex-mismatch': 'the ID number belongs to a person of the other sex',
  'future-birth-date': 'the birth date inside the ID number is in the future',
};

export interface IdNumberInfo {
  /** Normalised: trimmed, `x` upper-cased. */
  idNumber: string;
  regionCode: string;
  birthDate: string;
  sex: 'M' | 'F';
}

export type IdNumberCheck = { valid: true; info: IdNumberInfo } | { valid: false; problem: IdNumberProblem; message: string };

/** What the ID number must agree with: the resident's birth date and sex, and the date of entry. */
export interface IdNumberExpectations {
  birthDate?: string;
  sex?: 'M' | 'F';
  /** Birth dates after this date are rejected. */
  asOf?: string;
}

export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase();
}

/** The check character of the first 17 digits. */
export function checkCharOf(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

function fail(problem: IdNumberProblem): IdNumberCheck {
  return { valid: false, problem, message: MESSAGES[problem] };
}

function structuralProblem(id: string): IdNumberProblem | null {
  if (!SHAPE.test(id)) return 'format';
  if (!REGION_PREFIXES.has(id.slice(0, 2))) return 'region';
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!isValidDate(birthDate) || Number(id.slice(6, 10)) < MIN_BIRTH_YEAR) return 'birth-date';
  if (checkCharOf(id) !== id[17]) return 'check-digit';
  return null;
}

/** Checks an ID number (shape, region, real birth date, check digit) and its agreement with `expect`. */
export function checkIdNumber(raw: string, expect: IdNumberExpectations = {}): IdNumberCheck {
  const id = typeof raw === 'string' ? normalizeIdNumber(raw) : '';
  const problem = structuralProblem(id);
  if (problem) return fail(problem);
  const info: IdNumberInfo = {
    idNumber: id,
    regionCode: id.slice(0, 6),
    birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
    sex: Number(id[16]) % 2 === 1 ? 'M' : 'F',
  };
  if (expect.asOf !== undefined && info.birthDate > expect.asOf) return fail('future-birth-date');
  if (expect.birthDate !== undefined && info.birthDate !== expect.birthDate) return fail('birth-date-mismatch');
  if (expect.sex !== undefined && info.sex !== expect.sex) return fail('sex-mismatch');
  return { valid: true, info };
}

/** Like `checkIdNumber`, but throws VALIDATION_FAILED naming `path` (never the number) when invalid. */
export function parseIdNumber(raw: string, expect: IdNumberExpectations = {}, path = 'idNumber'): IdNumberInfo {
  const check = checkIdNumber(raw, expect);
  if (check.valid) return check.info;
  throw new DomainError(ErrorCodes.VALIDATION_FAILED, `${path}: ${check.message}`, [
    { path, problem: check.problem, message: check.message },
  ]);
}

/** The birth date written in a valid ID number; throws VALIDATION_FAILED when it is invalid. */
export function birthDateOfIdNumber(raw: string): string {
  return parseIdNumber(raw).birthDate;
}

/**
 * `110105199001011234` → `110***********1234`: first 3 and last 4 characters kept, every other one
 * starred, so an 18-character number stays 18 characters. Shorter values (7 or fewer) are all stars.
 */
export function maskIdNumber(raw: string): string {
  const id = normalizeIdNumber(raw);
  if (id.length <= 7) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
}

/**
 * `13812345678` → `138****5678`: first 3, four stars, last 4 (numbers of 11 characters or more,
 * spaces and dashes removed). Shorter numbers keep only the last 4 (`****5678`), or nothing.
 */
export function maskPhone(raw: string): string {
  const phone = raw.replace(/[\s-]/g, '');
  if (phone.length >= 11) return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  if (phone.length >= 8) return `****${phone.slice(-4)}`;
  return '****';
}
