import { nativeBindingOf, openDatabase } from '../../../db/connection';
import { ApiError } from '../../api/errors';
import type { ImportProgress } from '../../api/types';
import { GENERIC_FIELDS, type ColumnMapping } from '../../ingest/generic';
import { MAPPERS } from '../../ingest/mappers/index';
import type { FileSummary } from '../../ingest/pipeline';
import { JobRunner } from '../../jobs/runner';
import { bundlePaths, defaultDbPath } from '../../paths';
import { UsageError, type Command } from '../args';

export const importCommand: Command = {
  name: 'import',
  summary: 'Import posts from platform exports, API responses or CSV files',
  usage: `bulwark import FILE... [--db FILE] [--format NAME] [--map COL=FIELD ...] [--platform P] [--json]

Reads each file (plain or .gz), recognising its format from the content, and adds its posts.
Posts already in the database are not added twice (their metrics are refreshed). A bad record
is reported with its line and reason; the rest of the file still imports.

Options:
  --db FILE         database file (default: ${defaultDbPath()})
  --format NAME     skip detection and read every file as NAME (see below)
  --map COL=FIELD   for CSV/TSV/NDJSON from other tools: column COL holds FIELD (repeatable);
                    the mapping is remembered for files with the same columns
  --platform P      platform for generic files whose rows do not say (default x)
  --json            print {"files":[{file,format,read,inserted,duplicates,rejected,errors}]}

Formats: ${MAPPERS.map((m) => m.name).join(', ')}, generic

Fields for --map: ${Object.keys(GENERIC_FIELDS).join(', ')}

Exit status: 0 when every file was read (even with rejected records), 1 otherwise.`,
  options: {
    db: { type: 'string' },
    format: { type: 'string' },
    map: { type: 'string', multiple: true },
    platform: { type: 'string' },
    json: { type: 'boolean' },
  },
  allowPositionals: true,
  async run(values, files) {
    if (files.length === 0) throw new UsageError('Name at least one file to import.');
    const mapping = parseMapping(values.map as string[] | undefined);
    const format = (values.format as string | undefined) ?? (mapping ? 'generic' : undefined);
    const dbPath = (values.db as string | undefined) ?? defaultDbPath();
    const db = openDatabase(dbPath);
    const interactive = process.stderr.isTTY && !values.json;
    // The file whose progress line is showing: each file keeps its own line.
    let showing = '';
    // The same import job the app runs: on a worker thread with a bounded heap (jobs/registry.ts),
    // or inline when run from the sources without a built worker (tests).
    const jobs = new JobRunner({
      db,
      dbPath,
      nativeBinding: nativeBindingOf(db),
      workerFile: bundlePaths(__dirname).workerFile,
      emit: (e) => {
        if (!interactive || e.type !== 'progress') return;
        const p = e.detail as (ImportProgress & { file: string }) | undefined;
        if (!p) return;
        if (showing && p.file !== showing) process.stderr.write('\n');
        showing = p.file;
        process.stderr.write(
          `\r${p.file}: ${p.records.toLocaleString('en-GB')} records, ${p.postsPerSecond.toLocaleString('en-GB')}/s   `,
        );
      },
    });
    let results: FileSummary[];
    try {
      const done = await jobs.run('import', {
        files: files.map((path) => ({
          path,
          format,
          mapping: mapping ?? undefined,
          platform: values.platform as string | undefined,
        })),
        actor: 'cli',
        rollups: false,
      });
      results = done.files;
      if (showing) process.stderr.write('\n');
    } catch (err) {
      // The job stopped as a whole (its worker failed): say why, without a stack trace.
      if (!(err instanceof ApiError)) throw err;
      console.error(err.message);
      return 1;
    } finally {
      await jobs.close();
      db.close();
    }
    if (values.json) {
      const files = results.map((r) => ({
        file: r.file,
        format: r.format,
        status: r.status,
        read: r.read,
        inserted: r.inserted,
        duplicates: r.duplicates,
        rejected: r.rejected,
        errors: r.errors,
        ...(r.message ? { message: r.message } : {}),
        ...(r.needsMapping ? { needsMapping: r.needsMapping } : {}),
      }));
      console.log(JSON.stringify({ files }));
    } else {
      for (const r of results) printSummary(r);
    }
    const failed = results.filter((r) => r.status !== 'done');
    for (const r of failed) console.error(`${r.file}: ${r.message}`);
    return failed.length ? 1 : 0;
  },
};

function parseMapping(pairs: string[] | undefined): ColumnMapping | null {
  if (!pairs?.length) return null;
  const mapping: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.lastIndexOf('=');
    if (eq <= 0 || eq === pair.length - 1)
      throw new UsageError(`--map expects COL=FIELD, e.g. --map "Message=text" (got "${pair}").`);
    const col = pair.slice(0, eq);
    const field = pair.slice(eq + 1);
    if (!(field in GENERIC_FIELDS))
      throw new UsageError(
        `--map ${pair}: "${field}" is not a Bulwark field. Fields: ${Object.keys(GENERIC_FIELDS).join(', ')}.`,
      );
    mapping[field] = col;
  }
  return mapping;
}

function printSummary(r: FileSummary): void {
  const n = (x: number) => x.toLocaleString('en-GB');
  console.log(
    `${r.file} (${r.format ?? 'unknown format'}): ${r.status}. Read ${n(r.read)}, added ${n(r.inserted)}, already had ${n(r.duplicates)}, rejected ${n(r.rejected)}.`,
  );
  for (const e of r.errors.slice(0, 10)) console.log(`  line ${e.line}: ${e.reason}`);
  if (r.rejected > 10)
    console.log(
      `  … and ${n(r.rejected - 10)} more rejected records (see the Import screen to view or export them).`,
    );
}
