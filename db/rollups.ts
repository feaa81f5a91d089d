/**
 * Keeps the dashboard rollups (migration 007) in step with the posts.
 *
 * What needs recounting is found, not remembered by callers: posts above rollup_state.built_to are new
 * (imports only append), and triggers put the day of any changed, re-matched or deleted post in
 * rollup_dirty. refreshRollups() recounts those days; the dashboard calls ensureRollups() before every
 * query, so the charts are never stale even if nobody refreshed after a change. Calling refreshRollups()
 * at the end of an import or reclassification just moves the work off the first chart view.
 *
 * Work is done a few days at a time, each in its own short transaction, so a running import is never
 * blocked for long.
 */
import type { DB } from './connection';
import { instantEnd, instantStart } from './postFilter';

export interface RollupRefresh {
  days: number;
  posts: number;
  ms: number;
  full: boolean;
}

const TABLES_BY_DAY = ['rollup_day', 'rollup_person_day', 'rollup_set_day', 'rollup_account_day'] as const;

function state(db: DB): { builtTo: number; maxId: number; dirty: number } {
  return db
    .prepare(
      `SELECT (SELECT built_to FROM rollup_state WHERE id = 1) AS builtTo,
              (SELECT coalesce(max(id), 0) FROM posts) AS maxId,
              (SELECT count(*) FROM rollup_dirty) AS dirty`,
    )
    .get() as { builtTo: number; maxId: number; dirty: number };
}

/** True when some posts are not counted yet (cheap: three indexed lookups). */
export function rollupsStale(db: DB): boolean {
  const s = state(db);
  return s.dirty > 0 || s.maxId > s.builtTo;
}

/** Refreshes the rollups if anything changed since the last refresh; otherwise does nothing. */
export function ensureRollups(db: DB): RollupRefresh | null {
  return rollupsStale(db) ? refreshRollups(db) : null;
}

/**
 * Recounts the rollups. Without a range: every day holding new posts or marked dirty (a first build
 * counts everything). With a range (UTC days, inclusive): those days, whatever their state — for a
 * caller that changed posts behind the triggers' back.
 */
export function refreshRollups(db: DB, range?: { from?: string; to?: string }): RollupRefresh {
  const t0 = performance.now();
  const s = state(db);
  let days: string[];
  let full = false;
  if (range) {
    days = daysBetween(db, range.from, range.to);
  } else if (s.builtTo === 0) {
    full = true;
    days = daysBetween(db);
  } else {
    const fresh = db
      .prepare('SELECT DISTINCT substr(created_at, 1, 10) FROM posts WHERE id > ?')
      .pluck()
      .all(s.builtTo) as string[];
    const dirty = db.prepare('SELECT day FROM rollup_dirty').pluck().all() as string[];
    days = [...new Set([...fresh, ...dirty])].sort();
  }
  if (full) db.transaction(() => clearAll(db))();
  let posts = 0;
  for (const [a, b] of chunks(days, full ? 31 : 7)) posts += db.transaction(() => recount(db, a, b, full))();
  if (!range) db.prepare('UPDATE rollup_state SET built_to = max(built_to, ?) WHERE id = 1').run(s.maxId);
  return { days: days.length, posts, ms: Math.round(performance.now() - t0), full };
}

function clearAll(db: DB): void {
  for (const t of [...TABLES_BY_DAY, 'rollup_set_hour', 'rollup_dirty']) db.exec(`DELETE FROM ${t}`);
}

/** Every UTC day from the first post (or `from`) to the last (or `to`). */
function daysBetween(db: DB, from?: string, to?: string): string[] {
  const r = db.prepare('SELECT min(created_at) AS lo, max(created_at) AS hi FROM posts').get() as {
    lo: string | null;
    hi: string | null;
  };
  const lo = from ?? r.lo?.slice(0, 10);
  const hi = to ?? r.hi?.slice(0, 10);
  if (!lo || !hi || lo > hi) return [];
  const out: string[] = [];
  for (
    let d = new Date(`${lo}T00:00:00Z`);
    d.toISOString().slice(0, 10) <= hi;
    d.setUTCDate(d.getUTCDate() + 1)
  )
    out.push(d.toISOString().slice(0, 10));
  return out;
}

/** Runs of consecutive days, at most `max` long: each becomes one range scan and one transaction. */
function chunks(days: string[], max: number): [string, string][] {
  const out: [string, string][] = [];
  let start: string | undefined;
  let prev: string | undefined;
  let len = 0;
  for (const d of days) {
    if (start && prev && len < max && instantEnd(prev).slice(0, 10) === d) {
      prev = d;
      len++;
      continue;
    }
    if (start && prev) out.push([start, prev]);
    start = prev = d;
    len = 1;
  }
  if (start && prev) out.push([start, prev]);
  return out;
}

/** Recounts days a..b (inclusive) from the posts. Returns how many posts were counted. */
function recount(db: DB, a: string, b: string, fresh: boolean): number {
  const lo = instantStart(a);
  const hi = instantEnd(b);
  if (!fresh) {
    for (const t of TABLES_BY_DAY) db.prepare(`DELETE FROM ${t} WHERE day BETWEEN ? AND ?`).run(a, b);
    db.prepare('DELETE FROM rollup_set_hour WHERE hour >= ? AND hour < ?').run(a, `${b}U`);
  }
  db.exec('DROP TABLE IF EXISTS temp.rollup_batch');
  // Malformed times (not ISO) fall outside every day and are simply not counted.
  db.prepare(
    `CREATE TEMP TABLE rollup_batch AS
     SELECT p.created_at, p.account_id, coalesce(p.top_category, '') AS category, p.severity, p.platform,
            p.review_status, (p.repost_of_post_id IS NOT NULL) AS repost, p.abusive,
            coalesce((SELECT group_concat(DISTINCT m.person_id ORDER BY m.person_id) FROM mentions m
                      WHERE m.post_id = p.id), '') AS pkey
     FROM posts p WHERE p.created_at >= ? AND p.created_at < ?`,
  ).run(lo, hi);
  db.exec(`
    INSERT OR IGNORE INTO rollup_sets (key) SELECT DISTINCT pkey FROM rollup_batch;
    INSERT OR IGNORE INTO rollup_set_members (person_id, set_id)
      SELECT CAST(j.value AS INTEGER), s.id FROM rollup_sets s, json_each('[' || s.key || ']') j
      WHERE s.key IN (SELECT DISTINCT pkey FROM rollup_batch) AND s.id > 0;
    DROP TABLE IF EXISTS temp.rollup_keyed;
    CREATE TEMP TABLE rollup_keyed AS
      SELECT substr(b.created_at, 1, 10) AS day, substr(b.created_at, 1, 13) AS hour, s.id AS set_id, b.*
      FROM rollup_batch b JOIN rollup_sets s ON s.key = b.pkey;
    INSERT INTO rollup_day
      SELECT day, category, severity, platform, review_status, repost, abusive, count(*)
      FROM rollup_keyed GROUP BY 1, 2, 3, 4, 5, 6, 7;
    INSERT INTO rollup_set_day
      SELECT set_id, day, category, severity, platform, review_status, repost, abusive, count(*)
      FROM rollup_keyed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    INSERT INTO rollup_set_hour
      SELECT hour, set_id, category, severity, platform, review_status, repost, abusive, count(*)
      FROM rollup_keyed GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    INSERT INTO rollup_person_day
      SELECT m.person_id, k.day, k.category, k.severity, k.platform, k.review_status, k.repost, k.abusive, count(*)
      FROM rollup_keyed k JOIN rollup_set_members m ON m.set_id = k.set_id GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
    INSERT INTO rollup_account_day
      SELECT account_id, day, set_id, category, severity, platform, review_status, repost, count(*)
      FROM rollup_keyed WHERE abusive = 1 AND account_id IS NOT NULL GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
  `);
  const n = db.prepare('SELECT count(*) FROM rollup_batch').pluck().get() as number;
  db.prepare('DELETE FROM rollup_dirty WHERE day BETWEEN ? AND ?').run(a, b);
  db.exec('DROP TABLE temp.rollup_batch; DROP TABLE temp.rollup_keyed;');
  return n;
}
