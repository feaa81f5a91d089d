import crypto from 'node:crypto';
import fs from 'node:fs';
import { PassThrough, type Readable } from 'node:stream';
import zlib from 'node:zlib';

/** An opened input file: decompressed bytes, plus how far through the file on disk we are. */
export interface Source {
  stream: Readable;
  size: number;
  gzip: boolean;
  /** Bytes of the file on disk read so far (for progress and rate). */
  bytesRead(): number;
  /** SHA-256 of the file on disk, complete once the stream has ended. */
  sha256(): string;
}

/** Opens a file, transparently gunzipping it when its first bytes say it is gzip (not its name). */
export function openSource(file: string): Source {
  const size = fs.statSync(file).size;
  const fd = fs.openSync(file, 'r');
  const magic = Buffer.alloc(2);
  fs.readSync(fd, magic, 0, 2, 0);
  fs.closeSync(fd);
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;

  const hash = crypto.createHash('sha256');
  let read = 0;
  const raw = fs.createReadStream(file, { highWaterMark: 1 << 20 });
  raw.on('data', (chunk) => {
    read += chunk.length;
    hash.update(chunk);
  });
  const stream = gzip ? raw.pipe(zlib.createGunzip()) : raw.pipe(new PassThrough({ highWaterMark: 1 << 20 }));
  raw.on('error', (err) => stream.destroy(err));
  return {
    stream,
    size,
    gzip,
    bytesRead: () => read,
    sha256: () => hash.copy().digest('hex'),
  };
}
