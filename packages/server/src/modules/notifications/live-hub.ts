import type { ServerResponse } from 'node:http';
import { presentNotice } from './notice-view';
import type { RaisedNotification } from './notifications.repository';

/** At most this many open streams per user (tabs, devices); a newer one closes the oldest. */
export const MAX_STREAMS_PER_USER = 5;
/** How often open streams are checked against the database (sign-outs and role changes made by other processes). */
export const STREAM_CHECK_MS = 2_000;

export interface StreamOwner {
  userId: number;
  /** sha256 of the session token the stream was opened with. */
  tokenHash: string;
  /** The user's role assignment ids when the stream was opened (sorted, comma-joined). */
  roles: string;
}

/** The sessions among `tokenHashes` that are still valid, with their users' current role fingerprint. */
export type StreamCheck = (tokenHashes: string[]) => Promise<Map<string, { userId: number; roles: string }>>;

interface Stream extends StreamOwner {
  res: ServerResponse;
}

/**
 * Browsers listening for their notices (server-sent events), by user. A stream lives only as long as
 * the session it was opened with, unchanged: sign-out, a password change, deactivation, expiry or a
 * change of the user's roles closes it (at once when made in this process, through `recheck`; within
 * STREAM_CHECK_MS when made by another one). The browser reconnects, and is then refused or served as
 * who they are now.
 */
export class LiveHub {
  private readonly streams = new Map<number, Stream[]>();
  private timer: NodeJS.Timeout | null = null;
  private checking: Promise<void> | null = null;
  private again = false;

  constructor(private readonly check: StreamCheck) {}

  add(owner: StreamOwner, res: ServerResponse): () => void {
    const list = this.streams.get(owner.userId) ?? [];
    this.streams.set(owner.userId, list);
    const stream: Stream = { ...owner, res };
    list.push(stream);
    while (list.length > MAX_STREAMS_PER_USER) this.end(list[0]);
    this.timer ??= setInterval(() => void this.recheck(), STREAM_CHECK_MS).unref();
    return () => this.drop(stream);
  }

  push(raised: RaisedNotification[]): void {
    for (const n of raised) {
      const notice = presentNotice(n);
      for (const s of this.streams.get(n.user_id) ?? []) s.res.write(`event: notification\ndata: ${JSON.stringify(notice)}\n\n`);
    }
  }

  /** Closes every stream whose session ended or whose user's roles changed. Calls during a check run once more after it. */
  recheck(): Promise<void> {
    if (this.checking) {
      this.again = true;
      return this.checking;
    }
    this.checking = (async () => {
      do {
        this.again = false;
        const all = [...this.streams.values()].flat();
        if (all.length === 0) break;
        const valid = await this.check([...new Set(all.map((s) => s.tokenHash))]).catch(() => null);
        if (!valid) break; // the database is unreachable: keep the streams, try again on the next tick
        for (const s of all) {
          const now = valid.get(s.tokenHash);
          if (!now || now.userId !== s.userId || now.roles !== s.roles) this.end(s);
        }
      } while (this.again);
    })().finally(() => {
      this.checking = null;
    });
    return this.checking;
  }

  /** Open streams of a user (tests, and the limit). */
  count(userId: number): number {
    return this.streams.get(userId)?.length ?? 0;
  }

  closeAll(): void {
    for (const list of this.streams.values()) for (const s of [...list]) this.end(s);
    this.streams.clear();
  }

  private end(s: Stream): void {
    this.drop(s);
    s.res.end();
  }

  private drop(s: Stream): void {
    const list = this.streams.get(s.userId);
    if (!list) return;
    const i = list.indexOf(s);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.streams.delete(s.userId);
    if (this.streams.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }
}
