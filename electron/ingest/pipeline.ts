import fs from 'node:fs';
import path from 'node:path';
import { appendAudit } from '../../db/audit';
import type { DB } from '../../db/connection';
import { indexNewPosts, PostWriter } from '../../db/posts';
import { getSetting } from '../../db/settings';
import { nowIso } from '../../db/time';
import {
  createGenericMapper,
  mappingProblems,
  rememberedMapping,
  rememberMapping,
  suggestMapping,
  type ColumnMapping,
} from './generic';
import { EXPECTED_FORMATS, ImportFileError } from './errors';
import { MentionMatcher } from './matcher';
import { detectMapper, mapperByName, MAPPERS } from './mappers/index';
import { openSource } from './source';
import type { Container, FormatMapper, NormalizedPost } from './types';
import { readUnits } from './units';
import { classifierFor } from '../labelling/classifierFromSettings';
import { labelPosts } from '../labelling/labelPosts';
import type { Classifier } from '../classify/index';

export interface ImportProgress {
  file: string;
  bytes: number;
  totalBytes: number;
  records: number;
  inserted: number;
  duplicates: number;
  rejected: number;
  postsPerSecond: number;
  secondsLeft: number | null;
}

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
}

export interface FileSummary {
  file: string;
  importId: number;
  format: string | null;
  status: 'done' | 'failed' | 'cancelled';
  read: number;
  inserted: number;
  duplicates: number;
  rejected: number;
  /** The first errors (all are kept in import_rejects). */
  errors: { line: number; reason: string }[];
  message?: string;
  /** Set when a CSV/NDJSON needs a column mapping: its columns and our guess. */
  needsMapping?: { header: string[]; suggested: ColumnMapping };
}

const BATCH_POSTS = 5000;
const MAX_ERRORS_IN_SUMMARY = 100;
const MAX_REJECTS_STORED = 50_000;

interface Pending {
  np: NormalizedPost;
  line: number;
}

/**
 * Imports one file: detect the format from its content, map each record, match mentions, write in
 * batched transactions (each batch commits its posts, mentions and the import's counters together, so
 * a crash leaves counts that match the rows), then index the new posts for search in one pass.
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
  const writer = new PostWriter(db);
  const matcher = new MentionMatcher(db);
  const dropUnmatched = getSetting(db, 'import.dropUnmatched', false);
  // New posts are classified in the same transaction that inserts them: never a post without a verdict.
  const classifier = opts.classifier === undefined ? classifierFor(db) : opts.classifier;
  const insertReject = db.prepare(
    'INSERT INTO import_rejects (import_id, line, reason, raw) VALUES (?, ?, ?, ?)',
  );
  const updateCounts = db.prepare(
    'UPDATE imports SET format = ?, read_count = ?, inserted_count = ?, duplicate_count = ?, rejected_count = ? WHERE id = ?',
  );
  const touchedAccounts = new Set<number>();
  const accountIds = new Map<string, number>();
  let pending: Pending[] = [];
  let pendingRejects: { line: number; reason: string; raw?: string }[] = [];
  const started = performance.now();
  let lastProgress = 0;
  let source: ReturnType<typeof openSource> | undefined;

  const reject = (line: number, reason: string, raw?: string) => {
    summary.rejected++;
    if (summary.errors.length < MAX_ERRORS_IN_SUMMARY) summary.errors.push({ line, reason });
    if (summary.rejected <= MAX_REJECTS_STORED) pendingRejects.push({ line, reason, raw });
  };

  const flush = db.transaction((batch: Pending[], rejects: typeof pendingRejects) => {
    const fresh: { id: number; text: string }[] = [];
    for (const { np } of batch) {
      const p = np.post;
      const mentions = matcher.match({
        ...p,
        mentionedHandles: np.mentionedHandles,
        mentionedAccountIds: np.mentionedAccountIds,
      });
      if (mentions.length === 0 && dropUnmatched) continue;
      let accountId: number | null = null;
      if (np.author) {
        const key = `${np.author.platform}\u0000${np.author.platformUserId}`;
        accountId = accountIds.get(key) ?? null;
        if (accountId === null) {
          accountId = writer.account(np.author, p.createdAt);
          accountIds.set(key, accountId);
        }
        touchedAccounts.add(accountId);
      }
      const mentioned = [
        ...np.mentionedHandles.map((h) => '@' + h),
        ...np.mentionedAccountIds.map((a) => 'id:' + a),
      ].join(' ');
      const res = writer.post({ ...p, importId, mentioned }, accountId, mentions.length > 0);
      if (res.inserted) {
        summary.inserted++;
        for (const m of mentions) writer.mention(res.id, m.personId, m.how);
        fresh.push({ id: res.id, text: p.text });
      } else summary.duplicates++;
    }
    for (const r of rejects) insertReject.run(importId, r.line, r.reason, r.raw ?? null);
    if (classifier && fresh.length) labelPosts(db, classifier, fresh, true);
    updateCounts.run(
      summary.format,
      summary.read,
      summary.inserted,
      summary.duplicates,
      summary.rejected,
      importId,
    );
  });

  const commit = () => {
    flush(pending, pendingRejects);
    pending = [];
    pendingRejects = [];
  };

  const progress = (force = false) => {
    const now = performance.now();
    if (!opts.onProgress || (!force && now - lastProgress < 200)) return;
    lastProgress = now;
    const secs = (now - started) / 1000;
    const bytes = source?.bytesRead() ?? 0;
    const total = source?.size ?? 0;
    const rate = bytes / Math.max(secs, 0.001);
    opts.onProgress({
      file,
      bytes,
      totalBytes: total,
      records: summary.read,
      inserted: summary.inserted,
      duplicates: summary.duplicates,
      rejected: summary.rejected,
      postsPerSecond: Math.round(summary.read / Math.max(secs, 0.001)),
      secondsLeft: bytes > 0 && total > bytes ? Math.round((total - bytes) / rate) : null,
    });
  };

  try {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw new ImportFileError(
        'UNREADABLE',
        `${file} does not exist or is not a file. Check the path and try again.`,
      );
    }
    source = openSource(file);
    let mapper: FormatMapper | null =
      opts.format && opts.format !== 'generic' ? (mapperByName(opts.format) ?? null) : null;
    if (opts.format && opts.format !== 'generic' && !mapper) {
      throw new ImportFileError(
        'UNKNOWN_FORMAT',
        `There is no format called "${opts.format}". Leave --format out to detect it, or use one of: ${listFormats()}.`,
      );
    }
    let container: Container | null = null;
    let header: string[] | undefined;
    const units = readUnits(source, {
      onContainer: (c, h) => {
        container = c;
        header = h;
      },
    });
    for await (const item of units) {
      if (opts.isCancelled?.()) throw new ImportFileError('CANCELLED', 'Import cancelled.');
      if (item.kind === 'error') {
        summary.read++;
        reject(item.line, item.reason, item.raw);
        continue;
      }
      if (!mapper) {
        mapper = chooseMapper(db, item.value, container, header, opts);
        summary.format = mapper.name;
      }
      summary.format ??= mapper.name;
      let result;
      try {
        result = mapper.map(item.value);
      } catch (err) {
        summary.read++;
        reject(
          item.line,
          `record at line ${item.line}: ${(err as Error).message}`,
          item.raw.slice(0, 2000) || undefined,
        );
        continue;
      }
      summary.read += result.posts.length + result.rejects.length;
      for (const r of result.rejects) {
        const where =
          r.index === undefined ? `line ${item.line}` : `line ${item.line}, record ${r.index + 1}`;
        reject(item.line, `${where}: ${r.reason}`, r.raw);
      }
      for (const np of result.posts) pending.push({ np, line: item.line });
      if (pending.length >= BATCH_POSTS) {
        commit();
        progress();
      }
    }
    if (!mapper) throw new ImportFileError('EMPTY', `No records were found in ${name}. ${EXPECTED_FORMATS}`);
    commit();
    if (opts.mapping && header && summary.format === 'generic') rememberMapping(db, header, opts.mapping);
  } catch (err) {
    // What was committed stays (it is whole and counted); the unfinished batch is dropped.
    summary.status = err instanceof ImportFileError && err.code === 'CANCELLED' ? 'cancelled' : 'failed';
    summary.message = err instanceof Error ? err.message : String(err);
    if (err instanceof NeedsMappingError) summary.needsMapping = err.needs;
    source?.stream.destroy();
  }

  finishAccounts(db, touchedAccounts);
  indexNewPosts(db);
  db.prepare(
    'UPDATE imports SET status = ?, finished_at = ?, file_sha256 = ?, file_size = ?, message = ?, format = ?, read_count = ?, inserted_count = ?, duplicate_count = ?, rejected_count = ? WHERE id = ?',
  ).run(
    summary.status,
    nowIso(),
    summary.status === 'done' ? source!.sha256() : null,
    source?.size ?? null,
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

export class NeedsMappingError extends ImportFileError {
  constructor(
    message: string,
    readonly needs: { header: string[]; suggested: ColumnMapping },
  ) {
    super('BAD_MAPPING', message);
  }
}

function chooseMapper(
  db: DB,
  first: unknown,
  container: Container | null,
  header: string[] | undefined,
  opts: ImportOptions,
): FormatMapper {
  if (opts.mapping || opts.format === 'generic') {
    const mapping = opts.mapping ?? (header ? rememberedMapping(db, header) : null) ?? {};
    const problems = mappingProblems(mapping, header ?? null);
    if (problems.length) {
      throw new NeedsMappingError(`The column mapping does not fit this file: ${problems.join('; ')}.`, {
        header: header ?? Object.keys((first as Record<string, unknown>) ?? {}),
        suggested: mapping,
      });
    }
    return createGenericMapper(mapping, opts.platform);
  }
  const detected = detectMapper(first);
  if (detected) return detected;
  const columns =
    header ?? (first && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first) : null);
  if (columns && (container === 'csv' || container === 'ndjson')) {
    const remembered = rememberedMapping(db, columns);
    if (remembered && mappingProblems(remembered, columns).length === 0)
      return createGenericMapper(remembered, opts.platform);
    throw new NeedsMappingError(
      `Bulwark does not recognise this ${container === 'csv' ? 'CSV' : 'NDJSON'} file as any platform's format (${MAPPERS.map((m) => m.name).join(', ')}). If it comes from another tool, say which column holds what (at least id, text and created_at). Columns found: ${columns.join(', ')}.`,
      { header: columns, suggested: suggestMapping(columns) },
    );
  }
  throw new ImportFileError(
    'UNKNOWN_FORMAT',
    `Bulwark does not recognise this file's format. Expected one of: ${listFormats()}. ${EXPECTED_FORMATS}`,
  );
}

export function listFormats(): string {
  return MAPPERS.map((m) => `${m.name} (${m.label})`).join(', ');
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
