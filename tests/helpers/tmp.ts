import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Every folder handed out, so tests/helpers/cleanup.ts can remove them when the test file ends: a full
// `npm test` creates hundreds of databases (some 70 MB), and a developer's /tmp should not keep them.
const created: string[] = [];

/** A fresh temp folder; each test gets its own database file. Removed when the test file finishes. */
export function tempDir(prefix = 'bulwark-test-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  created.push(dir);
  return dir;
}

export function tempDbPath(): string {
  return path.join(tempDir(), 'bulwark.db');
}

/** Removes every folder tempDir() made in this process (open SQLite files included: Linux allows it). */
export function removeTempDirs(): number {
  let n = 0;
  for (const dir of created.splice(0)) {
    fs.rmSync(dir, { recursive: true, force: true });
    n++;
  }
  return n;
}

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
