import { readFile } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { FIXTURES_DIR } from './paths';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.png': 'image/png' };

export interface FixtureServer {
  origin: string;
  close: () => Promise<void>;
}

/** Serves tests/fixtures on 127.0.0.1 at a free port: the "chat app" pages the extension covers. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const pathname = url.pathname;
    // `?isolated`: cross-origin isolated, where performance.now() is precise to microseconds
    // instead of a tenth of a millisecond (the bench times the hook with it).
    const isolation = url.searchParams.has('isolated') ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {};
    const file = path.join(FIXTURES_DIR, path.normalize(pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(FIXTURES_DIR)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...isolation }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
