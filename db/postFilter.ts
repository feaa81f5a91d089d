/**
 * PostFilter → SQL. One translation used by the explorer, the dashboard's fallbacks, account pages,
 * cases and evidence packs, so "the posts behind that bar" are always the same posts.
 * The fragment refers to the posts table as `p` (or the alias given) and binds every value.
 */
import type { PostFilter } from '../electron/api/filters';
import { toFtsQuery } from '../electron/api/ftsQuery';
import type { DB } from './connection';
import { getSetting } from './settings';

export type SqlParam = string | number;

export interface SqlFragment {
  /** A boolean SQL expression (never empty: '1' when nothing is filtered). */
  sql: string;
  params: SqlParam[];
}

export interface PostFilterOptions {
  /** The "count reposts in volume" setting, used when the filter does not say. Default true. */
  countReposts?: boolean;
  /** The posts table's alias in the surrounding query. Default 'p'. */
  alias?: string;
  /**
   * How people are tested: 'in' (a list of their posts, best when few posts are read in any order) or
   * 'exists' (a lookup per post, best when walking posts in time order and stopping early).
   */
  people?: 'in' | 'exists';
  /**
   * The caller walks posts in time order and stops early: keep SQLite off the (platform, post id)
   * index, which would find every post on a platform and sort them all.
   */
  timeOrdered?: boolean;
}

/** The inclusive lower bound of a filter instant as stored text (times are ISO UTC with ms). */
export function instantStart(v: string): string {
  return v.length === 10 ? `${v}T00:00:00.000Z` : `${v}:00.000Z`;
}

/**
 * The exclusive upper bound: the start of the next day or minute. Exclusive, so times stored without
 * milliseconds ('…:59Z') are still inside the range.
 */
export function instantEnd(v: string): string {
  const d = new Date(v.length === 10 ? `${v}T00:00:00.000Z` : `${v}:00.000Z`);
  if (v.length === 10) d.setUTCDate(d.getUTCDate() + 1);
  else d.setUTCMinutes(d.getUTCMinutes() + 1);
  return d.toISOString();
}

const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(', ');

/** Whether reposts are counted under this filter (explicit, else the setting). */
export function repostMode(f: PostFilter, countReposts: boolean): 'include' | 'exclude' | 'only' {
  return f.reposts ?? (countReposts ? 'include' : 'exclude');
}

/** The WHERE expression for a filter. Pure: the caller supplies the reposts setting. */
export function postFilterSql(f: PostFilter, opts: PostFilterOptions = {}): SqlFragment {
  const p = opts.alias ?? 'p';
  const where: string[] = [];
  const params: SqlParam[] = [];
  if (f.from) {
    where.push(`${p}.created_at >= ?`);
    params.push(instantStart(f.from));
  }
  if (f.to) {
    where.push(`${p}.created_at < ?`);
    params.push(instantEnd(f.to));
  }
  if (f.personIds?.length) {
    const list = placeholders(f.personIds.length);
    where.push(
      opts.people === 'exists'
        ? `EXISTS (SELECT 1 FROM mentions m WHERE m.post_id = ${p}.id AND m.person_id IN (${list}))`
        : `${p}.id IN (SELECT post_id FROM mentions WHERE person_id IN (${list}))`,
    );
    params.push(...f.personIds);
  }
  if (f.platforms?.length) {
    where.push(`${opts.timeOrdered ? '+' : ''}${p}.platform IN (${placeholders(f.platforms.length)})`);
    params.push(...f.platforms);
  }
  if (f.categories?.length) {
    const keys = f.categories.filter((c) => c !== 'none');
    const parts: string[] = [];
    if (keys.length) {
      parts.push(`${p}.top_category IN (${placeholders(keys.length)})`);
      params.push(...keys);
    }
    if (keys.length < f.categories.length) parts.push(`${p}.top_category IS NULL`);
    where.push(parts.length === 1 ? parts[0]! : `(${parts.join(' OR ')})`);
  }
  if (f.severities?.length) {
    where.push(`${p}.severity IN (${placeholders(f.severities.length)})`);
    params.push(...f.severities);
  }
  if (f.reviewStatus?.length) {
    where.push(`${p}.review_status IN (${placeholders(f.reviewStatus.length)})`);
    params.push(...f.reviewStatus);
  }
  if (f.accountId !== undefined) {
    where.push(`${p}.account_id = ?`);
    params.push(f.accountId);
  }
  if (f.importId !== undefined) {
    where.push(`${p}.import_id = ?`);
    params.push(f.importId);
  }
  if (f.abusiveOnly) where.push(`${p}.abusive = 1`);
  const reposts = repostMode(f, opts.countReposts ?? true);
  if (reposts === 'exclude') where.push(`${p}.repost_of_post_id IS NULL`);
  if (reposts === 'only') where.push(`${p}.repost_of_post_id IS NOT NULL`);
  const fts = f.query ? toFtsQuery(f.query) : null;
  if (fts) {
    where.push(`${p}.id IN (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ?)`);
    params.push(fts);
  }
  return { sql: where.length ? where.join(' AND ') : '1', params };
}

/** The reposts setting as stored (README: reposts count in volume unless Settings says not). */
export function countRepostsSetting(db: DB): boolean {
  return getSetting(db, 'stats.countReposts', true);
}

/** postFilterSql with the reposts setting read from the database. */
export function postFilterWhere(
  db: DB,
  f: PostFilter,
  opts: Omit<PostFilterOptions, 'countReposts'> = {},
): SqlFragment {
  return postFilterSql(f, { ...opts, countReposts: countRepostsSetting(db) });
}

/** How many posts match. */
export function countPosts(db: DB, f: PostFilter): number {
  const w = postFilterWhere(db, f);
  return db
    .prepare(`SELECT count(*) FROM posts p WHERE ${w.sql}`)
    .pluck()
    .get(...w.params) as number;
}

/**
 * The ids of the posts a filter matches, oldest first (the order a course of conduct is read in), at
 * most `limit` of them. Callers that must not silently truncate (evidence packs) should compare the
 * length with countPosts().
 */
export function selectPostIds(db: DB, f: PostFilter, limit = 100_000): number[] {
  const w = postFilterWhere(db, f);
  return db
    .prepare(`SELECT p.id FROM posts p WHERE ${w.sql} ORDER BY p.created_at, p.id LIMIT ?`)
    .pluck()
    .all(...w.params, limit) as number[];
}
