import type { DB } from './connection';
import { getSetting } from './settings';

export interface Range {
  from?: string;
  to?: string;
}

/** Bounds as ISO text: `to` is inclusive of the whole day. */
function bounds(r: Range): [string, string] {
  return [r.from ? `${r.from}T00:00:00.000Z` : '0000', r.to ? `${r.to}T23:59:59.999Z` : '9999'];
}

export function overview(db: DB, r: Range) {
  const [lo, hi] = bounds(r);
  // Reposts are stored as reposts of the original; whether they count as volume is a setting.
  const reposts = getSetting(db, 'stats.countReposts', true) ? '' : ' AND repost_of_post_id IS NULL';
  const totals = db
    .prepare(
      `SELECT count(*) AS posts, coalesce(sum(abusive), 0) AS abusive, coalesce(sum(severity = 4), 0) AS urgent,
              min(created_at) AS first, max(created_at) AS last
       FROM posts WHERE created_at BETWEEN ? AND ?${reposts}`,
    )
    .get(lo, hi) as {
    posts: number;
    abusive: number;
    urgent: number;
    first: string | null;
    last: string | null;
  };
  const byPlatform = db
    .prepare(
      `SELECT platform, count(*) AS posts FROM posts WHERE created_at BETWEEN ? AND ?${reposts}
       GROUP BY platform ORDER BY posts DESC`,
    )
    .all(lo, hi) as { platform: string; posts: number }[];
  const byDay = db
    .prepare(
      `SELECT substr(created_at, 1, 10) AS day, count(*) AS posts, coalesce(sum(abusive), 0) AS abusive
       FROM posts WHERE created_at BETWEEN ? AND ?${reposts} GROUP BY day ORDER BY day`,
    )
    .all(lo, hi) as { day: string; posts: number; abusive: number }[];
  const count = (sql: string) => db.prepare(sql).pluck().get() as number;
  return {
    totals: {
      posts: totals.posts,
      abusive: totals.abusive,
      urgent: totals.urgent,
      people: count('SELECT count(*) FROM people'),
      accounts: count('SELECT count(*) FROM accounts'),
      platforms: byPlatform.length,
    },
    range: { first: totals.first, last: totals.last },
    byPlatform,
    byDay,
  };
}
