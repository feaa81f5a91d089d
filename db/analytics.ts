/**
 * What campaign and spike detection read from the database. Detection scans every post once, so these
 * are streaming, raw-row reads in rowid order (no sort, no temp b-tree); everything else it needs is
 * looked up afterwards for the few thousand posts and accounts that turned out to matter.
 *
 *   iterateDetectionPosts(db)    posts that mention someone, with the people, as raw rows
 *   accountFacts(db, ids)        created date, followers and first post of accounts
 *   priorPostCounts(db, ...)     how many posts an account made before a moment (capped)
 *   dailyPersonCounts(db)        posts and abusive posts per person per UTC day (spikes without a scan
 *                                of text)
 *   postTexts(db, ids)           text of a few hundred posts (campaign labels and samples)
 *   postIdsByPlatformIds(db, ...) posts.id for (platform, platform_post_id) pairs (pile-on targets)
 *   plantedCampaignPosts(db)     the demo's answer key, to score detection against
 *   postIdSpan(db)               max id - min id + 1 of posts, an upper bound to size arrays by
 *   corpusFingerprint(db)        count and max id of posts, to tell whether a stored run is stale
 *   insertRun / updateRunCounts / lastRun   the analytics_runs log
 */
import type { DB } from './connection';

/**
 * [id, created_at, account_id, platform, abusive, hostile, text, reply_to_post_id, person_id, is_reply].
 * One row per post and person it mentions (consecutive rows for a post naming two people), in post id
 * order: joining here costs one primary-key seek per post, less than a second scan of mentions.
 * `hostile` is 1 for abusive posts and for political attacks (criticism): what a pile-on is made of,
 * unlike support. `is_reply` is 1 when the person was found because the post replies to them.
 */
export type DetectionPostRow = [
  number,
  string,
  number | null,
  string,
  number,
  number,
  string,
  string | null,
  number,
  number,
];

/** Rows per read: whole chunks cost fewer calls into SQLite than one row at a time (about 40% less wall time). */
const CHUNK = 50_000;

export function* iterateDetectionPosts(db: DB): IterableIterator<DetectionPostRow> {
  const span = db.prepare('SELECT min(id) AS lo, max(id) AS hi FROM posts').get() as {
    lo: number | null;
    hi: number | null;
  };
  if (span.lo === null || span.hi === null) return;
  const stmt = db
    .prepare(
      `SELECT p.id, p.created_at, p.account_id, p.platform, p.abusive,
              (p.abusive = 1 OR p.top_category = 'political_criticism') AS hostile, p.text, p.reply_to_post_id,
              m.person_id, m.how = 'reply'
       FROM posts p JOIN mentions m ON m.post_id = p.id
       WHERE p.id BETWEEN ? AND ? AND p.matched = 1 AND p.repost_of_post_id IS NULL ORDER BY p.id`,
    )
    .raw();
  for (let from = span.lo; from <= span.hi; from += CHUNK)
    yield* stmt.all(from, from + CHUNK - 1) as DetectionPostRow[];
}

export interface AccountFact {
  id: number;
  platform: string;
  handle: string | null;
  displayName: string | null;
  createdAt: string | null;
  followers: number | null;
  firstSeen: string | null;
}

export function accountFacts(db: DB, ids: Iterable<number>): Map<number, AccountFact> {
  const stmt = db.prepare(
    `SELECT id, platform, handle, display_name AS displayName, account_created_at AS createdAt, followers,
            first_seen AS firstSeen FROM accounts WHERE id = ?`,
  );
  const out = new Map<number, AccountFact>();
  for (const id of ids) {
    const row = stmt.get(id) as AccountFact | undefined;
    if (row) out.set(id, row);
  }
  return out;
}

/** Posts by `accountId` before `beforeIso`, counting no further than `cap` (served by posts_account). */
export function priorPostCounter(db: DB): (accountId: number, beforeIso: string, cap: number) => number {
  const stmt = db
    .prepare('SELECT count(*) FROM (SELECT 1 FROM posts WHERE account_id = ? AND created_at < ? LIMIT ?)')
    .pluck();
  return (accountId, beforeIso, cap) => stmt.get(accountId, beforeIso, cap) as number;
}

export interface DailyCount {
  personId: number;
  day: string;
  posts: number;
  abusive: number;
}

/**
 * Posts and abusive posts mentioning each person, per UTC day. A post that names someone twice (by
 * handle and by name) counts once. Reposts are left out: they repeat a post, they are not new abuse.
 */
export function dailyPersonCounts(db: DB): DailyCount[] {
  return db
    .prepare(
      `SELECT m.person_id AS personId, substr(p.created_at, 1, 10) AS day, count(*) AS posts,
              sum(p.abusive) AS abusive
       FROM (SELECT DISTINCT post_id, person_id FROM mentions) m
       JOIN posts p ON p.id = m.post_id
       WHERE p.repost_of_post_id IS NULL
       GROUP BY m.person_id, day`,
    )
    .all() as DailyCount[];
}

/** Text of each post, by id (for labels and samples of a few hundred posts). */
export function postTexts(db: DB, ids: number[]): Map<number, string> {
  const stmt = db.prepare('SELECT text FROM posts WHERE id = ?').pluck();
  const out = new Map<number, string>();
  for (const id of ids) {
    const t = stmt.get(id) as string | undefined;
    if (t !== undefined) out.set(id, t);
  }
  return out;
}

/** posts.id of each (platform, platform_post_id) that is in the database. */
export function postIdsByPlatformIds(db: DB, keys: { platform: string; platformPostId: string }[]) {
  const stmt = db.prepare('SELECT id FROM posts WHERE platform = ? AND platform_post_id = ?').pluck();
  return keys.map((k) => (stmt.get(k.platform, k.platformPostId) as number | undefined) ?? null);
}

/** An upper bound on the number of posts (from the rowid range: no scan), to size arrays up front. */
export function postIdSpan(db: DB): number {
  // Two separate aggregates: SQLite answers a lone max() or min() from the rowid b-tree's ends.
  const r = db
    .prepare('SELECT coalesce((SELECT max(id) FROM posts) - (SELECT min(id) FROM posts) + 1, 0)')
    .pluck()
    .get() as number;
  return r;
}

/** The demo generator's answer key: posts of each planted campaign (empty outside demo databases). */
export function plantedCampaignPosts(db: DB): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const rows = db
    .prepare('SELECT campaign, post_id FROM demo_truth WHERE campaign IS NOT NULL ORDER BY post_id')
    .raw()
    .iterate() as IterableIterator<[string, number]>;
  for (const [campaign, post] of rows) {
    let list = out.get(campaign);
    if (!list) out.set(campaign, (list = []));
    list.push(post);
  }
  return out;
}

export interface CorpusFingerprint {
  posts: number;
  maxPostId: number;
}

export function corpusFingerprint(db: DB): CorpusFingerprint {
  const r = db.prepare('SELECT count(*) AS posts, coalesce(max(id), 0) AS maxPostId FROM posts').get() as
    CorpusFingerprint | undefined;
  return r ?? { posts: 0, maxPostId: 0 };
}

export interface AnalyticsRun {
  id: number;
  startedAt: string;
  finishedAt: string;
  seconds: number;
  reason: string;
  params: string;
  posts: number;
  maxPostId: number;
  campaigns: number;
  spikes: number;
  newSpikes: number;
}

/** Records a detection run; campaigns and spikes it stores point at it. */
export function insertRun(db: DB, run: Omit<AnalyticsRun, 'id'>): number {
  const info = db
    .prepare(
      `INSERT INTO analytics_runs (started_at, finished_at, seconds, reason, params, posts, max_post_id, campaigns,
         spikes, new_spikes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      run.startedAt,
      run.finishedAt,
      run.seconds,
      run.reason,
      run.params,
      run.posts,
      run.maxPostId,
      run.campaigns,
      run.spikes,
      run.newSpikes,
    );
  return Number(info.lastInsertRowid);
}

export function updateRunCounts(
  db: DB,
  id: number,
  counts: { campaigns: number; spikes: number; newSpikes: number; finishedAt: string; seconds: number },
): void {
  db.prepare(
    'UPDATE analytics_runs SET campaigns = ?, spikes = ?, new_spikes = ?, finished_at = ?, seconds = ? WHERE id = ?',
  ).run(counts.campaigns, counts.spikes, counts.newSpikes, counts.finishedAt, counts.seconds, id);
}

export function lastRun(db: DB): AnalyticsRun | undefined {
  return db
    .prepare(
      `SELECT id, started_at AS startedAt, finished_at AS finishedAt, seconds, reason, params, posts,
              max_post_id AS maxPostId, campaigns, spikes, new_spikes AS newSpikes
       FROM analytics_runs ORDER BY id DESC LIMIT 1`,
    )
    .get() as AnalyticsRun | undefined;
}
