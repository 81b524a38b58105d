/**
 * Requests written by hand on a socket (not a test file itself): a head and part of a body, then
 * nothing, as a slow or hostile client would. `answer` is the first full response (or null when
 * the connection closed without one), `closed` the milliseconds from opening until it closed.
 */
import net from 'node:net';

export interface Answer {
  status: number;
  headers: string;
  body: string;
  /** Milliseconds from opening the connection. */
  at: number;
}

export interface RawRequest {
  socket: net.Socket;
  answer: Promise<Answer | null>;
  closed: Promise<number>;
}

export function requestHead(method: string, path: string, headers: Record<string, string | number>): string {
  return `${method} ${path} HTTP/1.1\r\nHost: test\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
}

/** Parses the first response out of what arrived so far, once it is complete (Content-Length bodies only). */
function firstResponse(data: Buffer, at: number): Answer | null {
  const end = data.indexOf('\r\n\r\n');
  if (end < 0) return null;
  const headers = data.subarray(0, end).toString('latin1');
  const status = /^HTTP\/1\.1 (\d{3})/.exec(headers);
  const length = /\r\ncontent-length: (\d+)/i.exec(headers);
  if (!status || !length || data.length < end + 4 + Number(length[1])) return null;
  return { status: Number(status[1]), headers, body: data.subarray(end + 4, end + 4 + Number(length[1])).toString('utf8'), at };
}

/** Opens a connection to 127.0.0.1:`port` and writes `head` and `body` (if any); never ends it. */
export function openRequest(port: number, head: string, body?: Buffer): RawRequest {
  const started = performance.now();
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  let data = Buffer.alloc(0);
  let settle: (a: Answer | null) => void = () => undefined;
  const answer = new Promise<Answer | null>((resolve) => (settle = resolve));
  socket.on('data', (chunk: Buffer) => {
    data = Buffer.concat([data, chunk]);
    const found = firstResponse(data, performance.now() - started);
    if (found) settle(found);
  });
  const closed = new Promise<number>((resolve) =>
    socket.on('close', () => {
      settle(null);
      resolve(performance.now() - started);
    }),
  );
  socket.write(head);
  if (body) socket.write(body);
  return { socket, answer, closed };
}

/** The error code of an answer in the contract's shape. */
export const codeOf = (a: Answer | null) => (a ? (JSON.parse(a.body) as { error?: { code?: string } }).error?.code : undefined);
