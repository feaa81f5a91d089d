import type { DB } from './connection';

export function listImports(db: DB, limit: number) {
  return db
    .prepare(
      `SELECT id, file_name, file_sha256, file_size, format, status, started_at, finished_at, read_count,
              inserted_count, duplicate_count, rejected_count, message
       FROM imports ORDER BY id DESC LIMIT ?`,
    )
    .all(limit);
}

export function listRejects(db: DB, importId: number, offset: number, limit: number) {
  const total = db
    .prepare('SELECT count(*) FROM import_rejects WHERE import_id = ?')
    .pluck()
    .get(importId) as number;
  const rows = db
    .prepare(
      'SELECT id, line, reason, raw FROM import_rejects WHERE import_id = ? ORDER BY id LIMIT ? OFFSET ?',
    )
    .all(importId, limit, offset) as {
    id: number;
    line: number | null;
    reason: string;
    raw: string | null;
  }[];
  return { total, rows };
}

export function getImport(db: DB, id: number) {
  return db.prepare('SELECT id, file_name FROM imports WHERE id = ?').get(id) as
    { id: number; file_name: string } | undefined;
}
