import net from 'node:net';

/**
 * A link between the browser and the server that a test can cut: a TCP relay on its own port. Down,
 * it closes every open connection and refuses new ones, so the page, its service worker and its
 * event stream all lose the server, as on a phone that lost its signal (the browser's own offline
 * switch does not reach a service worker's requests).
 */
export interface Link {
  url: string;
  up(): void;
  down(): void;
  close(): Promise<void>;
}

export async function linkTo(target: string): Promise<Link> {
  const { hostname, port } = new URL(target);
  let open = true;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!open) return client.destroy();
    const upstream = net.connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    for (const s of [client, upstream]) {
      s.on('error', end);
      s.on('close', end);
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port: own } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${own}`,
    up: () => {
      open = true;
    },
    down: () => {
      open = false;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
