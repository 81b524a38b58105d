/**
 * A user's own mobile number for SMS notices, sealed at rest as residents' phones (decision 0004, C3, D10):
 * the same data key and the same 'phone' field of SealedFields. Only the mask leaves through the API; the
 * SMS gateway opens it at send time (never logged, never stored in a delivery row).
 */
import { DomainError } from '@gridwork/core';
import { maskPhone } from '@gridwork/core/households';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { SealedFields } from '../households/sealed-fields';

type Db = Kysely<DB> | Transaction<DB>;

/** Mainland China mobile numbers: 11 digits, 1[3-9]… (spaces and dashes as typed are dropped). */
const MOBILE = /^1[3-9]\d{9}$/;

/**
 * The number as given → its digits, or null to clear it (null or an empty string); undefined: unchanged.
 * Anything else is 400 VALIDATION_FAILED on `body.mobile`.
 */
export function parseMobile(raw: string | null | undefined): string | null | undefined {
  if (raw === undefined) return undefined;
  if (raw === null) return null;
  const digits = raw.replace(/[\s-]/g, '');
  if (digits === '') return null;
  if (!MOBILE.test(digits)) {
    throw new DomainError('VALIDATION_FAILED', 'not a mainland China mobile number (11 digits, 1[3-9]…)', [
      { field: 'body.mobile', message: 'not a mobile number', problem: 'format' },
    ]);
  }
  return digits;
}

/** The mask /me shows (138****5678); null when none is on file or it cannot be opened (no data key). */
export function maskedMobile(sealed: SealedFields, enc: Buffer | null): string | null {
  if (!enc || !sealed.available) return null;
  return maskPhone(sealed.open('phone', enc));
}

/** The user's mobile in full, for the SMS gateway only (inactive accounts get none). */
export async function mobileOf(db: Db, sealed: SealedFields, userId: number): Promise<string | null> {
  if (!sealed.available) return null;
  const row = await db.selectFrom('users').select('mobile_enc').where('id', '=', userId).where('active', '=', true).executeTakeFirst();
  return row?.mobile_enc ? sealed.open('phone', row.mobile_enc) : null;
}
