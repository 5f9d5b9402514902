import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  /** For Chromium's --proxy-server. */
  address: string;
  /** Every request the browser tried to make off this machine: "GET http://…" or "CONNECT host:443". */
  requests: string[];
  close: () => Promise<void>;
}

/**
 * An HTTP proxy that forwards nothing: it records what the browser tried to reach and refuses it.
 * Loopback stays direct (Chromium's default bypass), so the fixture pages load as usual and
 * whatever reaches this proxy was a request to somewhere else.
 */
export async function startRecordingProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { address: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
