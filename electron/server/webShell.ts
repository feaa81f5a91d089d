import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiService } from '../api/service';
import type { ApiResult } from '../api/types';
import {
  bearerToken,
  hostAllowed,
  newToken,
  originAllowed,
  SECURITY_HEADERS,
  tokenMatches,
} from './security';
import { serveStatic } from './static';
import { receiveUpload, sweepStaleUploads } from './upload';

export interface WebShellOptions {
  service: ApiService;
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** Largest accepted API request body. */
  maxBodyBytes?: number;
  /** Largest accepted file upload (imports in the browser). */
  maxUploadBytes?: number;
}

export interface WebShell {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The web shell: the built renderer and the API over HTTP, on 127.0.0.1 only. Every API call needs the
 * per-run token; every request must name our loopback host (DNS rebinding) and, if it has an Origin,
 * come from our own origin (cross-site calls).
 */
export function startWebShell(opts: WebShellOptions): Promise<WebShell> {
  const token = opts.token ?? newToken();
  const maxBody = opts.maxBodyBytes ?? 8 * 1024 * 1024;
  let port = opts.port ?? 0;
  const streams = new Set<http.ServerResponse>();
  // This run's uploads are deleted when it closes (they are only needed until imported); a run that was
  // killed leaves them to the next start's sweep.
  const uploads = new Set<string>();
  sweepStaleUploads();

  const send = (res: http.ServerResponse, status: number, body: ApiResult<unknown>) => {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    });
    res.end(JSON.stringify(body));
  };
  const refuse = (res: http.ServerResponse, status: number, code: string, message: string) =>
    send(res, status, { ok: false, error: { code, message } });

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!hostAllowed(req, port))
      return refuse(res, 421, 'FORBIDDEN', 'Requests must be addressed to 127.0.0.1 or localhost.');
    if (!originAllowed(req, port))
      return refuse(res, 403, 'FORBIDDEN', 'Cross-site requests are not allowed.');

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return refuse(res, 405, 'FORBIDDEN', 'Use GET for the event stream.');
      if (!tokenMatches(url.searchParams.get('token'), token))
        return refuse(res, 401, 'FORBIDDEN', 'Missing or wrong access token.');
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }

    if (url.pathname === '/api/upload') {
      if (req.method !== 'POST') return refuse(res, 405, 'FORBIDDEN', 'Uploads use POST.');
      if (!tokenMatches(bearerToken(req), token))
        return refuse(res, 401, 'FORBIDDEN', 'Missing or wrong access token.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/octet-stream')) {
        return refuse(res, 415, 'INVALID_INPUT', 'Uploads must be sent as application/octet-stream.');
      }
      receiveUpload(req, url.searchParams.get('name') ?? 'upload', opts.maxUploadBytes ?? 8 * 1024 ** 3)
        .then((value) => {
          uploads.add(value.path);
          send(res, 200, { ok: true, value });
        })
        .catch((err: Error) => refuse(res, 413, 'INVALID_INPUT', `The upload failed: ${err.message}`));
      return;
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'FORBIDDEN', 'API calls use POST.');
      if (!tokenMatches(bearerToken(req), token))
        return refuse(res, 401, 'FORBIDDEN', 'Missing or wrong access token.');
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(
          res,
          415,
          'INVALID_INPUT',
          'API calls must send JSON (content-type: application/json).',
        );
      }
      const method = decodeURIComponent(url.pathname.slice('/api/'.length));
      readBody(req, maxBody)
        .then(async (text) => {
          let args: unknown;
          try {
            args = text.length ? JSON.parse(text) : {};
          } catch {
            return refuse(res, 400, 'INVALID_INPUT', 'The request body is not valid JSON.');
          }
          const result = await opts.service.dispatch(method, args);
          const status = result.ok
            ? 200
            : result.error.code === 'UNKNOWN_METHOD'
              ? 404
              : result.error.code === 'INVALID_INPUT'
                ? 400
                : 200;
          send(res, status, result);
        })
        .catch((err: Error) => refuse(res, 413, 'INVALID_INPUT', err.message));
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'FORBIDDEN', 'Method not allowed.');
    if (!serveStatic(opts.rendererDir, url.pathname, res, SECURITY_HEADERS)) {
      res.writeHead(404, { ...SECURITY_HEADERS, 'content-type': 'text/plain' });
      res.end('Not found');
    }
  });

  const unsubscribe = opts.service.on((event) => {
    const frame = `data: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(frame);
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () =>
          new Promise<void>((done) => {
            unsubscribe();
            for (const s of streams) s.end();
            server.close(() => {
              for (const file of uploads) fs.rmSync(file, { force: true });
              done();
            });
            server.closeAllConnections();
          }),
      });
    });
  });
}

function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error(`The request is larger than ${Math.round(limit / 1024 / 1024)} MB.`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
