import type { DB } from './connection';

export interface PostListFilter {
  importId?: number;
  personId?: number;
  limit: number;
  offset: number;
}

export interface PostListRow {
  id: number;
  platform: string;
  platform_post_id: string;
  created_at: string;
  text: string;
  url: string | null;
  handle: string | null;
  display_name: string | null;
  severity: number;
  top_category: string | null;
  review_status: string;
}

/** A page of posts, newest first, optionally from one import or mentioning one person. */
export function listPosts(db: DB, f: PostListFilter): { total: number; rows: PostListRow[] } {
  const where: string[] = [];
  const params: (number | string)[] = [];
  if (f.importId !== undefined) {
    where.push('p.import_id = ?');
    params.push(f.importId);
  }
  if (f.personId !== undefined) {
    where.push('p.id IN (SELECT post_id FROM mentions WHERE person_id = ?)');
    params.push(f.personId);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = db
    .prepare(`SELECT count(*) FROM posts p ${clause}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(
      `SELECT p.id, p.platform, p.platform_post_id, p.created_at, p.text, p.url, a.handle, a.display_name,
              p.severity, p.top_category, p.review_status
       FROM posts p LEFT JOIN accounts a ON a.id = p.account_id ${clause}
       ORDER BY p.created_at DESC, p.id DESC LIMIT ? OFFSET ?`,
    )
    .all(...params, f.limit, f.offset) as PostListRow[];
  return { total, rows };
}
