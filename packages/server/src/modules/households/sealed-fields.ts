/**
 * Encryption at rest of residents' ID numbers and phones (C3, D10; decision 0004).
 *
 * - The data key (32 bytes, base64 in `GRIDWORK_DATA_KEY`) never enters the database. In demo mode
 *   without it, one is generated once into `<DATA_DIR>/data-key` (mode 0600); production without it
 *   refuses to start. It is never logged.
 * - Two sub-keys are derived with HKDF-SHA256: one seals values with AES-256-GCM (random 96-bit IV,
 *   the field name as associated data, so an ID number cannot be passed off as a phone), the other
 *   keys HMAC-SHA256 hashes used to find duplicates and for exact search, never by decrypting rows.
 * - Sealed format: version byte 1 | IV (12) | ciphertext | tag (16).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export type SealedField = 'idNumber' | 'phone';

const FORMAT = 1;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const KEY_CHECK_SETTING = 'data-key-check';

/** A problem with the data key: the server refuses to start with this message (it never holds the key). */
export class DataKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DataKeyError';
  }
}

/** Decodes a base64 data key; it must be exactly 32 bytes. */
export function parseDataKey(base64: string, source = 'GRIDWORK_DATA_KEY'): Buffer {
  const text = base64.trim();
  const key = /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) ? Buffer.from(text, 'base64') : Buffer.alloc(0);
  if (key.length !== 32) {
    throw new DataKeyError(`${source} must be 32 random bytes in base64 (for example: openssl rand -base64 32)`);
  }
  return key;
}

function subKey(key: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', key, Buffer.alloc(0), `gridwork/sealed-fields/v1/${purpose}`, 32));
}

/** Seals, opens and hashes personal fields. Holds only derived keys, in private fields. */
export class SealedFields {
  readonly #enc: Buffer | null;
  readonly #mac: Buffer | null;

  private constructor(key: Buffer | null) {
    this.#enc = key ? subKey(key, 'aes-256-gcm') : null;
    this.#mac = key ? subKey(key, 'hmac-sha256') : null;
  }

  static fromBase64(base64: string): SealedFields {
    return new SealedFields(parseDataKey(base64));
  }

  /** No key configured (an app built outside main.ts): every use fails closed. */
  static unavailable(): SealedFields {
    return new SealedFields(null);
  }

  get available(): boolean {
    return this.#enc !== null;
  }

  private keys(): { enc: Buffer; mac: Buffer } {
    if (!this.#enc || !this.#mac) throw new Error('no data key is configured (GRIDWORK_DATA_KEY)');
    return { enc: this.#enc, mac: this.#mac };
  }

  seal(field: SealedField, clear: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keys().enc, iv);
    cipher.setAAD(Buffer.from(`gridwork:${field}`));
    const body = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([FORMAT]), iv, body, cipher.getAuthTag()]);
  }

  /** Throws when the value was sealed under another key, for another field, or altered. */
  open(field: SealedField, sealed: Uint8Array): string {
    const data = Buffer.from(sealed);
    if (data.length < 1 + IV_BYTES + TAG_BYTES || data[0] !== FORMAT) throw new Error(`sealed ${field}: unknown format`);
    const decipher = createDecipheriv('aes-256-gcm', this.keys().enc, data.subarray(1, 1 + IV_BYTES));
    decipher.setAAD(Buffer.from(`gridwork:${field}`));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(data.subarray(1 + IV_BYTES, data.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(`sealed ${field}: cannot be opened with the configured data key`);
    }
  }

  /** Keyed hash of a normalised value (base64url): equal values give equal hashes, per deployment. */
  hash(field: SealedField, normalized: string): string {
    return createHmac('sha256', this.keys().mac).update(`${field}\n${normalized}`).digest('base64url');
  }

  /** Keyed digest of any text (e.g. a request hash that covers personal data). */
  fingerprint(text: string): string {
    return createHmac('sha256', this.keys().mac).update(`fingerprint\n${text}`).digest('base64url');
  }

  toJSON(): string {
    return '[sealed-fields]';
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return '[sealed-fields]';
  }
}

export interface DataKeyConfig {
  dataKey: string | null;
  demo: boolean;
  dataDir: string;
}

/**
 * The data key to start with: `GRIDWORK_DATA_KEY`, or in demo mode `<DATA_DIR>/data-key` (created
 * once, mode 0600). Production without a key throws DataKeyError (the server refuses to start).
 */
export function resolveDataKey(config: DataKeyConfig): { key: string; generatedAt: string | null } {
  if (config.dataKey) {
    parseDataKey(config.dataKey);
    return { key: config.dataKey, generatedAt: null };
  }
  if (!config.demo) {
    throw new DataKeyError(
      'GRIDWORK_DATA_KEY is not set: production mode needs the key that seals ID numbers and phones. ' +
        'Create one with `openssl rand -base64 32`, keep it outside the database and its backups, and set GRIDWORK_DATA_KEY.',
    );
  }
  const file = path.join(config.dataDir, 'data-key');
  fs.mkdirSync(config.dataDir, { recursive: true });
  let generatedAt: string | null = null;
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString('base64')}\n`, { flag: 'wx', mode: 0o600 });
    generatedAt = file;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  if ((fs.statSync(file).mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  const key = fs.readFileSync(file, 'utf8').trim();
  parseDataKey(key, file);
  return { key, generatedAt };
}

/**
 * The app's sealed fields. With a database, the key is checked against the one the data was sealed
 * with (a keyed marker in app_settings): starting with another key is refused rather than silently
 * writing data that duplicates and search can no longer match.
 */
export async function sealedFieldsFor(config: { dataKey: string | null }, db: Kysely<DB>): Promise<SealedFields> {
  if (!config.dataKey) return SealedFields.unavailable();
  const sealed = SealedFields.fromBase64(config.dataKey);
  const check = sealed.fingerprint('data-key-check');
  await db
    .insertInto('app_settings')
    .values({ key: KEY_CHECK_SETTING, value: JSON.stringify(check) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const stored = await db.selectFrom('app_settings').select('value').where('key', '=', KEY_CHECK_SETTING).executeTakeFirstOrThrow();
  if (stored.value !== check) {
    throw new DataKeyError(
      'GRIDWORK_DATA_KEY is not the key this database was sealed with: set the original key (the data cannot be read without it)',
    );
  }
  return sealed;
}
