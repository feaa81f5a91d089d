/**
 * The Posts explorer's query: a page of posts under a PostFilter, newest / oldest / most severe first,
 * with keyset pagination (the cursor is the last row's sort key, never an OFFSET, so page 4,000 costs
 * what page 1 does).
 *
 * Full-text search picks a plan by how many posts the words match, counted cheaply from the FTS
 * index with an early stop:
 * - few (≤ FEW_MATCHES): read just those posts and sort them;
 * - many: walk posts in sort order through the time index and keep the matches, tested against a
 *   bitmap of every match when there are at most BITMAP_MAX (reading that many ids costs ~10 ms);
 * - more than that (a word in most posts): each walked post is checked on its own (MATCH with
 *   rowid =, ~30–120 µs), and the page fills after a few hundred checks. Reading half a million ids
 *   for a bitmap would cost ~100 ms. If under a filter fewer than DENSE of the first PROBE posts
 *   checked match, the walk switches to the full bitmap after all.
 */
import type { PostFilter } from '../electron/api/filters';
import { searchTerms, toFtsQuery } from '../electron/api/ftsQuery';
import type { PostSearchPage, PostSearchRow, PostSort } from '../electron/api/types';
import type { DB } from './connection';
import type { SqlFragment, SqlParam } from './postFilter';
import { postFilterWhere } from './postFilter';

export const FEW_MATCHES = 20_000;
/** Per-post checks before deciding whether the matches are dense enough to keep checking one by one. */
export const PROBE = 100;
/** Share of probed posts that must match to stay with per-post checks. */
export const DENSE = 0.15;
/** Up to this many matches the bitmap is read at once (cheap); beyond, matches are dense: check posts. */
export const BITMAP_MAX = 100_000;
const WALK_CHUNK = 2000;
const LIST_TEXT = 600;

export interface SearchArgs {
  filter: PostFilter;
  sort: PostSort;
  limit: number;
  after?: string;
}

interface Key {
  s: number;
  t: string;
  id: number;
}

export function encodeCursor(k: Key, sort: PostSort): string {
  return sort === 'severity' ? `${k.s}|${k.t}|${k.id}` : `${k.t}|${k.id}`;
}

export function decodeCursor(c: string | undefined, sort: PostSort): Key | null {
  if (!c) return null;
  const parts = c.split('|');
  const [s, t, id] = sort === 'severity' ? parts : ['0', ...parts];
  if (!t || !/^\d+$/.test(id ?? '') || !/^[0-4]$/.test(s ?? '')) return null;
  return { s: Number(s), t, id: Number(id) };
}

/**
 * Terms implied by the filter that let SQLite use a partial index: posts in an abuse category, or
 * confirmed / escalated, are abusive (posts_abusive_recent); other reviewed posts (posts_reviewed);
 * severities above 0 (posts_severity).
 */
export function indexHints(db: DB, f: PostFilter): string[] {
  const hints: string[] = [];
  let abusive = false;
  if (f.categories?.length && !f.categories.includes('none')) {
    const q = f.categories.map(() => '?').join(', ');
    const notAbuse = db
      .prepare(
        `SELECT count(*) FROM categories WHERE key IN (${q}) AND (is_abuse = 0 OR default_severity = 0)`,
      )
      .pluck()
      .get(...f.categories) as number;
    const known = db
      .prepare(`SELECT count(*) FROM categories WHERE key IN (${q})`)
      .pluck()
      .get(...f.categories) as number;
    if (notAbuse === 0 && known === f.categories.length) abusive = true;
  }
  if (f.reviewStatus?.length && f.reviewStatus.every((s) => s === 'confirmed' || s === 'escalated'))
    abusive = true;
  if (abusive && !f.abusiveOnly) hints.push('p.abusive = 1');
  else if (f.reviewStatus?.length && !f.reviewStatus.includes('unreviewed'))
    hints.push("p.review_status <> 'unreviewed'");
  if (f.severities?.length && f.severities.every((s) => s > 0)) hints.push('p.severity > 0');
  return hints;
}

function whereWith(base: SqlFragment, extra: string[], params: SqlParam[] = []): SqlFragment {
  const parts = [base.sql, ...extra].filter((s) => s !== '1');
  return { sql: parts.length ? parts.join(' AND ') : '1', params: [...base.params, ...params] };
}

/** Keyset condition on (created_at, id) within one sort direction. */
function afterTime(k: Key | null, dir: 'asc' | 'desc'): [string[], SqlParam[]] {
  if (!k) return [[], []];
  return [[`(p.created_at, p.id) ${dir === 'desc' ? '<' : '>'} (?, ?)`], [k.t, k.id]];
}

type KeyRow = { id: number; created_at: string; severity: number };

/** Walks posts in time order under `w`, keeping those `keep` accepts, until `want` are found. */
function timeWalk(
  db: DB,
  w: SqlFragment,
  dir: 'asc' | 'desc',
  from: Key | null,
  want: number,
  keep: ((id: number) => boolean) | null,
): KeyRow[] {
  const order = dir === 'desc' ? 'DESC' : 'ASC';
  const out: KeyRow[] = [];
  let cursor = from;
  const chunk = keep ? WALK_CHUNK : want;
  for (;;) {
    const [ks, kp] = afterTime(cursor, dir);
    const q = whereWith(w, ks, kp);
    const rows = db
      .prepare(
        `SELECT p.id, p.created_at, p.severity FROM posts p WHERE ${q.sql}
         ORDER BY p.created_at ${order}, p.id ${order} LIMIT ?`,
      )
      .all(...q.params, chunk) as KeyRow[];
    for (const r of rows) {
      if (!keep || keep(r.id)) out.push(r);
      if (out.length >= want) return out;
    }
    if (rows.length < chunk) return out;
    const last = rows[rows.length - 1]!;
    cursor = { s: last.severity, t: last.created_at, id: last.id };
  }
}

/** The set of posts an FTS query matches, as a bitmap over post ids. One entry cached per query. */
let bitmapCache: { fts: string; maxId: number; bits: Uint8Array } | null = null;

export function ftsBitmap(db: DB, fts: string): Uint8Array {
  return ftsBitmapUpTo(db, fts, Infinity)!;
}

/**
 * The match bitmap if the query matches at most `cap` posts, else null (having read only cap + 1 of
 * them, so finding out costs what a bitmap of that size would).
 */
export function ftsBitmapUpTo(db: DB, fts: string, cap: number): Uint8Array | null {
  const maxId = db.prepare('SELECT coalesce(max(id), 0) FROM posts').pluck().get() as number;
  if (bitmapCache && bitmapCache.fts === fts && bitmapCache.maxId === maxId) return bitmapCache.bits;
  // One string of ids parsed here is ~3x faster than half a million rows crossing into JavaScript.
  const list = (
    Number.isFinite(cap)
      ? db
          .prepare(
            'SELECT group_concat(rowid) FROM (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? LIMIT ?)',
          )
          .pluck()
          .get(fts, cap + 1)
      : db.prepare('SELECT group_concat(rowid) FROM posts_fts WHERE posts_fts MATCH ?').pluck().get(fts)
  ) as string | null;
  const bits = new Uint8Array(maxId + 1);
  let n = 0;
  if (list) {
    let v = 0;
    for (let i = 0; i <= list.length; i++) {
      const c = i < list.length ? list.charCodeAt(i) : 44;
      if (c === 44) {
        if (v <= maxId) bits[v] = 1;
        n++;
        v = 0;
      } else v = v * 10 + (c - 48);
    }
  }
  if (n > cap) return null;
  bitmapCache = { fts, maxId, bits };
  return bits;
}

/**
 * A membership test for a query with many matches: per-post checks while they keep paying off, the
 * bitmap once they do not (or at once, when the bitmap for this query is already cached).
 */
export function denseMatcher(
  db: DB,
  fts: string,
): { keep: (id: number) => boolean; usedBitmap: () => boolean } {
  // CAST: a bound JavaScript number reaches FTS5 as a REAL, and FTS5 ignores a REAL rowid constraint.
  const one = db
    .prepare('SELECT 1 FROM posts_fts WHERE posts_fts MATCH ? AND rowid = CAST(? AS INTEGER)')
    .pluck();
  let bits: Uint8Array | null = cachedBitmap(db, fts);
  let checks = 0;
  let hits = 0;
  return {
    keep: (id) => {
      if (bits) return bits[id] === 1;
      const hit = one.get(fts, id) !== undefined;
      checks++;
      if (hit) hits++;
      if (checks === PROBE && hits < PROBE * DENSE) bits = ftsBitmap(db, fts);
      return hit;
    },
    usedBitmap: () => bits !== null,
  };
}

function cachedBitmap(db: DB, fts: string): Uint8Array | null {
  if (!bitmapCache || bitmapCache.fts !== fts) return null;
  const maxId = db.prepare('SELECT coalesce(max(id), 0) FROM posts').pluck().get() as number;
  return bitmapCache.maxId === maxId ? bitmapCache.bits : null;
}

/** Forget cached search results (after posts change). */
export function clearSearchCache(): void {
  bitmapCache = null;
}

export function ftsMatchCount(db: DB, fts: string, cap = FEW_MATCHES + 1): number {
  return db
    .prepare('SELECT count(*) FROM (SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? LIMIT ?)')
    .pluck()
    .get(fts, cap) as number;
}

function keysFewMatches(db: DB, w: SqlFragment, fts: string, sort: PostSort, from: Key | null, want: number) {
  const dir = sort === 'oldest' ? 'ASC' : 'DESC';
  const order =
    sort === 'severity'
      ? `p.severity DESC, p.created_at DESC, p.id DESC`
      : `p.created_at ${dir}, p.id ${dir}`;
  const keyset: string[] = [];
  const kp: SqlParam[] = [];
  if (from) {
    if (sort === 'severity') {
      keyset.push('(p.severity, p.created_at, p.id) < (?, ?, ?)');
      kp.push(from.s, from.t, from.id);
    } else {
      const [ks, p] = afterTime(from, sort === 'oldest' ? 'asc' : 'desc');
      keyset.push(...ks);
      kp.push(...p);
    }
  }
  const q = whereWith(w, keyset, kp);
  // CROSS JOIN: read the (few) matches first, then their posts — never the other way round.
  return db
    .prepare(
      `SELECT p.id, p.created_at, p.severity
       FROM (SELECT rowid AS id FROM posts_fts WHERE posts_fts MATCH ?) m CROSS JOIN posts p ON p.id = m.id
       WHERE ${q.sql} ORDER BY ${order} LIMIT ?`,
    )
    .all(fts, ...q.params, want) as KeyRow[];
}

function keysWalk(
  db: DB,
  f: PostFilter,
  w: SqlFragment,
  sort: PostSort,
  from: Key | null,
  want: number,
  keep: ((id: number) => boolean) | null,
): KeyRow[] {
  if (sort !== 'severity') return timeWalk(db, w, sort === 'oldest' ? 'asc' : 'desc', from, want, keep);
  // Most severe first: one time-ordered walk per severity level, S4 down to S0.
  const out: KeyRow[] = [];
  const levels = [4, 3, 2, 1, 0].filter((s) => !f.severities || f.severities.includes(s));
  for (const s of levels) {
    if (from && s > from.s) continue;
    const lw = whereWith(
      w,
      s > 0 ? ['p.severity = ?', 'p.severity > 0'] : ['p.severity = 0'],
      s > 0 ? [s] : [],
    );
    const start = from && s === from.s ? from : null;
    out.push(...timeWalk(db, lw, 'desc', start, want - out.length, keep));
    if (out.length >= want) break;
  }
  return out;
}

const LIST_COLUMNS = `p.id, p.platform, p.platform_post_id, p.created_at, substr(p.text, 1, ${LIST_TEXT}) AS text,
  length(p.text) > ${LIST_TEXT} AS truncated, p.url, a.handle, a.display_name, p.account_id, p.abusive,
  p.severity, p.top_category, p.review_status, p.repost_of_post_id`;

export function listRows(db: DB, ids: number[]): PostSearchRow[] {
  if (ids.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${LIST_COLUMNS} FROM posts p LEFT JOIN accounts a ON a.id = p.account_id
       WHERE p.id IN (${ids.map(() => '?').join(', ')})`,
    )
    .all(...ids) as (Omit<PostSearchRow, 'truncated'> & { truncated: number })[];
  const byId = new Map(rows.map((r) => [r.id, { ...r, truncated: Boolean(r.truncated) }]));
  return ids.map((id) => byId.get(id)).filter((r): r is PostSearchRow => r !== undefined);
}

/** One page of the explorer. */
export function searchPosts(
  db: DB,
  args: SearchArgs,
  /** Plan thresholds; tests lower them to drive the many-matches plans on a small database. */
  tuning: { fewMatches?: number; bitmapMax?: number } = {},
): PostSearchPage {
  const few = tuning.fewMatches ?? FEW_MATCHES;
  const { filter, sort, limit } = args;
  const from = decodeCursor(args.after, sort);
  const fts = filter.query ? toFtsQuery(filter.query) : null;
  const base = postFilterWhere(db, { ...filter, query: undefined }, { people: 'exists', timeOrdered: true });
  const w = whereWith(base, indexHints(db, filter));
  let keys: KeyRow[];
  let plan: string;
  if (!fts) {
    keys = keysWalk(db, filter, w, sort, from, limit + 1, null);
    plan = 'index walk';
  } else if (ftsMatchCount(db, fts, few + 1) <= few) {
    keys = keysFewMatches(db, w, fts, sort, from, limit + 1);
    plan = 'few matches: read them and sort';
  } else {
    const bits = ftsBitmapUpTo(db, fts, tuning.bitmapMax ?? BITMAP_MAX);
    const m = bits ? { keep: (id: number) => bits[id] === 1, usedBitmap: () => true } : denseMatcher(db, fts);
    keys = keysWalk(db, filter, w, sort, from, limit + 1, m.keep);
    plan = m.usedBitmap()
      ? 'many matches: index walk with match bitmap'
      : 'many matches: index walk, each post checked';
  }
  const more = keys.length > limit;
  const page = keys.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: listRows(
      db,
      page.map((k) => k.id),
    ),
    nextCursor:
      more && last ? encodeCursor({ s: last.severity, t: last.created_at, id: last.id }, sort) : null,
    plan,
    terms: filter.query ? searchTerms(filter.query) : [],
  };
}
