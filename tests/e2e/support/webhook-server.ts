import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookServer {
  /** http://127.0.0.1:<port>/hook */
  url: string;
  /** Every request body it received, in order, parsed. */
  posts: Record<string, unknown>[];
  /** "ok" answers 200; "hold" takes the request and never answers (until released). */
  mode: 'ok' | 'hold';
  /** Answers every held request now (a broken connection, as when the sender went away). */
  dropHeld: () => void;
  /** Closes the port: requests fail to connect, as with a server that is down. */
  stop: () => Promise<void>;
  /** Opens the same port again. */
  start: () => Promise<void>;
  close: () => Promise<void>;
}

/** A webhook receiver on 127.0.0.1 for the outbox tests: Slack-like, it takes {"text"}. */
export async function startWebhookServer(): Promise<WebhookServer> {
  const held: http.ServerResponse[] = [];
  let server: http.Server;
  let port = 0;
  const state: WebhookServer = {
    url: '',
    posts: [],
    mode: 'ok',
    dropHeld: () => held.splice(0).forEach((res) => res.destroy()),
    stop: () => new Promise((resolve) => server.close(() => resolve())),
    start: () => listen(),
    close: async () => {
      state.dropHeld();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const listen = () =>
    new Promise<void>((resolve) => {
      server = http.createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          try {
            state.posts.push(JSON.parse(body));
          } catch {
            state.posts.push({ unparsed: body });
          }
          if (state.mode === 'hold') held.push(res);
          else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        });
      });
      server.listen(port, '127.0.0.1', () => {
        port = (server.address() as AddressInfo).port;
        state.url = `http://127.0.0.1:${port}/hook`;
        resolve();
      });
    });
  await listen();
  return state;
}
