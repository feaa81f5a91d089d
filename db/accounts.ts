/**
 * One account's course of conduct: everything it posted about the people we monitor, over time and by
 * category, who it targeted, and when we first and last saw it. Reads the account's own posts through
 * posts_account (account_id, created_at), so even a prolific account costs a few milliseconds.
 */
import type { AccountDetail, DashboardBucket } from '../electron/api/types';
import type { DB } from './connection';
import { campaignsForAccount } from './campaigns';
import { bucketRange } from './dashboard';
import { countRepostsSetting } from './postFilter';

/** Accounts active this many days or fewer are charted per day, else per week. */
const DAILY_MAX_DAYS = 120;

function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

export function accountDetail(db: DB, id: number): AccountDetail | null {
  const a = db
    .prepare(
      `SELECT id, platform, platform_user_id, handle, display_name, account_created_at, followers
       FROM accounts WHERE id = ?`,
    )
    .get(id) as
    | {
        id: number;
        platform: string;
        platform_user_id: string;
        handle: string | null;
        display_name: string | null;
        account_created_at: string | null;
        followers: number | null;
      }
    | undefined;
  if (!a) return null;
  const reposts = countRepostsSetting(db) ? '' : ' AND p.repost_of_post_id IS NULL';
  const totals = db
    .prepare(
      `SELECT count(*) AS posts, coalesce(sum(p.abusive), 0) AS abusive, coalesce(max(p.severity), 0) AS sev,
              min(p.created_at) AS first, max(p.created_at) AS last
       FROM posts p WHERE p.account_id = ?${reposts}`,
    )
    .get(id) as { posts: number; abusive: number; sev: number; first: string | null; last: string | null };
  const days = db
    .prepare(
      `SELECT substr(p.created_at, 1, 10) AS day, coalesce(p.top_category, 'none') AS c, count(*) AS n
       FROM posts p WHERE p.account_id = ?${reposts} GROUP BY 1, 2`,
    )
    .all(id) as { day: string; c: string; n: number }[];
  const span =
    totals.first && totals.last
      ? (Date.parse(totals.last.slice(0, 10)) - Date.parse(totals.first.slice(0, 10))) / 86_400_000 + 1
      : 0;
  const grain: 'day' | 'week' = span <= DAILY_MAX_DAYS ? 'day' : 'week';
  const bucketOf = (d: string) => (grain === 'week' ? mondayOf(d) : d);
  const byBucket = new Map<string, DashboardBucket>();
  const categories = new Map<string, number>();
  for (const r of days) {
    const b = bucketOf(r.day);
    const e = byBucket.get(b) ?? { bucket: b, total: 0, counts: {} };
    e.counts[r.c] = (e.counts[r.c] ?? 0) + r.n;
    e.total += r.n;
    byBucket.set(b, e);
    categories.set(r.c, (categories.get(r.c) ?? 0) + r.n);
  }
  const overTime =
    totals.first && totals.last
      ? bucketRange(bucketOf(totals.first.slice(0, 10)), bucketOf(totals.last.slice(0, 10)), grain).map(
          (b) => byBucket.get(b) ?? { bucket: b, total: 0, counts: {} },
        )
      : [];
  const people = db
    .prepare(
      `SELECT pe.id AS personId, pe.name, count(*) AS posts, coalesce(sum(x.abusive), 0) AS abusive
       FROM (SELECT DISTINCT p.id, p.abusive, m.person_id FROM posts p JOIN mentions m ON m.post_id = p.id
             WHERE p.account_id = ?${reposts}) x
       JOIN people pe ON pe.id = x.person_id
       GROUP BY pe.id ORDER BY abusive DESC, posts DESC, pe.name`,
    )
    .all(id) as AccountDetail['people'];
  return {
    id: a.id,
    platform: a.platform,
    platformUserId: a.platform_user_id,
    handle: a.handle,
    displayName: a.display_name,
    accountCreatedAt: a.account_created_at,
    followers: a.followers,
    firstSeen: totals.first,
    lastSeen: totals.last,
    posts: totals.posts,
    abusive: totals.abusive,
    maxSeverity: totals.sev,
    grain,
    overTime,
    categories: [...categories.entries()]
      .map(([category, posts]) => ({ category, posts }))
      .sort((x, y) => y.posts - x.posts),
    people,
    campaigns: campaignsForAccount(db, id).map((c) => ({
      id: c.id,
      kind: c.kind,
      label: c.label,
      person: c.person,
      startAt: c.startAt,
      endAt: c.endAt,
      accounts: c.accounts,
      posts: c.posts,
      score: c.score,
    })),
  };
}
