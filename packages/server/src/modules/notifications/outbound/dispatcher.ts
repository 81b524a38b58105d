/**
 * The outbox of the outbound channels: sends the queued delivery rows in the background, records each
 * outcome, retries a failure with exponential backoff a bounded number of times. It never runs inside
 * a business transaction or the live stream: `kick()` returns at once; a slow gateway is cut by the
 * adapters' timeout; one channel's failure touches only its own rows.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import type { QueuedChannel } from '../notifications.repository';
import { claimDue, recordOutcome, type ClaimedDelivery, type Outcome } from './deliveries.repository';
import { DeliveryError, NoTarget, type OutboundAdapter } from './gateways';
import { outboundText } from './outbound-text';

export interface DispatcherOptions {
  /** Sends of one notice to one target, the first included. */
  maxAttempts: number;
  /** The wait after the first failure; doubled after each further one, at most MAX_BACKOFF_MS. */
  retryBaseMs: number;
  /** The adapters' request timeout: a claim's lease outlasts it by a minute. */
  timeoutMs: number;
  /** Ids, channels and short reasons only: never a URL, a token or the text. */
  log?: (obj: object, msg: string) => void;
}

const MAX_BACKOFF_MS = 3_600_000;
const BATCH = 10;
/** Batches per run at most: the next tick continues. */
const MAX_BATCHES = 50;

export function backoffMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export class OutboundDispatcher {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly byChannel: Map<string, OutboundAdapter>;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: () => Date,
    adapters: OutboundAdapter[],
    private readonly options: DispatcherOptions,
  ) {
    this.byChannel = new Map(adapters.map((a) => [a.channel, a]));
  }

  /** The channels a claimed notice is queued for. */
  get channels(): QueuedChannel[] {
    return [...this.byChannel.values()].map((a) => ({ channel: a.channel, perUser: a.perUser }));
  }

  /** Starts sending what is due in the background (once more after the current run if one is going). */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Resolves when no run is going (tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Shutdown: no new run, and the current one ends after the sends in flight (each bounded by the timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.idle();
  }

  private async loop(): Promise<void> {
    try {
      for (let i = 0; i < MAX_BATCHES && !this.stopped; i++) {
        const now = this.clock();
        const claimed = await claimDue(this.db, now, new Date(now.getTime() + this.options.timeoutMs + 60_000), BATCH);
        if (claimed.length === 0) return;
        await Promise.all(claimed.map((d) => this.sendOne(d)));
      }
    } catch (e) {
      this.options.log?.({ err: (e as Error).message }, 'outbound deliveries: claim failed');
    }
  }

  private async sendOne(d: ClaimedDelivery): Promise<void> {
    if (d.status === 'failed') {
      this.options.log?.({ delivery: d.id, channel: d.channel }, 'outbound delivery interrupted by a stop; not sent again');
      return;
    }
    const outcome = await this.attempt(d);
    if (outcome.status !== 'sent')
      this.options.log?.(
        { delivery: d.id, channel: d.channel, attempts: d.attempts, status: outcome.status, reason: outcome.reason },
        'outbound delivery',
      );
    await recordOutcome(this.db, d.id, outcome, this.clock()).catch((e) =>
      this.options.log?.({ delivery: d.id, err: (e as Error).message }, 'outbound delivery: outcome not recorded'),
    );
  }

  private async attempt(d: ClaimedDelivery): Promise<Outcome> {
    const adapter = this.byChannel.get(d.channel);
    if (!adapter) return { status: 'skipped', reason: 'channel no longer configured' };
    if (d.superseded) return { status: 'skipped', reason: 'superseded by a newer notice' };
    try {
      await adapter.send({ deliveryId: d.id, userId: d.user_id, text: outboundText(d) });
      return { status: 'sent' };
    } catch (e) {
      if (e instanceof NoTarget) return { status: 'skipped', reason: e.message };
      const reason = e instanceof DeliveryError ? e.message : 'unexpected error';
      if (d.attempts >= this.options.maxAttempts) return { status: 'failed', reason };
      return {
        status: 'queued',
        reason,
        nextAttemptAt: new Date(this.clock().getTime() + backoffMs(d.attempts, this.options.retryBaseMs)),
      };
    }
  }
}
