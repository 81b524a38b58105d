import { DomainError } from '@gridwork/core';
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

/** Passwords: node's built-in scrypt (N=2^15, r=8, p=1), stored as `scrypt$N$r$p$salt$hash` (base64). */
const N = 32768;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

export const DEMO_PASSWORD = 'gridwork-demo';
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;
const DEMO_SKELETON = DEMO_PASSWORD.replace('-', '');

/** Invisible characters (zero-width, soft hyphen, joiners, BOM, variation selectors): dropped before comparing. */
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: each code point is dropped on its own (combining marks too)
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
/** Dashes and minus signs that look like `-`. */
const DASHES = /[\u2010-\u2015\u2043\u2212\u2E3A\u2E3B\uFE58\uFE63\u02D7\u058A\u1806\u30FC]/g;
/** Cyrillic, Greek, Armenian and IPA letters that look like the Latin letters of the demo password. */
const LOOK_ALIKES: Record<string, string> = {
  ɡ: 'g',
  ց: 'g',
  ԍ: 'g',
  ɢ: 'g',
  г: 'r',
  ʀ: 'r',
  ᴦ: 'r',
  і: 'i',
  ı: 'i',
  ι: 'i',
  ӏ: 'i',
  ɩ: 'i',
  ⅰ: 'i',
  ԁ: 'd',
  ɗ: 'd',
  ѡ: 'w',
  ԝ: 'w',
  ω: 'w',
  ɯ: 'w',
  о: 'o',
  ο: 'o',
  օ: 'o',
  σ: 'o',
  ᴏ: 'o',
  к: 'k',
  κ: 'k',
  ĸ: 'k',
  ᴋ: 'k',
  е: 'e',
  ε: 'e',
  ҽ: 'e',
  ɛ: 'e',
  м: 'm',
  ʍ: 'm',
  ᴍ: 'm',
  ṁ: 'm',
  // small capitals, Cherokee look-alikes, digits that stand for letters
  ɪ: 'i',
  ᴅ: 'd',
  ᴡ: 'w',
  ᴇ: 'e',
  ꭰ: 'd',
  ꭼ: 'e',
  ꮇ: 'm',
  ꮐ: 'g',
  ꮢ: 'r',
  ꮶ: 'k',
  ꮃ: 'w',
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '6': 'g',
  '9': 'g',
  l: 'i',
  '|': 'i',
  '!': 'i',
};
/** Separators a look-alike may use between the two words, or leave out. */
const SEPARATORS = /[\s\-_.·•,+*~/\\]/g;

/**
 * The password as it would be compared for look-alikes: NFKC (full-width, compatibility forms), invisible
 * characters dropped, accents removed, dashes and confusable letters folded to ASCII, lower case, trimmed.
 */
export function passwordSkeleton(password: string): string {
  const folded = password
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(DASHES, '-')
    .toLowerCase();
  return [...folded]
    .map((c) => LOOK_ALIKES[c] ?? c)
    .join('')
    .trim();
}

/**
 * True for the demo password in any normal form, case or look-alike spelling, with any separator or
 * none, and for any password built around it (`gridwork-demo1`): refused outside demo mode.
 */
export function isDemoPassword(password: string): boolean {
  return passwordSkeleton(password).replace(SEPARATORS, '').includes(DEMO_SKELETON);
}

/**
 * The rule a new password meets besides its length (the schemas' MIN..MAX_PASSWORD_LENGTH): the demo
 * password is refused, except where `allowDemo` (an administrator's form in demo mode). One rule for the
 * administrator's user form, the CLI's first admin and one's own change of password.
 */
export function assertNewPassword(password: string, allowDemo: boolean, field: string): void {
  if (!allowDemo && isDemoPassword(password)) {
    throw new DomainError('VALIDATION_FAILED', 'the demo password may not be used', [
      { field, message: 'demo password refused', problem: 'demo-password' },
    ]);
  }
}

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFKC'), salt, KEYLEN, { N: n, r, p, maxmem: MAXMEM }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

/** `cost` lowers N for test fixtures only; the stored string carries its own parameters. */
export async function hashPassword(password: string, cost = N): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, cost, R, P);
  return ['scrypt', cost, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await derive(password, Buffer.from(salt, 'base64'), Number(n), Number(r), Number(p));
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash to verify against when the user does not exist, so both paths take the same time. */
let dummy: Promise<string> | null = null;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(12).toString('hex'));
  return dummy;
}
