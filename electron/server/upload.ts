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
