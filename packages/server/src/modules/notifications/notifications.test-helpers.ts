/** Test helpers for notices: a live stream of one user's notices (server-sent events). */
import http from 'node:http';

export interface Notice {
  id: number;
  caseId: number | null;
  subject: { kind: string; id: number };
  kind: string;
  readAt: string | null;
  payload: Record<string, unknown>;
}

/** Opens the stream of the token's user; resolves once the server has registered it. */
export async function openStream(port: number, token: string) {
  const events: Notice[] = [];
  let request!: http.ClientRequest;
  let ended!: Promise<void>;
  await new Promise<void>((resolve, reject) => {
    request = http.get(
      { host: '127.0.0.1', port, path: '/api/v1/notifications/stream', headers: { authorization: `Bearer ${token}` } },
      (res) => {
        ended = new Promise((r) => res.on('close', () => r()));
        if (res.statusCode !== 200) reject(new Error(`stream answered ${res.statusCode}`));
        let buf = '';
        res.on('data', (d) => {
          buf += d;
          if (buf.includes('retry:')) resolve(); // registered before its first bytes went out
          for (let i = buf.indexOf('\n\n'); i >= 0; i = buf.indexOf('\n\n')) {
            const chunk = buf.slice(0, i);
            buf = buf.slice(i + 2);
            const data = chunk.split('\n').find((l) => l.startsWith('data: '));
            if (chunk.includes('event: notification') && data) events.push(JSON.parse(data.slice(6)));
          }
        });
      },
    );
    request.on('error', reject);
  });
  return {
    events,
    async next(kind: string): Promise<Notice> {
      for (let i = 0; i < 100; i++) {
        const hit = events.find((e) => e.kind === kind);
        if (hit) return hit;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`no ${kind} event`);
    },
    /** Resolves when the server closes the stream. */
    ended: () => ended,
    close: () => request.destroy(),
  };
}
