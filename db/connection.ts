import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { DbError } from './errors';
import { LATEST_VERSION, MIGRATIONS } from './migrations/index';

export type DB = Database.Database;

/** Marks a file as a Bulwark database ('BWK1'), so we never migrate somebody else's SQLite file. */
export const APPLICATION_ID = 0x42574b31;
const SQLITE_HEADER = 'SQLite format 3\0';
const FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024;

export interface OpenOptions {
  /** Apply pending migrations (default true). When false a database behind the latest schema is refused. */
  migrate?: boolean;
  readonly?: boolean;
  /** With migrate:false, open a database behind the latest schema anyway (db info / db migrate). */
  allowOutdated?: boolean;
  /** Path of a better-sqlite3 native module to load (the Electron build lives beside the Node one). */
  nativeBinding?: string;
  /** Skip the pre-open inspection: for a second connection to a file this process already opened and checked. */
  trusted?: boolean;
}

const bindings = new WeakMap<DB, string>();

/** The native module a connection was opened with, so a helper thread can open the same file the same way. */
export function nativeBindingOf(db: DB): string | undefined {
  return bindings.get(db);
}

/**
 * Opens (creating if needed) a Bulwark database. Before writing anything it checks, read-only, that the
 * file is SQLite, is ours, is readable and is not from a newer Bulwark; any failure leaves the file
 * exactly as it was and explains what to do.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): DB {
  const exists = file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;
  if (exists && !opts.trusted) inspectExisting(file, opts.nativeBinding);
  else if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });

  const db = new Database(file, { readonly: opts.readonly ?? false, nativeBinding: opts.nativeBinding });
  if (opts.nativeBinding) bindings.set(db, opts.nativeBinding);
  try {
    applyPragmas(db, opts.readonly ?? false);
    if (!opts.readonly && opts.migrate !== false) migrate(db);
    const version = schemaVersion(db);
    if (version !== LATEST_VERSION && !opts.allowOutdated) {
      throw new DbError(
        'MIGRATION_FAILED',
        `${file} is at schema version ${version}; this Bulwark needs ${LATEST_VERSION}. Run "bulwark db migrate --db ${file}".`,
      );
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

function inspectExisting(file: string, nativeBinding?: string): void {
  const fd = fs.openSync(file, 'r');
  const header = Buffer.alloc(16);
  fs.readSync(fd, header, 0, 16, 0);
  fs.closeSync(fd);
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new DbError(
      'NOT_SQLITE',
      `${file} is not a Bulwark database (it is not an SQLite file). It was left untouched; choose another file or move this one aside.`,
    );
  }
  let probe: DB | undefined;
  try {
    probe = new Database(file, { readonly: true, fileMustExist: true, nativeBinding });
    const appId = probe.pragma('application_id', { simple: true }) as number;
    const version = probe.pragma('user_version', { simple: true }) as number;
    const tables = (probe.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n;
    if (appId !== APPLICATION_ID && (tables > 0 || version > 0)) {
      throw new DbError(
        'NOT_BULWARK',
        `${file} is an SQLite database made by another program, not by Bulwark. It was left untouched; choose a Bulwark database or a new file name.`,
      );
    }
    if (version > LATEST_VERSION) {
      throw new DbError(
        'DB_TOO_NEW',
        `${file} was made by a newer version of Bulwark (schema ${version}; this version understands up to ${LATEST_VERSION}). Update Bulwark to open it. The file was left untouched.`,
      );
    }
    // quick_check reads every page: ~4 s for a 1.4 GB database, paid on every launch and CLI command.
    // Small files get the full check; large ones have their schema read, and damage deeper in the file
    // surfaces as a clear SQLITE_CORRUPT error when the damaged pages are used.
    if (fs.statSync(file).size <= FULL_CHECK_MAX_BYTES) {
      const check = probe.pragma('quick_check(1)', { simple: true });
      if (check !== 'ok') throw new Error(String(check));
    } else probe.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  } catch (err) {
    if (err instanceof DbError) throw err;
    throw new DbError(
      'CORRUPT',
      `${file} is damaged and cannot be opened (${(err as Error).message}). It was left untouched; restore it from a backup or start a new database.`,
    );
  } finally {
    probe?.close();
  }
}

function applyPragmas(db: DB, readonly: boolean): void {
  if (!readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
}

export function schemaVersion(db: DB): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration above the file's user_version (up to `target`, which tests use to check each
 * migration against a real file), each in its own transaction so a failure leaves the last good version.
 */
export function migrate(db: DB, target = LATEST_VERSION): { from: number; to: number; applied: string[] } {
  const from = schemaVersion(db);
  if (from > LATEST_VERSION) {
    throw new DbError(
      'DB_TOO_NEW',
      `This database is from a newer Bulwark (schema ${from} > ${LATEST_VERSION}).`,
    );
  }
  const applied: string[] = [];
  for (const m of MIGRATIONS) {
    if (m.version <= from || m.version > target) continue;
    const run = db.transaction(() => {
      if (typeof m.sql === 'string') db.exec(m.sql);
      else m.sql(db);
      db.pragma(`user_version = ${m.version}`);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
    });
    try {
      run();
    } catch (err) {
      throw new DbError(
        'MIGRATION_FAILED',
        `Migration ${m.version} (${m.name}) failed: ${(err as Error).message}`,
      );
    }
    applied.push(`${m.version} ${m.name}`);
  }
  return { from, to: schemaVersion(db), applied };
}
