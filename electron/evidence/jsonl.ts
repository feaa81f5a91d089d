/**
 * posts.jsonl: each post's source record exactly as it was imported, one per line, in report order.
 * Records are single-line JSON as stored; a record that somehow holds a line break is written as a
 * JSON string instead (the manifest says which), so line N is always post N.
 */
import crypto from 'node:crypto';
import type { PackData } from './types';

export interface JsonlOut {
  text: string;
  /** SHA-256 of each line's record (the bytes of the line without its newline). */
  hashes: string[];
  /** Posts (0-based) whose record had to be written as a JSON string. */
  encoded: Set<number>;
}

export function sha256Hex(data: string | Uint8Array): string {
  return crypto.createHash('sha256').update(data).digest('hex');
}

export function renderJsonl(data: PackData): JsonlOut {
  const lines: string[] = [];
  const hashes: string[] = [];
  const encoded = new Set<number>();
  data.posts.forEach((p, i) => {
    let line = p.raw;
    if (/[\r\n]/.test(line)) {
      line = JSON.stringify(line);
      encoded.add(i);
    }
    lines.push(line);
    hashes.push(sha256Hex(line));
  });
  return { text: lines.length ? `${lines.join('\n')}\n` : '', hashes, encoded };
}
