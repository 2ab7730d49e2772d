/**
 * Serves helpdesk fixture pages over HTTPS on loopback, so that with Chromium's
 * `--host-resolver-rules` a fixture answers at its helpdesk's real host name and the manifest's real
 * `https://` match patterns are exercised. Used by the e2e suite and by `npm run dev` (demo ticket).
 *
 * Routes: `route(host, path, file)` serves `test/fixtures/<file>` at `https://<host>:<port><path>`
 * (query ignored, as helpdesks ignore it); any host serves `/__fixtures/<file>` directly.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const fixturesDir = join(projectRoot, 'test/fixtures');
export const artifactsDir = join(projectRoot, 'test/artifacts');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A self-signed certificate for the fixture server, made once with openssl and kept in test/artifacts. */
function fixtureCertificate(): { key: Buffer; cert: Buffer } {
  const dir = join(artifactsDir, 'tls');
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  if (!existsSync(keyFile) || !existsSync(certFile)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync(
        'openssl',
        ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '30', '-subj', '/CN=near-miss-fixtures',
          '-keyout', keyFile, '-out', certFile],
        { stdio: 'pipe' },
      );
    } catch (error) {
      throw new Error(`The fixture server needs openssl to make a test certificate (apt-get install openssl): ${String(error)}`);
    }
  }
  return { key: readFileSync(keyFile), cert: readFileSync(certFile) };
}

export interface FixtureServer {
  port: number;
  /** `https://<host>:<port><path>` */
  url(host: string, path: string): string;
  /** Serve `test/fixtures/<file>` at `host` + `path` from now on. */
  route(host: string, path: string, file: string): void;
  /** Answer `host` + `path` with a handler instead (for live-chat feeds and the like). */
  handle(host: string, path: string, handler: (request: IncomingMessage, response: ServerResponse) => void): void;
  close(): Promise<void>;
}

function sendFile(response: ServerResponse, file: string): void {
  const path = normalize(join(fixturesDir, file));
  if (!path.startsWith(fixturesDir + sep) || !existsSync(path)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture ${file}`);
    return;
  }
  response
    .writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    .end(readFileSync(path));
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const routes = new Map<string, (request: IncomingMessage, response: ServerResponse) => void>();
  const server = createServer(fixtureCertificate(), (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const path = new URL(request.url ?? '/', 'https://fixture.invalid').pathname;
    if (path.startsWith('/__fixtures/')) return sendFile(response, decodeURIComponent(path.slice('/__fixtures/'.length)));
    const handler = routes.get(`${host}${path}`);
    if (handler) return handler(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' }).end(`no route for ${host}${path}`);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const actualPort = (server.address() as AddressInfo).port;
  return {
    port: actualPort,
    url: (host, path) => `https://${host}:${actualPort}${path}`,
    route(host, path, file) {
      routes.set(`${host.toLowerCase()}${path}`, (_request, response) => sendFile(response, file));
    },
    handle(host, path, handler) {
      routes.set(`${host.toLowerCase()}${path}`, handler);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The bundled demo ticket's address, shared by `npm run dev` and the e2e suite. */
export const demoTicket = { host: 'nearmiss-demo.zendesk.com', path: '/agent/tickets/1042', file: 'demo/ticket.html' } as const;
