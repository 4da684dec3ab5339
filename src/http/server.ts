// The process's HTTP endpoint: health and metrics for orchestrators, and the routes adapters add
// (the Telegram webhook). node:http is enough; there is no HTML to serve.
import http from 'node:http';
import type { Logger } from '../log.ts';
import { collectProcessMetrics, registry } from '../metrics/index.ts';

/** Thrown by a health check to report why the process is unhealthy; the reason is shown. */
export class UnhealthyError extends Error {}

export type RouteHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>;

export interface HttpServer {
  /** Adds a route for an exact path (any method); the handler owns the response. */
  route(path: string, handler: RouteHandler): void;
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
  readonly server: http.Server;
}

/** Limits that cut slow or stalled clients (slowloris) before they pile up open sockets. */
export interface HttpTimeouts {
  /** Time to receive a request's headers. Default 10 s. */
  headersTimeoutMs?: number;
  /** Time to receive a whole request, body included. Default 30 s. */
  requestTimeoutMs?: number;
  /** A connection with no traffic for this long is closed. Default 30 s. */
  idleTimeoutMs?: number;
}

export function createHttpServer(
  log: Logger,
  health: () => Promise<Record<string, unknown>> = async () => ({}),
  timeouts: HttpTimeouts = {},
): HttpServer {
  const headersTimeout = timeouts.headersTimeoutMs ?? 10_000;
  const requestTimeout = Math.max(timeouts.requestTimeoutMs ?? 30_000, headersTimeout);
  const routes = new Map<string, RouteHandler>();
  routes.set('/health', async (_req, res) => {
    try {
      const details = await health();
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ ok: true, ...details }));
    } catch (err) {
      const reason = err instanceof UnhealthyError ? err.message : undefined;
      if (!reason) log.warn({ err }, 'health check failed');
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ ok: false, reason }));
    }
  });
  // Prometheus scrapes this (docs/operations.md).
  collectProcessMetrics();
  routes.set('/metrics', async (_req, res) => {
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType }).end(body);
  });
  const server = http.createServer(
    // Node checks the header and request timeouts only this often (30 s by default).
    { headersTimeout, requestTimeout, connectionsCheckingInterval: Math.min(1000, headersTimeout / 2) },
    (req, res) => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const handler = routes.get(path);
      if (!handler) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      Promise.resolve(handler(req, res)).catch((err: unknown) => {
        log.error({ err, path }, 'http handler failed');
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('internal error');
      });
    },
  );
  // Without a 'timeout' listener Node destroys a socket idle for this long.
  server.setTimeout(timeouts.idleTimeoutMs ?? 30_000);
  return {
    server,
    route(path, handler) {
      routes.set(path, handler);
    },
    listen(port, host = '0.0.0.0') {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    close() {
      return new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
