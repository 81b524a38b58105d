import type { Kysely } from 'kysely';
import type { AppConfig } from './config';
import type { DatabaseKind } from './db/database';
import type { DB } from './db/schema';
import type { CalendarStore } from './modules/calendar/calendar.service';
import type { SealedFields } from './modules/households/sealed-fields';
import type { LiveHub } from './modules/notifications/live-hub';
import type { GridLocator } from './modules/regions/grid-locator';

/** What the modules share: the database, configuration, the clock and in-memory indexes. */
export interface AppContext {
  db: Kysely<DB>;
  dbKind: DatabaseKind;
  config: AppConfig;
  /** Injected so tests can move time; services never call Date.now() directly. */
  clock: () => Date;
  grids: GridLocator;
  calendar: CalendarStore;
  /** Seals, opens and hashes residents' ID numbers and phones (C3, D10). */
  sealed: SealedFields;
  /** Drops cached sessions/actors after a change to users, roles or sessions (and tells the listeners). */
  invalidateActors(): void;
  /** Listens for those changes (the live notice streams re-check their sessions). */
  onActorsInvalidated(listener: () => void): void;
  /** In-app notices: the open live streams, and delivery of what was raised (after a commit; never throws). */
  notices: { live: LiveHub; deliver(): Promise<void> };
}
