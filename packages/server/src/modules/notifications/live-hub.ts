import type { ServerResponse } from 'node:http';
import { presentNotice } from './notice-view';
import type { RaisedNotification } from './notifications.repository';

/** Browsers listening for their notices (server-sent events), by user. */
export class LiveHub {
  private readonly streams = new Map<number, Set<ServerResponse>>();

  add(userId: number, res: ServerResponse): () => void {
    let set = this.streams.get(userId);
    if (!set) this.streams.set(userId, (set = new Set()));
    set.add(res);
    return () => {
      set!.delete(res);
      if (set!.size === 0) this.streams.delete(userId);
    };
  }

  push(raised: RaisedNotification[]): void {
    for (const n of raised) {
      const notice = presentNotice(n);
      for (const res of this.streams.get(n.user_id) ?? []) {
        res.write(`event: notification\ndata: ${JSON.stringify(notice)}\n\n`);
      }
    }
  }

  closeAll(): void {
    for (const set of this.streams.values()) for (const res of set) res.end();
    this.streams.clear();
  }
}
