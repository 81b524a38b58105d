import type { WorkingCalendar } from '@gridwork/core/calendar';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { claimUndelivered, raiseDeadlineNotices, raiseTimelineNotices, type RaisedNotification } from './notifications.repository';
import type { OutboundDispatcher } from './outbound/dispatcher';
import { raiseRoundReportDueNotices } from './round-report-due';

/**
 * Told of each notice at once, in process: the logging channel when no outbound channel is configured.
 * SMS and the group robots go through the outbox instead (outbound/: recorded, retried, never twice).
 */
export interface OutboundChannel {
  readonly name: string;
  send(n: RaisedNotification): Promise<void>;
}

export class LoggingChannel implements OutboundChannel {
  readonly name = 'log';
  constructor(private readonly log: (obj: object, msg: string) => void) {}
  async send(n: RaisedNotification): Promise<void> {
    // ids and kinds only: no personal data in logs
    this.log(
      { notification: n.id, userId: n.user_id, caseId: n.case_id, subject: `${n.subject_kind}:${n.subject_id}`, kind: n.kind },
      'notification',
    );
  }
}

const CURSOR_KEY = 'notifications.timeline-cursor';
/** Timeline entries are rescanned this far back on every tick (dedupe keys make it harmless). */
const OVERLAP_MS = 5 * 60_000;

export interface SchedulerOptions {
  intervalMs?: number;
  /** The working calendar (round report due notices count working days); without it those are not raised. */
  calendar?: () => Promise<WorkingCalendar>;
  /** The configured outbound channels' outbox: each delivered notice is queued for them in the claim's statement. */
  outbox?: OutboundDispatcher | null;
}

/**
 * The in-process scheduler: each tick raises what is due from the database state alone, so it
 * catches up after a restart and never raises twice (dedupe keys), even with several servers.
 * Every notice is inserted undelivered and goes out once through `deliver` (the live stream and the
 * outbound channels): those the tick raised, and those raised inside other modules' transactions.
 */
export class NotificationScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> = Promise.resolve();
  private readonly intervalMs: number;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: () => Date,
    private readonly channels: OutboundChannel[],
    private readonly onRaised: (n: RaisedNotification[]) => void,
    private readonly options: SchedulerOptions = {},
  ) {
    this.intervalMs = options.intervalMs ?? 30_000;
  }

  /** Raises what is due at `now`, then delivers every notice not yet delivered; returns those delivered. */
  async tick(now: Date = this.clock()): Promise<RaisedNotification[]> {
    const cursor = await this.db.selectFrom('app_settings').select('value').where('key', '=', CURSOR_KEY).executeTakeFirst();
    const since = cursor ? new Date(new Date(cursor.value as string).getTime() - OVERLAP_MS) : new Date(0);
    await raiseDeadlineNotices(this.db, now);
    await raiseTimelineNotices(this.db, since, now);
    if (this.options.calendar) await raiseRoundReportDueNotices(this.db, await this.options.calendar(), now);
    await this.db
      .insertInto('app_settings')
      .values({ key: CURSOR_KEY, value: JSON.stringify(now.toISOString()) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(now.toISOString()) }))
      .execute();
    return this.deliver(now);
  }

  /** Claims the undelivered notices and sends them out (live stream, channels; the outbox in the background). */
  async deliver(now: Date = this.clock()): Promise<RaisedNotification[]> {
    const outbox = this.options.outbox ?? null;
    const delivered = await claimUndelivered(this.db, now, outbox?.channels ?? []);
    if (delivered.length) {
      this.onRaised(delivered);
      for (const ch of this.channels) for (const n of delivered) await ch.send(n).catch(() => undefined);
    }
    // in the background: queued rows (new, or due for a retry) never hold up the caller
    outbox?.kick();
    return delivered;
  }

  start(): void {
    const loop = () => {
      this.running = this.tick().catch((e) => console.error(`gridwork: notification tick failed: ${(e as Error).message}`));
      this.running.finally(() => {
        if (this.timer !== null) this.timer = setTimeout(loop, this.intervalMs);
      });
    };
    this.timer = setTimeout(loop, 1_000);
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    await this.options.outbox?.stop();
  }

  /** Resolves once the outbox has nothing in flight (shutdown, tests). */
  async settle(): Promise<void> {
    await this.options.outbox?.idle();
  }
}
