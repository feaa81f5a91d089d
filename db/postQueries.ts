import type { PostFilter } from '../electron/api/filters';
import { isEmptyFilter } from '../electron/api/filters';
import { toFtsQuery } from '../electron/api/ftsQuery';
import type { PostCount, PostDetail, PostThreadItem } from '../electron/api/types';
import type { DB } from './connection';
import { dataSpan, needsPosts, postsSource } from './dashboardSource';
import { countPosts, countRepostsSetting, repostMode } from './postFilter';
import { ensureRollups } from './rollups';

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

/**
 * How many posts match a filter. From the rollups when they can answer (instant); from the FTS index
 * alone for a bare search; otherwise by counting the posts.
 */
export function countMatching(db: DB, f: PostFilter): PostCount {
  return { ...countOnly(db, f), dataRange: dataSpan(db, {}) };
}

function countOnly(db: DB, f: PostFilter): Omit<PostCount, 'dataRange'> {
  if (!needsPosts(f)) {
    ensureRollups(db);
    const src = postsSource(db, f);
    if (src.kind === 'rollup') {
      const n = db
        .prepare(`SELECT coalesce(sum(posts), 0) FROM ${src.table} WHERE ${src.where.sql}`)
        .pluck()
        .get(...src.where.params) as number;
      return { count: n, fromRollups: true };
    }
  }
  const rest = { ...f, query: undefined };
  if (f.query && isEmptyFilter(rest) && repostMode(f, countRepostsSetting(db)) !== 'only') {
    const fts = toFtsQuery(f.query);
    if (fts) {
      // Reposts have no text, so they never match a search: the index's count is the answer.
      const n = db
        .prepare('SELECT count(*) FROM posts_fts WHERE posts_fts MATCH ?')
        .pluck()
        .get(fts) as number;
      return { count: n, fromRollups: false };
    }
  }
  return { count: countPosts(db, f), fromRollups: false };
}

interface DetailRow {
  id: number;
  platform: string;
  account_id: number | null;
  lang: string | null;
  reply_to_post_id: string | null;
  quote_of_post_id: string | null;
  repost_of_post_id: string | null;
  conversation_id: string | null;
  metrics: string;
  raw: string;
  raw_sha256: string;
  import_id: number | null;
  file_name: string | null;
}

const THREAD_COLUMNS = `p.id, p.platform_post_id, p.created_at, a.handle, substr(p.text, 1, 500) AS text,
  p.severity, p.top_category`;
const MAX_REPLIES = 20;

function threadItem(r: Record<string, unknown>, relation: PostThreadItem['relation']): PostThreadItem {
  return {
    id: r.id as number,
    platformPostId: r.platform_post_id as string,
    relation,
    createdAt: r.created_at as string,
    handle: (r.handle as string | null) ?? null,
    text: r.text as string,
    severity: r.severity as number,
    topCategory: (r.top_category as string | null) ?? null,
  };
}

/** One post's source record, provenance and the thread around it that we hold. Null if no such post. */
export function postDetail(db: DB, id: number): PostDetail | null {
  const row = db
    .prepare(
      `SELECT p.id, p.platform, p.account_id, p.lang, p.reply_to_post_id, p.quote_of_post_id,
              p.repost_of_post_id, p.conversation_id, p.metrics, p.raw, p.raw_sha256, p.import_id, i.file_name
       FROM posts p LEFT JOIN imports i ON i.id = p.import_id WHERE p.id = ?`,
    )
    .get(id) as DetailRow | undefined;
  if (!row) return null;
  const byPlatformId = db.prepare(
    `SELECT ${THREAD_COLUMNS} FROM posts p LEFT JOIN accounts a ON a.id = p.account_id
     WHERE p.platform = ? AND p.platform_post_id = ?`,
  );
  const thread: PostThreadItem[] = [];
  const related = (postRef: string | null, relation: PostThreadItem['relation']) => {
    if (!postRef) return;
    const r = byPlatformId.get(row.platform, postRef) as Record<string, unknown> | undefined;
    thread.push(
      r
        ? threadItem(r, relation)
        : {
            id: null,
            platformPostId: postRef,
            relation,
            createdAt: null,
            handle: null,
            text: null,
            severity: 0,
            topCategory: null,
          },
    );
  };
  related(row.reply_to_post_id, 'parent');
  related(row.quote_of_post_id, 'quoted');
  related(row.repost_of_post_id, 'reposted');
  const own = db.prepare('SELECT platform_post_id FROM posts WHERE id = ?').pluck().get(id) as string;
  // Replies are found through posts_reply_to; quotes and reposts of this post have no index and are
  // not listed.
  const replies = db
    .prepare(
      `SELECT ${THREAD_COLUMNS} FROM posts p LEFT JOIN accounts a ON a.id = p.account_id
       WHERE p.platform = ? AND p.reply_to_post_id = ? ORDER BY p.created_at, p.id LIMIT ?`,
    )
    .all(row.platform, own, MAX_REPLIES + 1) as Record<string, unknown>[];
  for (const r of replies.slice(0, MAX_REPLIES)) thread.push(threadItem(r, 'reply'));
  const moreReplies =
    replies.length > MAX_REPLIES
      ? (db
          .prepare('SELECT count(*) FROM posts WHERE platform = ? AND reply_to_post_id = ?')
          .pluck()
          .get(row.platform, own) as number) - MAX_REPLIES
      : 0;
  let metrics: Record<string, unknown> = {};
  try {
    metrics = JSON.parse(row.metrics) as Record<string, unknown>;
  } catch {
    // Metrics are informative only; a damaged value is shown as none.
  }
  return {
    id: row.id,
    accountId: row.account_id,
    lang: row.lang,
    replyToPostId: row.reply_to_post_id,
    quoteOfPostId: row.quote_of_post_id,
    repostOfPostId: row.repost_of_post_id,
    conversationId: row.conversation_id,
    metrics,
    raw: row.raw,
    rawSha256: row.raw_sha256,
    importId: row.import_id,
    importFile: row.file_name,
    thread,
    moreReplies,
  };
}
