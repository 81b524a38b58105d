import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';

/** A connection or the transaction in use (PGlite has one connection: inside a transaction use it). */
export type Db = Kysely<DB> | Transaction<DB>;
