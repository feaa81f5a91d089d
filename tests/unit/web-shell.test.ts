import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiService } from '../../electron/api/service';
import { STALE_UPLOAD_MS, sweepStaleUploads, uploadDir } from '../../electron/server/upload';
import { startWebShell, type WebShell } from '../../electron/server/webShell';
import { tempDbPath, tempDir } from '../helpers/tmp';

let service: ApiService;
let shell: WebShell;

beforeEach(async () => {
  const renderer = tempDir();
  fs.writeFileSync(path.join(renderer, 'index.html'), '<!doctype html><title>Bulwark</title>');
  service = new ApiService({ dbPath: tempDbPath(), shell: 'web' });
  shell = await startWebShell({ service, rendererDir: renderer, port: 0 });
});
afterEach(async () => {
  await shell.close();
  await service.close();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** Raw HTTP, so tests can send the Host and Origin headers a browser under attack would send. */
function request(
  pathname: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: shell.port,
        path: pathname,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${shell.port}`, ...opts.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

const apiHeaders = () => ({ 'content-type': 'application/json', authorization: `Bearer ${shell.token}` });

describe('web shell', () => {
  it('listens on 127.0.0.1 and prints a URL with the per-run token', () => {
    expect(shell.url).toMatch(
      new RegExp(`^http://127\\.0\\.0\\.1:${shell.port}/\\?token=[A-Za-z0-9_-]{20,}$`),
    );
  });

  it('serves the renderer with a strict content security policy', async () => {
    const r = await request('/');
    expect(r.status).toBe(200);
    expect(r.body).toContain('Bulwark');
    expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(r.headers['content-security-policy']).toMatch(/object-src 'none'/);
    expect(r.headers['x-frame-options']).toBe('DENY');
  });

  it('never serves files outside the renderer folder', async () => {
    const r = await request('/..%2f..%2f..%2fetc%2fpasswd');
    expect(r.status).toBe(404);
  });

  it('answers API calls that carry the token', async () => {
    const r = await request('/api/app.info', { method: 'POST', headers: apiHeaders(), body: '{}' });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: 'Bulwark', shell: 'web' } });
  });

  it('refuses API calls without the token or with a wrong one', async () => {
    const none = await request('/api/app.info', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(none.status).toBe(401);
    const wrong = await request('/api/app.info', {
      method: 'POST',
      headers: { ...apiHeaders(), authorization: 'Bearer guess' },
      body: '{}',
    });
    expect(wrong.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await request('/api/app.info', {
      method: 'POST',
      headers: { ...apiHeaders(), host: `evil.example:${shell.port}` },
      body: '{}',
    });
    expect(r.status).toBe(421);
    const page = await request('/', { headers: { host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('refuses cross-site calls by Origin, even with the token', async () => {
    const r = await request('/api/app.info', {
      method: 'POST',
      headers: { ...apiHeaders(), origin: 'https://evil.example' },
      body: '{}',
    });
    expect(r.status).toBe(403);
    const same = await request('/api/app.info', {
      method: 'POST',
      headers: { ...apiHeaders(), origin: `http://127.0.0.1:${shell.port}` },
      body: '{}',
    });
    expect(same.status).toBe(200);
  });

  it('refuses non-JSON bodies and GET on the API', async () => {
    const form = await request('/api/app.info', {
      method: 'POST',
      headers: { ...apiHeaders(), 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const get = await request('/api/app.info', { headers: apiHeaders() });
    expect(get.status).toBe(405);
    const junk = await request('/api/app.info', { method: 'POST', headers: apiHeaders(), body: '{not json' });
    expect(JSON.parse(junk.body).error.code).toBe('INVALID_INPUT');
  });

  it('reports unknown methods and invalid input as errors, not crashes', async () => {
    const unknown = await request('/api/nope', { method: 'POST', headers: apiHeaders(), body: '{}' });
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.body).error.code).toBe('UNKNOWN_METHOD');
    const invalid = await request('/api/demo.load', {
      method: 'POST',
      headers: apiHeaders(),
      body: '{"posts":-1}',
    });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.code).toBe('INVALID_INPUT');
  });

  it('accepts a file upload for import with the token, streaming it to a private temp file', async () => {
    const body = 'line one\nline two\n';
    const r = await request('/api/upload?name=..%2F..%2Fevil%20name.jsonl', {
      method: 'POST',
      headers: { authorization: `Bearer ${shell.token}`, 'content-type': 'application/octet-stream' },
      body,
    });
    expect(r.status).toBe(200);
    const value = JSON.parse(r.body).value as { path: string; name: string };
    expect(value.name).toBe('evil name.jsonl');
    expect(fs.readFileSync(value.path, 'utf8')).toBe(body);
    expect(path.basename(value.path)).toMatch(/^[0-9a-f]{16}-evil name\.jsonl$/);
    const noToken = await request('/api/upload?name=x', {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream' },
      body,
    });
    expect(noToken.status).toBe(401);
    // Uploads are copies of people's posts: closing the shell deletes this run's.
    await shell.close();
    expect(fs.existsSync(value.path)).toBe(false);
  });

  it('deletes uploads a killed run left behind once they are a day old, and no others', () => {
    const dir = uploadDir();
    fs.mkdirSync(dir, { recursive: true });
    const stale = path.join(dir, `stale-${process.pid}.jsonl`);
    const fresh = path.join(dir, `fresh-${process.pid}.jsonl`);
    fs.writeFileSync(stale, 'x');
    fs.writeFileSync(fresh, 'x');
    const twoDaysAgo = (Date.now() - 2 * STALE_UPLOAD_MS) / 1000;
    fs.utimesSync(stale, twoDaysAgo, twoDaysAgo);
    expect(sweepStaleUploads()).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(stale)).toBe(false);
    expect(fs.existsSync(fresh)).toBe(true);
    fs.rmSync(fresh);
  });

  it('pushes events over Server-Sent Events', async () => {
    const received = new Promise<string>((resolve, reject) => {
      const req = http.get(
        {
          host: '127.0.0.1',
          port: shell.port,
          path: `/api/events?token=${shell.token}`,
          headers: { host: `127.0.0.1:${shell.port}` },
        },
        (res) => {
          expect(res.headers['content-type']).toBe('text/event-stream');
          let buf = '';
          res.on('data', (c) => {
            buf += c;
            const m = buf.match(/data: (.*)\n\n/);
            if (m) {
              resolve(m[1]!);
              req.destroy();
            }
          });
          // Once connected, cause an event.
          void request('/api/settings.set', {
            method: 'POST',
            headers: apiHeaders(),
            body: '{"reviewerName":"Sam"}',
          });
        },
      );
      req.on('error', (e) =>
        e.message.includes('aborted') || e.message.includes('socket hang up') ? undefined : reject(e),
      );
    });
    expect(JSON.parse(await received)).toEqual({ type: 'data-changed', tables: ['settings'] });
    const noToken = await request('/api/events');
    expect(noToken.status).toBe(401);
  });
});
