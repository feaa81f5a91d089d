import fs from 'node:fs';
import path from 'node:path';
import type { DB } from '../../db/connection';
import type { JobTools } from '../jobs/registry';
import type { ColumnMapping } from './generic';
import { importFile, type FileSummary } from './pipeline';

export interface ImportFileRequest {
  path: string;
  /** Name to show and record (uploads arrive under a temporary name). */
  name?: string;
  format?: string;
  mapping?: ColumnMapping;
  platform?: string;
}

export interface ImportJobArgs {
  files: ImportFileRequest[];
  actor?: string;
  /** Refresh the dashboard's rollups afterwards (default true). */
  rollups?: boolean;
}

export interface ImportJobResult {
  files: FileSummary[];
}

/** The Import queue: files one after another, with per-file progress; cancelling stops the rest. */
export async function importFiles(db: DB, args: ImportJobArgs, tools: JobTools): Promise<ImportJobResult> {
  const sizes = args.files.map((f) => (fs.existsSync(f.path) ? fs.statSync(f.path).size : 0));
  const totalBytes = sizes.reduce((a, b) => a + b, 0);
  let before = 0;
  const files: FileSummary[] = [];
  for (const [index, f] of args.files.entries()) {
    const name = f.name ?? path.basename(f.path);
    if (tools.isCancelled()) {
      files.push({
        file: name,
        importId: 0,
        format: null,
        status: 'cancelled',
        read: 0,
        inserted: 0,
        duplicates: 0,
        rejected: 0,
        errors: [],
        message: 'Not started: the import was cancelled.',
      });
      continue;
    }
    const summary = await importFile(db, f.path, {
      displayName: name,
      format: f.format,
      mapping: f.mapping,
      platform: f.platform,
      actor: args.actor,
      isCancelled: tools.isCancelled,
      onProgress: (p) =>
        tools.progress(before + p.bytes, totalBytes, name, {
          ...p,
          file: name,
          index,
          count: args.files.length,
        }),
    });
    files.push({ ...summary, file: name });
    before += sizes[index]!;
  }
  return { files };
}
