import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../../db/audit';
import type { DB } from '../../db/connection';
import { LabelWriter } from '../../db/labels';
import { indexNewPosts, PostWriter } from '../../db/posts';
import { nowIso } from '../../db/time';
import type { ImportFileSummary, ImportProgress } from '../api/types';

export type { ImportProgress };
import type { Classifier } from '../classify/index';
import { classifierVersionFor, listFormats, NeedsMappingError, type BatchItem } from './batches';
import { batchSource } from './batchSource';
import { GroupCommit } from './groupCommit';
import { ImportFileError } from './errors';
import { rememberMapping, type ColumnMapping } from './generic';
import type { PrepareConfig } from './prepare';

export interface ImportOptions {
  /** Name to record instead of the path's base name (uploads arrive under temporary names). */
  displayName?: string;
  /** Force a format by name instead of detecting it. */
  format?: string;
  /** Column mapping for generic CSV/TSV/NDJSON (source column per Bulwark field). */
  mapping?: ColumnMapping;
  /** Platform for generic files whose rows do not say. */
  platform?: string;
  isCancelled?: () => boolean;
  onProgress?: (p: ImportProgress) => void;
  /** Classifier for new posts (default: the one configured in this database); null to skip. */
  classifier?: Classifier | null;
  actor?: string;
  /** Prepare batches on a worker thread (default: for files of 8 MB and more). */
  parallel?: boolean;
}

/** What importing one file did (the API returns the same shape to the renderer). */
export type FileSummary = ImportFileSummary;

const MAX_ERRORS_IN_SUMMARY = 100;
const MAX_REJECTS_STORED = 50_000;
const IMPORT_AUTOCHECKPOINT_PAGES = 20_000;

/**
 * Imports one file: detect the format from its content, map each record, match mentions, classify,
 * write in grouped transactions (each group of batches commits its posts, labels, mentions and the
 * import's counters together, so a crash leaves counts that match the rows; groupCommit.ts), then index
 * the new posts for search in one pass. Large files are read and prepared on a second thread while this one writes (batchSource.ts).
 * A bad record is rejected with its line and reason; the rest of the file still imports.
 */
export async function importFile(db: DB, file: string, opts: ImportOptions = {}): Promise<FileSummary> {
  recoverInterrupted(db);
  const name = opts.displayName ?? path.basename(file);
  const importId = Number(
    db
      .prepare(
        'INSERT INTO imports (file_name, file_path, status, started_at, options) VALUES (?, ?, ?, ?, ?)',
      )
      .run(
        name,
        path.resolve(file),
        'running',
        nowIso(),
        JSON.stringify({ format: opts.format, mapping: opts.mapping, platform: opts.platform }),
      ).lastInsertRowid,
  );
  const summary: FileSummary = {
    file,
    importId,
    format: null,
    status: 'done',
    read: 0,
    inserted: 0,
    duplicates: 0,
    rejected: 0,
    errors: [],
  };
  const config: PrepareConfig = opts.classifier === undefined ? {} : { classifier: opts.classifier };
  const version = classifierVersionFor(db, config);
  const posts = new PostWriter(db);
  const labels = new LabelWriter(db);
  const insertReject = db.prepare(
    'INSERT INTO import_rejects (import_id, line, reason, raw) VALUES (?, ?, ?, ?)',
  );
  const updateCounts = db.prepare(
    'UPDATE imports SET format = ?, read_count = ?, inserted_count = ?, duplicate_count = ?, rejected_count = ? WHERE id = ?',
  );
  const touchedAccounts = new Set<number>();
  const accountIds = new Map<string, number>();
  // Checkpoints every 80 MB of WAL instead of 4 MB while loading: index pages that many commits touch are
  // copied into the database once rather than every few batches (about a tenth less CPU per import).
  const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  db.pragma(`wal_autocheckpoint = ${IMPORT_AUTOCHECKPOINT_PAGES}`);
  const started = performance.now();
  let lastProgress = 0;
  let bytes = 0;
  let totalBytes = 0;
  let end: Extract<BatchItem, { kind: 'end' }> | null = null;

  const writeBatch = (batch: Extract<BatchItem, { kind: 'batch' }>) => {
    summary.read += batch.read;
    summary.format = batch.format ?? summary.format;
    for (const p of batch.posts) {
      let accountId: number | null = null;
      if (p.author) {
        const key = `${p.author.platform}\u0000${p.author.platformUserId}`;
        accountId = accountIds.get(key) ?? null;
        if (accountId === null) {
          accountId = posts.account(p.author, p.row.createdAt);
          accountIds.set(key, accountId);
        }
        touchedAccounts.add(accountId);
      }
      const res = posts.insertRow(p.row, accountId, importId);
      if (res.inserted) {
        summary.inserted++;
        for (const m of p.mentions) posts.mention(res.id, m.personId, m.how);
        if (version && p.labels.length) labels.insertOnly(res.id, p.labels, version);
      } else summary.duplicates++;
    }
    for (const r of batch.rejects) {
      summary.rejected++;
      if (summary.errors.length < MAX_ERRORS_IN_SUMMARY)
        summary.errors.push({ line: r.line, reason: r.reason });
      if (summary.rejected <= MAX_REJECTS_STORED) insertReject.run(importId, r.line, r.reason, r.raw ?? null);
    }
    updateCounts.run(
      summary.format,
      summary.read,
      summary.inserted,
      summary.duplicates,
      summary.rejected,
      importId,
    );
  };
  // What the database holds for this import as of the last commit; a failed write rolls back to it.
  let committed = countsOf(summary);
  const group = new GroupCommit(db, () => (committed = countsOf(summary)));

  const progress = (force = false) => {
    const now = performance.now();
    if (!opts.onProgress || (!force && now - lastProgress < 200)) return;
    lastProgress = now;
    const secs = (now - started) / 1000;
    const rate = bytes / Math.max(secs, 0.001);
    opts.onProgress({
      file,
      bytes,
      totalBytes,
      records: summary.read,
      inserted: summary.inserted,
      duplicates: summary.duplicates,
      rejected: summary.rejected,
      postsPerSecond: Math.round(summary.read / Math.max(secs, 0.001)),
      secondsLeft: bytes > 0 && totalBytes > bytes ? Math.round((totalBytes - bytes) / rate) : null,
    });
  };

  try {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw new ImportFileError(
        'UNREADABLE',
        `${file} does not exist or is not a file. Check the path and try again.`,
      );
    }
    totalBytes = fs.statSync(file).size;
    const req = { file, name, format: opts.format, mapping: opts.mapping, platform: opts.platform };
    for await (const item of batchSource(db, req, { parallel: opts.parallel, config })) {
      if (opts.isCancelled?.()) throw new ImportFileError('CANCELLED', 'Import cancelled.');
      if (item.kind === 'end') {
        end = item;
        summary.format = item.format;
        continue;
      }
      bytes = item.bytes;
      group.write(item.posts.length + item.rejects.length, () => writeBatch(item));
      progress();
    }
    group.commit();
    if (opts.mapping && end?.header && summary.format === 'generic')
      rememberMapping(db, end.header, opts.mapping);
  } catch (err) {
    // Batches already written stay (each is whole); one whose write failed was rolled back with its
    // group, and the counts go back to what the database holds.
    try {
      group.commit();
    } catch {
      group.rollback();
    }
    restoreCounts(summary, committed);
    summary.status = err instanceof ImportFileError && err.code === 'CANCELLED' ? 'cancelled' : 'failed';
    summary.message = err instanceof Error ? err.message : String(err);
    if (err instanceof NeedsMappingError) summary.needsMapping = err.needs;
  } finally {
    db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
  }

  finishAccounts(db, touchedAccounts);
  indexNewPosts(db);
  db.prepare(
    'UPDATE imports SET status = ?, finished_at = ?, file_sha256 = ?, file_size = ?, message = ?, format = ?, read_count = ?, inserted_count = ?, duplicate_count = ?, rejected_count = ? WHERE id = ?',
  ).run(
    summary.status,
    nowIso(),
    summary.status === 'done' ? (end?.sha256 ?? null) : null,
    totalBytes || null,
    summary.message ?? null,
    summary.format,
    summary.read,
    summary.inserted,
    summary.duplicates,
    summary.rejected,
    importId,
  );
  appendAudit(db, {
    actor: opts.actor ?? 'system',
    action: `import.${summary.status}`,
    entity: 'import',
    entityId: importId,
    detail: {
      file: name,
      format: summary.format,
      read: summary.read,
      inserted: summary.inserted,
      duplicates: summary.duplicates,
      rejected: summary.rejected,
    },
  });
  progress(true);
  return summary;
}

export { listFormats, NeedsMappingError };

type Counts = ReturnType<typeof countsOf>;

function countsOf(s: FileSummary) {
  const { format, read, inserted, duplicates, rejected } = s;
  return { format, read, inserted, duplicates, rejected, errors: s.errors.length };
}

function restoreCounts(s: FileSummary, c: Counts): void {
  Object.assign(s, { ...c, errors: s.errors.slice(0, c.errors) });
}

/** Widens each touched account's first/last seen to cover its posts (one query per account, indexed). */
function finishAccounts(db: DB, ids: Set<number>): void {
  const stmt = db.prepare(
    `UPDATE accounts SET first_seen = (SELECT min(created_at) FROM posts WHERE account_id = @id),
       last_seen = (SELECT max(created_at) FROM posts WHERE account_id = @id) WHERE id = @id`,
  );
  db.transaction(() => {
    for (const id of ids) stmt.run({ id });
  })();
}

/** An import left 'running' by a killed process is marked interrupted; its committed posts are indexed. */
export function recoverInterrupted(db: DB): number {
  const n = db
    .prepare(
      "UPDATE imports SET status = 'failed', finished_at = ?, message = 'Interrupted before it finished; import the file again to complete it (nothing will be duplicated).' WHERE status = 'running'",
    )
    .run(nowIso()).changes;
  if (n > 0) indexNewPosts(db);
  return n;
}
