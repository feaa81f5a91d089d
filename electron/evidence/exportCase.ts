/**
 * Writes a case's evidence pack to a file and records the export (pack id, the ZIP's SHA-256, options)
 * in the case timeline and the hash-chained audit log, so the pack handed over can later be matched
 * against the app's own record. Used by the CLI and the worker job.
 */
import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../../db/audit';
import { recordCaseExport } from '../../db/cases';
import type { DB } from '../../db/connection';
import { countPosts, selectPostIds } from '../../db/postFilter';
import type { PostFilter } from '../api/filters';
import type { EvidencePackResult, RedactOption } from '../api/types';
import { buildPack } from './buildPack';
import { collectCase, collectPosts } from './collect';
import { sha256Hex } from './jsonl';
import { describeFilter } from './selectionText';

export interface ExportOptions {
  redact?: RedactOption[];
  generatedAt?: string;
  actor: string;
  onProgress?: (done: number, total: number, message: string) => void;
}

/** Writes next to the target and renames, so a half-written pack never sits under the final name. */
export function writeFileAtomic(file: string, data: Uint8Array): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.partial`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** The most posts one pack holds (a 100,000-post PDF is already thousands of pages). */
export const MAX_PACK_POSTS = 100_000;

export async function exportCasePack(
  db: DB,
  caseId: number,
  out: string,
  opts: ExportOptions,
): Promise<EvidencePackResult> {
  const started = performance.now();
  opts.onProgress?.(0, 1, 'Reading the case');
  const data = collectCase(db, caseId, opts.actor);
  const pack = await buildPack(data, {
    generatedAt: opts.generatedAt,
    redact: opts.redact,
    onProgress: opts.onProgress,
  });
  writeFileAtomic(out, pack.zip);
  const sha256 = sha256Hex(pack.zip);
  const result: EvidencePackResult = {
    caseId,
    file: path.resolve(out),
    fileName: path.basename(out),
    bytes: pack.zip.byteLength,
    sha256,
    packId: pack.packId,
    posts: pack.posts,
    generatedAt: pack.generatedAt,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    redacted: pack.redacted,
  };
  recordCaseExport(
    db,
    caseId,
    {
      packId: pack.packId,
      sha256,
      file: result.fileName,
      posts: pack.posts,
      generatedAt: pack.generatedAt,
      redacted: pack.redacted,
    },
    opts.actor,
  );
  return result;
}

/** A pack of the posts an explorer filter matches, not saved as a case (recorded in the audit log). */
export async function exportFilterPack(
  db: DB,
  filter: PostFilter,
  title: string,
  out: string,
  opts: ExportOptions,
): Promise<EvidencePackResult> {
  const started = performance.now();
  opts.onProgress?.(0, 1, 'Finding the posts');
  const total = countPosts(db, filter);
  if (total > MAX_PACK_POSTS)
    throw new Error(
      `That filter matches ${total.toLocaleString('en-GB')} posts; a pack holds at most ${MAX_PACK_POSTS.toLocaleString('en-GB')}. Narrow the filter (dates, people, categories) and try again.`,
    );
  const ids = selectPostIds(db, filter, MAX_PACK_POSTS);
  const data = collectPosts(db, ids, { title, selection: describeFilter(db, filter) }, opts.actor);
  const pack = await buildPack(data, {
    generatedAt: opts.generatedAt,
    redact: opts.redact,
    onProgress: opts.onProgress,
  });
  writeFileAtomic(out, pack.zip);
  const sha256 = sha256Hex(pack.zip);
  appendAudit(db, {
    actor: opts.actor,
    action: 'evidence.export',
    entity: 'pack',
    entityId: pack.packId,
    detail: { filter, title, sha256, file: path.basename(out), posts: pack.posts, redacted: pack.redacted },
  });
  return {
    caseId: 0,
    file: path.resolve(out),
    fileName: path.basename(out),
    bytes: pack.zip.byteLength,
    sha256,
    packId: pack.packId,
    posts: pack.posts,
    generatedAt: pack.generatedAt,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    redacted: pack.redacted,
  };
}
