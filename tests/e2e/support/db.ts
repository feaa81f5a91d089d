/** Reading the web shell's database from a test, to check what a screen shows against what is stored. */
import Database from 'better-sqlite3';

/** The single value a query returns (its first column of its first row), read-only. */
export function readOne<T>(dbPath: string, sql: string, ...params: unknown[]): T {
  const d = new Database(dbPath, { readonly: true });
  try {
    return d
      .prepare(sql)
      .pluck()
      .get(...params) as T;
  } finally {
    d.close();
  }
}
