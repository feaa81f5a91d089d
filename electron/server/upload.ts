import crypto from 'node:crypto';
import fs from 'node:fs';
import type http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

/** Where the web shell keeps files uploaded for import (the browser cannot hand over a path). */
export function uploadDir(): string {
  return path.join(os.tmpdir(), 'bulwark-uploads');
}

/** Uploads older than this are from a web shell that was killed before it could tidy up. */
export const STALE_UPLOAD_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes uploads left by earlier runs (older than a day). Uploaded files are copies of people's posts:
 * they should not outlive the session that needed them. Returns how many were removed.
 */
export function sweepStaleUploads(now = Date.now(), maxAgeMs = STALE_UPLOAD_MS): number {
  const dir = uploadDir();
  if (!fs.existsSync(dir)) return 0;
  let removed = 0;
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    try {
      if (now - fs.statSync(file).mtimeMs > maxAgeMs) {
        fs.rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // Another shell removed it first.
    }
  }
  return removed;
}

/**
 * Streams a request body to a new file under uploadDir(), never holding it in memory. The stored
 * name is random; the original name is only kept for display (and sanitised).
 */
export async function receiveUpload(
  req: http.IncomingMessage,
  displayName: string,
  maxBytes: number,
): Promise<{ path: string; name: string }> {
  const dir = uploadDir();
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const name =
    path
      .basename(displayName)
      .replace(/[^\w.\- ()]+/g, '_')
      .slice(0, 200) || 'upload';
  const file = path.join(dir, `${crypto.randomBytes(8).toString('hex')}-${name}`);
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > maxBytes)
      req.destroy(new Error(`The file is larger than ${Math.round(maxBytes / 1024 ** 3)} GB.`));
  });
  try {
    await pipeline(req, fs.createWriteStream(file, { mode: 0o600 }));
  } catch (err) {
    fs.rmSync(file, { force: true });
    throw err;
  }
  return { path: file, name };
}
