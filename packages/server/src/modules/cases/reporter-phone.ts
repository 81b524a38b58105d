/**
 * Case reporters' phones sealed at rest (A9.4, C3, D10), like residents' phones (decision 0004):
 * AES-256-GCM under the data key, a keyed hash for exact matching, and the mask lists show.
 * Rows written before sealing (or by the demo seed, which runs before the key is loaded) hold the
 * plain `phone`; `sealPlainReporterPhones` seals them at start and clears the plain column.
 */
import { maskPhone } from '@gridwork/core/households';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { normalizePhone } from '../households/resident-input';
import type { SealedFields } from '../households/sealed-fields';
import type { ReporterRecord, ReporterRow } from './cases.repository';

export interface ReporterView {
  name: string | null;
  phoneMask: string | null;
  anonymous: boolean;
  confidential: boolean;
}

export interface SealedPhone {
  phone_enc: Buffer;
  phone_hash: string;
  phone_mask: string;
}

/** The phone as entered is sealed (reveal returns it unchanged); the hash is over its digits. */
export function sealReporterPhone(sealed: SealedFields, phone: string): SealedPhone {
  const digits = normalizePhone(phone) ?? phone.replace(/[\s-]/g, '');
  return { phone_enc: sealed.seal('phone', phone), phone_hash: sealed.hash('phone', digits), phone_mask: maskPhone(phone) };
}

/** A reporter as taken in → the record to store, its phone sealed (no plain phone reaches the row). */
export function reporterRecordOf(sealed: SealedFields, r: ReporterRow): ReporterRecord {
  const { phone, ...rest } = r;
  return { ...rest, phone: null, ...(phone ? sealReporterPhone(sealed, phone) : { phone_enc: null, phone_hash: null, phone_mask: null }) };
}

/** A stored reporter as shown outside a reveal: the phone only as its mask (rows not yet sealed masked from plain). */
export function reporterView(r: ReporterRecord): ReporterView {
  return {
    name: r.name,
    phoneMask: r.phone_mask ?? (r.phone ? maskPhone(r.phone) : null),
    anonymous: r.anonymous,
    confidential: r.confidential,
  };
}

/** For an audited reveal only: the phone opened with the data key. */
export function openReporterPhone(sealed: SealedFields, r: ReporterRecord): string | null {
  return r.phone_enc ? sealed.open('phone', r.phone_enc) : r.phone;
}

const BATCH = 500;

/**
 * Seals every reporter phone still in plain text and clears it; idempotent (a second run finds
 * nothing). Does nothing without a data key. Returns how many rows it sealed.
 */
export async function sealPlainReporterPhones(db: Kysely<DB>, sealed: SealedFields): Promise<number> {
  if (!sealed.available) return 0;
  let total = 0;
  for (;;) {
    const sealedNow = await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('case_reporters')
        .select(['top_region_id', 'case_id', 'phone'])
        .where('phone', 'is not', null)
        .limit(BATCH)
        .forUpdate()
        .skipLocked()
        .execute();
      for (const r of rows) {
        await trx
          .updateTable('case_reporters')
          .set({ ...sealReporterPhone(sealed, r.phone!), phone: null })
          .where('top_region_id', '=', r.top_region_id)
          .where('case_id', '=', r.case_id)
          .execute();
      }
      return rows.length;
    });
    total += sealedNow;
    if (sealedNow < BATCH) return total;
  }
}
