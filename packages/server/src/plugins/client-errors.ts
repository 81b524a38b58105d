import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';

const KNOWN: Record<string, [status: number, code: string, message: string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'REQUEST_TIMEOUT', "the request did not arrive in time (see the server's request timeout)"],
  HPE_HEADER_OVERFLOW: [431, 'HEADERS_TOO_LARGE', 'the request headers are too large'],
};

/**
 * Errors of a connection before any route answers (Node's clientError): a request that did not
 * arrive within the request or header timeout, headers too large, bytes that are not HTTP. The
 * answer is in the contract's shape, and only when nothing was answered on the connection yet (a
 * body still arriving after its request was refused); the connection is closed either way.
 */
export function clientErrorReply(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, code, message] = KNOWN[error.code ?? ''] ?? [400, 'BAD_REQUEST', 'the request could not be read as HTTP'];
  const answering = (socket as Socket & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage;
  if (socket.writable && !answering?.headersSent) {
    const body = JSON.stringify({ error: { code, message } });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ` +
        `${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
