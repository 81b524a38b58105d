import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../testing/databases';
import { TEST_DATA_KEY } from './households.test-helpers';
import { DataKeyError, parseDataKey, resolveDataKey, SealedFields, sealedFieldsFor } from './sealed-fields';

const ID = '11010519491231002X';

describe('C3 sealed fields: AES-256-GCM at rest, keyed hashes for duplicates', () => {
  const sealed = SealedFields.fromBase64(TEST_DATA_KEY);

  it('seals with a fresh IV each time and opens back; the clear value is nowhere in the ciphertext', () => {
    const a = sealed.seal('idNumber', ID);
    const b = sealed.seal('idNumber', ID);
    expect(a.equals(b)).toBe(false);
    expect(a.includes(Buffer.from(ID))).toBe(false);
    expect(a[0]).toBe(1);
    expect(sealed.open('idNumber', a)).toBe(ID);
    expect(sealed.open('idNumber', new Uint8Array(b))).toBe(ID);
  });

  it('refuses a value altered, sealed for another field, or under another key', () => {
    const value = sealed.seal('phone', '13812345678');
    const altered = Buffer.from(value);
    altered[20] ^= 1;
    expect(() => sealed.open('phone', altered)).toThrow(/cannot be opened/);
    expect(() => sealed.open('idNumber', value)).toThrow(/cannot be opened/);
    const other = SealedFields.fromBase64(randomBytes(32).toString('base64'));
    expect(() => other.open('phone', value)).toThrow(/cannot be opened/);
    expect(() => sealed.open('phone', Buffer.from([2, 1, 2, 3]))).toThrow(/unknown format/);
  });

  it('hashes are keyed and per field: equal values match, another key or field does not', () => {
    const other = SealedFields.fromBase64(randomBytes(32).toString('base64'));
    expect(sealed.hash('idNumber', ID)).toBe(sealed.hash('idNumber', ID));
    expect(sealed.hash('idNumber', ID)).not.toBe(other.hash('idNumber', ID));
    expect(sealed.hash('idNumber', ID)).not.toBe(sealed.hash('phone', ID));
    expect(sealed.hash('idNumber', ID)).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('the key never shows in JSON or inspection; without a key every use fails closed', () => {
    expect(JSON.stringify({ sealed })).toBe('{"sealed":"[sealed-fields]"}');
    expect(inspect(sealed)).not.toContain(TEST_DATA_KEY);
    const none = SealedFields.unavailable();
    expect(none.available).toBe(false);
    expect(() => none.seal('phone', '1')).toThrow(/GRIDWORK_DATA_KEY/);
    expect(() => none.hash('phone', '1')).toThrow(/GRIDWORK_DATA_KEY/);
  });

  it('a data key must be 32 bytes in base64; the message never repeats the key', () => {
    expect(parseDataKey(TEST_DATA_KEY)).toHaveLength(32);
    for (const bad of ['', 'short', Buffer.alloc(16).toString('base64'), `${TEST_DATA_KEY}!`]) {
      expect(() => parseDataKey(bad)).toThrow(DataKeyError);
    }
    try {
      parseDataKey('c2VjcmV0LWJ1dC10b28tc2hvcnQ=');
    } catch (e) {
      expect((e as Error).message).not.toContain('c2VjcmV0');
    }
  });
});

describe('C3 data key resolution at start', () => {
  const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'gridwork-key-'));

  it('production without GRIDWORK_DATA_KEY refuses to start with a clear message', () => {
    expect(() => resolveDataKey({ dataKey: null, demo: false, dataDir: tmp() })).toThrow(/GRIDWORK_DATA_KEY is not set/);
    expect(() => resolveDataKey({ dataKey: 'nope', demo: false, dataDir: tmp() })).toThrow(DataKeyError);
    expect(resolveDataKey({ dataKey: TEST_DATA_KEY, demo: false, dataDir: tmp() })).toEqual({ key: TEST_DATA_KEY, generatedAt: null });
  });

  it('demo mode generates one key once into <DATA_DIR>/data-key (mode 0600) and reuses it', () => {
    const dir = path.join(tmp(), 'nested');
    const first = resolveDataKey({ dataKey: null, demo: true, dataDir: dir });
    const file = path.join(dir, 'data-key');
    expect(first.generatedAt).toBe(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(parseDataKey(first.key)).toHaveLength(32);
    const second = resolveDataKey({ dataKey: null, demo: true, dataDir: dir });
    expect(second).toEqual({ key: first.key, generatedAt: null });
    fs.chmodSync(file, 0o644);
    resolveDataKey({ dataKey: null, demo: true, dataDir: dir });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const explicit = resolveDataKey({ dataKey: TEST_DATA_KEY, demo: true, dataDir: dir });
    expect(explicit.key).toBe(TEST_DATA_KEY);
  });

  it('a database sealed with one key refuses another key (the data would become unreadable)', async () => {
    const database = await createTestDatabase('embedded');
    try {
      const first = await sealedFieldsFor({ dataKey: TEST_DATA_KEY }, database.db);
      expect(first.available).toBe(true);
      await expect(sealedFieldsFor({ dataKey: TEST_DATA_KEY }, database.db)).resolves.toBeInstanceOf(SealedFields);
      await expect(sealedFieldsFor({ dataKey: randomBytes(32).toString('base64') }, database.db)).rejects.toThrow(
        /not the key this database was sealed with/,
      );
      expect((await sealedFieldsFor({ dataKey: null }, database.db)).available).toBe(false);
    } finally {
      await database.close();
    }
  });
});
