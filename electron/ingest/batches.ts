/**
 * Reads a file into batches of prepared posts: detect the layout and format, map each record, prepare
 * it (match, classify, hash). Pure reading — the database is only read — so the same generator runs
 * inline or on a second thread (prepareWorker.ts) while the import writes the previous batch.
 */
import type { DB } from '../../db/connection';
import { EXPECTED_FORMATS, ImportFileError } from './errors';
import {
  createGenericMapper,
  mappingProblems,
  rememberedMapping,
  suggestMapping,
  type ColumnMapping,
} from './generic';
import { classifierVersionFor as configuredVersionFor } from '../labelling/classifierFromSettings';
import { detectMapper, mapperByName, MAPPERS } from './mappers/index';
import { RecordPreparer, type PrepareConfig, type PreparedPost } from './prepare';
import { MAX_BATCH_CHARS, MAX_POST_TEXT_CHARS } from './limits';
import { openSource } from './source';
import type { Container, FormatMapper } from './types';
import { readUnits } from './units';

export interface ReadRequest {
  file: string;
  /** Name used in messages (uploads arrive under temporary names). */
  name: string;
  format?: string;
  mapping?: ColumnMapping;
  platform?: string;
}

export interface RejectedRecord {
  line: number;
  reason: string;
  raw?: string;
}

export type BatchItem =
  | {
      kind: 'batch';
      posts: PreparedPost[];
      rejects: RejectedRecord[];
      /** Records read since the previous batch (posts, including dropped ones, plus rejects). */
      read: number;
      format: string | null;
      bytes: number;
      totalBytes: number;
    }
  | {
      kind: 'end';
      format: string;
      sha256: string;
      size: number;
      /** Set when a generic mapping was used with a header, so the caller can remember it. */
      header?: string[];
    };

// Small enough that the batches in flight between the threads (and the garbage they leave) keep a large
// import's peak RSS near 400 MB; 5,000 measured about 560 MB at the same speed.
const BATCH_POSTS = 2000;

export class NeedsMappingError extends ImportFileError {
  constructor(
    message: string,
    readonly needs: { header: string[]; suggested: ColumnMapping },
  ) {
    super('BAD_MAPPING', message);
  }
}

/** Yields batches of at most ~2,000 posts (fewer if they are long), then one 'end' item; throws ImportFileError for whole-file problems. */
export async function* readBatches(
  db: DB,
  req: ReadRequest,
  config: PrepareConfig = {},
  batchPosts = BATCH_POSTS,
): AsyncGenerator<BatchItem> {
  const source = openSource(req.file);
  try {
    const preparer = new RecordPreparer(db, config);
    let mapper: FormatMapper | null =
      req.format && req.format !== 'generic' ? (mapperByName(req.format) ?? null) : null;
    if (req.format && req.format !== 'generic' && !mapper) {
      throw new ImportFileError(
        'UNKNOWN_FORMAT',
        `There is no format called "${req.format}". Leave --format out to detect it, or use one of: ${listFormats()}.`,
      );
    }
    let container: Container | null = null;
    let header: string[] | undefined;
    let posts: PreparedPost[] = [];
    let rejects: RejectedRecord[] = [];
    let read = 0;
    // Text and raw records in `posts`: a batch of unusually long posts is handed over early (limits.ts).
    let chars = 0;
    const batch = (): BatchItem => {
      const item: BatchItem = {
        kind: 'batch',
        posts,
        rejects,
        read,
        format: mapper?.name ?? null,
        bytes: source.bytesRead(),
        totalBytes: source.size,
      };
      posts = [];
      rejects = [];
      read = 0;
      chars = 0;
      return item;
    };
    const units = readUnits(source, {
      onContainer: (c, h) => {
        container = c;
        header = h;
      },
    });
    for await (const item of units) {
      if (item.kind === 'error') {
        read++;
        rejects.push({ line: item.line, reason: item.reason, raw: item.raw });
        continue;
      }
      mapper ??= chooseMapper(db, item.value, container, header, req);
      let result;
      try {
        result = mapper.map(item.value, item.raw || undefined);
      } catch (err) {
        read++;
        rejects.push({
          line: item.line,
          reason: `record at line ${item.line}: ${(err as Error).message}`,
          raw: item.raw.slice(0, 2000) || undefined,
        });
        continue;
      }
      read += result.posts.length + result.rejects.length;
      for (const r of result.rejects) {
        const where =
          r.index === undefined ? `line ${item.line}` : `line ${item.line}, record ${r.index + 1}`;
        rejects.push({ line: item.line, reason: `${where}: ${r.reason}`, raw: r.raw });
      }
      for (const np of result.posts) {
        if (np.post.text.length > MAX_POST_TEXT_CHARS) {
          rejects.push({
            line: item.line,
            reason: `line ${item.line}: post ${np.post.platformPostId}'s text is ${np.post.text.length.toLocaleString('en-GB')} characters long, more than any platform allows; it was skipped.`,
          });
          continue;
        }
        const prepared = preparer.prepare(np, item.line);
        if (!prepared) continue;
        posts.push(prepared);
        chars += prepared.row.text.length + prepared.row.raw.length;
      }
      if (posts.length >= batchPosts || chars >= MAX_BATCH_CHARS) yield batch();
    }
    if (!mapper)
      throw new ImportFileError('EMPTY', `No records were found in ${req.name}. ${EXPECTED_FORMATS}`);
    yield batch();
    const generic = (mapper as FormatMapper).name === 'generic';
    yield {
      kind: 'end',
      format: (mapper as FormatMapper).name,
      sha256: source.sha256(),
      size: source.size,
      header: generic ? header : undefined,
    };
  } finally {
    source.stream.destroy();
  }
}

export function classifierVersionFor(db: DB, config: PrepareConfig = {}): string | null {
  // The configured classifier's version is known without building it: a large import builds its
  // classifier on the preparing thread, and building a second one here held up the start by ~0.2 s.
  if (config.classifier === undefined) return configuredVersionFor(db);
  return config.classifier?.version ?? null;
}

function chooseMapper(
  db: DB,
  first: unknown,
  container: Container | null,
  header: string[] | undefined,
  req: ReadRequest,
): FormatMapper {
  if (req.mapping || req.format === 'generic') {
    const mapping = req.mapping ?? (header ? rememberedMapping(db, header) : null) ?? {};
    const problems = mappingProblems(mapping, header ?? null);
    if (problems.length) {
      throw new NeedsMappingError(`The column mapping does not fit this file: ${problems.join('; ')}.`, {
        header: header ?? Object.keys((first as Record<string, unknown>) ?? {}),
        suggested: mapping,
      });
    }
    return createGenericMapper(mapping, req.platform);
  }
  const detected = detectMapper(first);
  if (detected) return detected;
  const columns =
    header ?? (first && typeof first === 'object' && !Array.isArray(first) ? Object.keys(first) : null);
  if (columns && (container === 'csv' || container === 'ndjson')) {
    const remembered = rememberedMapping(db, columns);
    if (remembered && mappingProblems(remembered, columns).length === 0)
      return createGenericMapper(remembered, req.platform);
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
