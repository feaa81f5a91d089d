import crypto from 'node:crypto';
import type { DB } from './connection';

export type Platform =
  'x' | 'bluesky' | 'mastodon' | 'facebook' | 'instagram' | 'youtube' | 'tiktok' | 'reddit';
export const PLATFORMS: Platform[] = [
  'x',
  'bluesky',
  'mastodon',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
];

export interface AccountInput {
  platform: string;
  platformUserId: string;
  handle?: string | null;
  displayName?: string | null;
  accountCreatedAt?: string | null;
  followers?: number | null;
}

export interface PostInput {
  platform: string;
  platformPostId: string;
  text: string;
  createdAt: string;
  lang?: string | null;
  url?: string | null;
  replyToPostId?: string | null;
  replyToAccountId?: string | null;
  quoteOfPostId?: string | null;
  repostOfPostId?: string | null;
  conversationId?: string | null;
  metrics?: Record<string, number>;
  /** Handles ('@name') and account ids ('id:123') the post mentions, for re-matching later. */
  mentioned?: string;
  /** The source record exactly as read; its SHA-256 is stored beside it. */
  raw: string;
  importId?: number | null;
}

/**
 * A post as the posts table stores it, every value ready to bind: built where the file is parsed
 * (possibly another thread), so the writing thread only binds and inserts. The verdict columns carry the
 * machine verdict for a new post, so it is written once instead of inserted and then updated.
 */
export interface PostRow {
  platform: string;
  platformPostId: string;
  text: string;
  lang: string | null;
  createdAt: string;
  url: string | null;
  replyToPostId: string | null;
  replyToAccountId: string | null;
  quoteOfPostId: string | null;
  repostOfPostId: string | null;
  conversationId: string | null;
  /** JSON text. */
  metrics: string;
  hasMetrics: boolean;
  raw: string;
  matched: 0 | 1;
  mentioned: string;
  abusive: 0 | 1;
  severity: number;
  topCategory: string | null;
}

export function toPostRow(
  p: Omit<PostInput, 'importId'>,
  matched: boolean,
  verdict: { abusive: 0 | 1; severity: number; top: string | null } = NO_VERDICT,
  mentioned: string = p.mentioned ?? '',
): PostRow {
  return {
    platform: p.platform,
    platformPostId: p.platformPostId,
    text: p.text,
    lang: p.lang ?? null,
    createdAt: p.createdAt,
    url: p.url ?? null,
    replyToPostId: p.replyToPostId ?? null,
    replyToAccountId: p.replyToAccountId ?? null,
    quoteOfPostId: p.quoteOfPostId ?? null,
    repostOfPostId: p.repostOfPostId ?? null,
    conversationId: p.conversationId ?? null,
    metrics: JSON.stringify(p.metrics ?? {}),
    hasMetrics: hasKeys(p.metrics),
    raw: p.raw,
    matched: matched ? 1 : 0,
    mentioned,
    abusive: verdict.abusive,
    severity: verdict.severity,
    topCategory: verdict.top,
  };
}

const NO_VERDICT = { abusive: 0 as const, severity: 0, top: null };

/** Whether an object has an own enumerable key (Object.keys(o).length > 0 without building the list). */
function hasKeys(o: Record<string, number> | undefined): boolean {
  if (!o) return false;
  for (const k in o) if (Object.hasOwn(o, k)) return true;
  return false;
}

// One-shot hashing (Node ≥ 20.12) skips the Hash object: measurably cheaper at one call per imported record.
const oneShot = (crypto as { hash?: (alg: string, data: string, enc: 'hex') => string }).hash;

export function sha256(s: string): string {
  return oneShot ? oneShot('sha256', s, 'hex') : crypto.createHash('sha256').update(s).digest('hex');
}

/**
 * Prepared statements for writing posts in bulk. Callers wrap batches in a transaction and call
 * indexNewPosts() once afterwards: FTS built after the load is several times faster than per row.
 */
export class PostWriter {
  private readonly insertAccountStmt;
  private readonly refreshAccountStmt;
  private readonly findAccountStmt;
  private readonly insertPostStmt;
  private readonly findPostStmt;
  private readonly updateMetricsStmt;
  private readonly insertMentionStmt;

  constructor(private readonly db: DB) {
    // Insert, and only for an account already stored, refresh it and look its id up: an upsert with
    // RETURNING makes SQLite build a temporary table for the returned row on every call.
    this.insertAccountStmt = db.prepare(
      `INSERT INTO accounts (handle, display_name, account_created_at, followers, first_seen, last_seen, platform, platform_user_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, platform_user_id) DO NOTHING`,
    );
    this.refreshAccountStmt = db.prepare(
      `UPDATE accounts SET
         handle = coalesce(?, handle),
         display_name = coalesce(?, display_name),
         account_created_at = coalesce(?, account_created_at),
         followers = coalesce(?, followers),
         first_seen = min(first_seen, ?),
         last_seen = max(last_seen, ?)
       WHERE platform = ? AND platform_user_id = ?`,
    );
    this.findAccountStmt = db
      .prepare('SELECT id FROM accounts WHERE platform = ? AND platform_user_id = ?')
      .pluck();
    // Positional parameters: binding 18 values by name costs a property lookup each, per row.
    this.insertPostStmt = db.prepare(
      `INSERT INTO posts (platform, platform_post_id, account_id, text, lang, created_at, url, reply_to_post_id,
         reply_to_account_id, quote_of_post_id, repost_of_post_id, conversation_id, metrics, raw, raw_sha256, import_id, matched, mentioned,
         abusive, severity, top_category)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (platform, platform_post_id) DO NOTHING`,
    );
    this.findPostStmt = db
      .prepare('SELECT id FROM posts WHERE platform = ? AND platform_post_id = ?')
      .pluck();
    this.updateMetricsStmt = db.prepare('UPDATE posts SET metrics = ? WHERE id = ?');
    this.insertMentionStmt = db.prepare(
      'INSERT OR IGNORE INTO mentions (post_id, person_id, how) VALUES (?, ?, ?)',
    );
  }

  /** Returns the account's row id, creating or refreshing it. `seenAt` widens first/last seen. */
  account(a: AccountInput, seenAt: string): number {
    // One list for both statements: they name the columns in the same order.
    const values = [
      a.handle ?? null,
      a.displayName ?? null,
      a.accountCreatedAt ?? null,
      a.followers ?? null,
      seenAt,
      seenAt,
      a.platform,
      a.platformUserId,
    ];
    const info = this.insertAccountStmt.run(...values);
    if (info.changes > 0) return Number(info.lastInsertRowid);
    this.refreshAccountStmt.run(...values);
    return this.findAccountStmt.get(a.platform, a.platformUserId) as number;
  }

  /**
   * Inserts a post; on a duplicate (same platform + id) refreshes its metrics and returns
   * `{ id, inserted: false }` so re-imports add nothing twice.
   */
  post(p: PostInput, accountId: number | null, matched: boolean): { id: number; inserted: boolean } {
    return this.insertRow(toPostRow(p, matched), accountId, p.importId ?? null);
  }

  /** Inserts a row prepared off the writing thread (see toPostRow); same duplicate rule as post(). */
  insertRow(
    r: PostRow,
    accountId: number | null,
    importId: number | null,
  ): { id: number; inserted: boolean } {
    const info = this.insertPostStmt.run(
      r.platform,
      r.platformPostId,
      accountId,
      r.text,
      r.lang,
      r.createdAt,
      r.url,
      r.replyToPostId,
      r.replyToAccountId,
      r.quoteOfPostId,
      r.repostOfPostId,
      r.conversationId,
      r.metrics,
      r.raw,
      // Hashed here, on the writing thread: during a parallel import the preparing thread is the
      // busier of the two (it parses, maps, matches and classifies).
      sha256(r.raw),
      importId,
      r.matched,
      r.mentioned,
      r.abusive,
      r.severity,
      r.topCategory,
    );
    if (info.changes > 0) return { id: Number(info.lastInsertRowid), inserted: true };
    const id = this.findPostStmt.get(r.platform, r.platformPostId) as number;
    if (r.hasMetrics) this.updateMetricsStmt.run(r.metrics, id);
    return { id, inserted: false };
  }

  mention(postId: number, personId: number, how: 'handle' | 'reply' | 'name' | 'alias'): void {
    this.insertMentionStmt.run(postId, personId, how);
  }
}

/**
 * Adds every post not yet in the full-text index (one pass, after a bulk load). A watermark in settings
 * remembers how far indexing got, so posts committed by an import that was killed before this step
 * are picked up by the next call. Returns how many posts were indexed.
 */
export function indexNewPosts(db: DB, afterId = 0): number {
  return db.transaction(() => {
    const mark = Math.max(
      afterId,
      Number(db.prepare("SELECT value FROM settings WHERE key = 'fts.indexedTo'").pluck().get() ?? 0),
    );
    const info = db
      .prepare('INSERT INTO posts_fts (rowid, text) SELECT id, text FROM posts WHERE id > ? ORDER BY id')
      .run(mark);
    db.prepare(
      "INSERT INTO settings (key, value) VALUES ('fts.indexedTo', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    ).run(String(Math.max(mark, maxPostId(db))));
    return info.changes;
  })();
}

export function maxPostId(db: DB): number {
  return (db.prepare('SELECT coalesce(max(id), 0) FROM posts').pluck().get() as number) ?? 0;
}

/** Rebuilds the whole full-text index from posts (after deletes or bulk text changes). */
export function rebuildFullText(db: DB): void {
  db.exec("INSERT INTO posts_fts(posts_fts) VALUES ('rebuild')");
}
