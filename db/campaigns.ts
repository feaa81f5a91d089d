/**
 * Detected campaigns: storing a detection run's results and reading them for the API.
 *
 * Reading (other screens use these through the API: campaigns.* methods):
 *   listCampaigns(db, filter)            campaigns, newest first; filter by person, kind, dates, account
 *   getCampaign(db, id)                  one campaign
 *   campaignsForAccount(db, accountId)   campaigns an account took part in (account pages)
 *   campaignsForPost(db, postId)         campaigns a post belongs to (post detail)
 *   campaignAccounts(db, id, limit)      its accounts with their facts, most active first
 *   campaignPosts(db, id, page)          its posts in time order
 *   campaignPostIds(db, id)              every post id (for "Add to case")
 *   campaignTimeline(db, id, minutes)    posts per time bucket
 * Writing:
 *   replaceCampaigns(db, inputs, runId)  swaps in a run's results; a campaign found again keeps its id
 */
import type { DB } from './connection';
import { POST_BRIEF_COLUMNS, type PostBriefRow } from './postBrief';

export type CampaignKindName = 'coposting' | 'hashtag' | 'link' | 'pileon';

export interface CampaignInput {
  kind: CampaignKindName;
  personId: number | null;
  platform: string | null;
  label: string;
  startAt: string;
  endAt: string;
  score: number;
  newShare: number;
  lowHistoryShare: number;
  abusiveShare: number;
  signals: Record<string, unknown>;
  params: Record<string, unknown>;
  targetPostId: number | null;
  postIds: number[];
  accounts: { accountId: number; posts: number; isNew: boolean; lowHistory: boolean }[];
}

export interface CampaignRow {
  id: number;
  kind: CampaignKindName;
  personId: number | null;
  person: string | null;
  platform: string | null;
  label: string;
  startAt: string;
  endAt: string;
  accounts: number;
  posts: number;
  score: number;
  newShare: number;
  lowHistoryShare: number;
  abusiveShare: number;
  signals: string;
  params: string;
  targetPostId: number | null;
  firstDetectedAt: string;
}

const SELECT = `SELECT c.id, c.kind, c.person_id AS personId, pe.name AS person, c.platform, c.label,
  c.start_at AS startAt, c.end_at AS endAt, c.accounts, c.posts, c.score, c.new_share AS newShare,
  c.low_history_share AS lowHistoryShare, c.abusive_share AS abusiveShare, c.signals, c.params,
  c.target_post_id AS targetPostId, c.first_detected_at AS firstDetectedAt
  FROM campaigns c LEFT JOIN people pe ON pe.id = c.person_id`;

export interface CampaignFilter {
  personId?: number;
  kind?: CampaignKindName;
  /** ISO date or time: campaigns that end on or after it. */
  from?: string;
  /** ISO date or time: campaigns that start on or before it (a date means the whole day). */
  to?: string;
  minScore?: number;
}

export function listCampaigns(db: DB, f: CampaignFilter = {}): CampaignRow[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (f.personId !== undefined) {
    where.push('c.person_id = ?');
    args.push(f.personId);
  }
  if (f.kind) {
    where.push('c.kind = ?');
    args.push(f.kind);
  }
  if (f.from) {
    where.push('c.end_at >= ?');
    args.push(f.from);
  }
  if (f.to) {
    where.push('c.start_at <= ?');
    args.push(f.to.length === 10 ? `${f.to}T23:59:59.999Z` : f.to);
  }
  if (f.minScore !== undefined) {
    where.push('c.score >= ?');
    args.push(f.minScore);
  }
  const sql = `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY c.start_at DESC, c.id`;
  return db.prepare(sql).all(...args) as CampaignRow[];
}

export function getCampaign(db: DB, id: number): CampaignRow | undefined {
  return db.prepare(`${SELECT} WHERE c.id = ?`).get(id) as CampaignRow | undefined;
}

export function campaignsForAccount(db: DB, accountId: number): CampaignRow[] {
  return db
    .prepare(
      `${SELECT} WHERE c.id IN (SELECT campaign_id FROM campaign_accounts WHERE account_id = ?) ORDER BY c.start_at DESC`,
    )
    .all(accountId) as CampaignRow[];
}

export function campaignsForPost(db: DB, postId: number): CampaignRow[] {
  return db
    .prepare(
      `${SELECT} WHERE c.id IN (SELECT campaign_id FROM campaign_posts WHERE post_id = ?) ORDER BY c.start_at DESC`,
    )
    .all(postId) as CampaignRow[];
}

export interface CampaignAccountRow {
  accountId: number;
  platform: string;
  handle: string | null;
  displayName: string | null;
  accountCreatedAt: string | null;
  followers: number | null;
  firstSeen: string | null;
  posts: number;
  isNew: number;
  lowHistory: number;
}

export function campaignAccounts(db: DB, id: number, limit = 500): CampaignAccountRow[] {
  return db
    .prepare(
      `SELECT ca.account_id AS accountId, a.platform, a.handle, a.display_name AS displayName,
              a.account_created_at AS accountCreatedAt, a.followers, a.first_seen AS firstSeen,
              ca.posts, ca.is_new AS isNew, ca.low_history AS lowHistory
       FROM campaign_accounts ca JOIN accounts a ON a.id = ca.account_id
       WHERE ca.campaign_id = ? ORDER BY ca.posts DESC, a.handle LIMIT ?`,
    )
    .all(id, limit) as CampaignAccountRow[];
}

export type CampaignPostRow = PostBriefRow;

export function campaignPosts(
  db: DB,
  id: number,
  page: { limit: number; offset: number },
): { total: number; rows: CampaignPostRow[] } {
  const total = db
    .prepare('SELECT count(*) FROM campaign_posts WHERE campaign_id = ?')
    .pluck()
    .get(id) as number;
  const rows = db
    .prepare(
      `SELECT ${POST_BRIEF_COLUMNS}
       FROM campaign_posts cp JOIN posts p ON p.id = cp.post_id LEFT JOIN accounts a ON a.id = p.account_id
       WHERE cp.campaign_id = ? ORDER BY p.created_at, p.id LIMIT ? OFFSET ?`,
    )
    .all(id, page.limit, page.offset) as CampaignPostRow[];
  return { total, rows };
}

export function campaignPostIds(db: DB, id: number): number[] {
  return db
    .prepare('SELECT post_id FROM campaign_posts WHERE campaign_id = ? ORDER BY post_id')
    .pluck()
    .all(id) as number[];
}

/** Posts (and abusive posts) per bucket of `minutes`, bucket start as ISO time. */
export function campaignTimeline(
  db: DB,
  id: number,
  minutes: number,
): { at: string; posts: number; abusive: number }[] {
  const rows = db
    .prepare(
      `SELECT CAST(unixepoch(p.created_at) / (? * 60) AS INTEGER) AS b, count(*) AS posts, sum(p.abusive) AS abusive
       FROM campaign_posts cp JOIN posts p ON p.id = cp.post_id WHERE cp.campaign_id = ? GROUP BY b ORDER BY b`,
    )
    .all(minutes, id) as { b: number; posts: number; abusive: number }[];
  return rows.map((r) => ({
    at: new Date(r.b * minutes * 60_000).toISOString(),
    posts: r.posts,
    abusive: r.abusive,
  }));
}

/**
 * Replaces every stored campaign with a run's results, in one transaction. A new campaign that shares
 * at least half the posts of an old one (same kind and person) takes over its id and first-detected
 * time, so links and notes that name a campaign survive re-running detection.
 */
export function replaceCampaigns(db: DB, inputs: CampaignInput[], runId: number | null, nowIso: string) {
  return db.transaction(() => {
    const old = db
      .prepare('SELECT id, kind, person_id AS personId, first_detected_at AS first FROM campaigns')
      .all() as { id: number; kind: string; personId: number | null; first: string }[];
    const postsOf = db.prepare('SELECT post_id FROM campaign_posts WHERE campaign_id = ?').pluck();
    const oldPosts = new Map(old.map((o) => [o.id, new Set(postsOf.all(o.id) as number[])]));
    const taken = new Set<number>();
    const reuse = (input: CampaignInput) => {
      for (const o of old) {
        if (taken.has(o.id) || o.kind !== input.kind || o.personId !== input.personId) continue;
        const set = oldPosts.get(o.id)!;
        let shared = 0;
        for (const p of input.postIds) if (set.has(p)) shared++;
        if (shared >= 0.5 * Math.min(set.size, input.postIds.length)) {
          taken.add(o.id);
          return o;
        }
      }
      return undefined;
    };
    const matches = inputs.map(reuse);
    db.prepare('DELETE FROM campaigns').run();
    const insert = db.prepare(
      `INSERT INTO campaigns (id, kind, person_id, platform, label, start_at, end_at, accounts, posts, score,
         new_share, low_history_share, abusive_share, signals, params, target_post_id, run_id, first_detected_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertPost = db.prepare(
      'INSERT OR IGNORE INTO campaign_posts (campaign_id, post_id) VALUES (?, ?)',
    );
    const insertAccount = db.prepare(
      `INSERT OR IGNORE INTO campaign_accounts (campaign_id, account_id, posts, is_new, low_history)
       VALUES (?, ?, ?, ?, ?)`,
    );
    const ids: number[] = new Array<number>(inputs.length);
    let reused = 0;
    // Campaigns keeping an old id go in first, so a new campaign's fresh id can never take one of them.
    const order = inputs.map((_, k) => k).sort((a, b) => Number(!matches[a]) - Number(!matches[b]));
    for (const k of order) {
      const c = inputs[k]!;
      const prev = matches[k];
      if (prev) reused++;
      const info = insert.run(
        prev?.id ?? null,
        c.kind,
        c.personId,
        c.platform,
        c.label,
        c.startAt,
        c.endAt,
        c.accounts.length,
        c.postIds.length,
        c.score,
        c.newShare,
        c.lowHistoryShare,
        c.abusiveShare,
        JSON.stringify(c.signals),
        JSON.stringify(c.params),
        c.targetPostId,
        runId,
        prev?.first ?? nowIso,
      );
      const id = Number(info.lastInsertRowid);
      ids[k] = id;
      for (const p of c.postIds) insertPost.run(id, p);
      for (const a of c.accounts)
        insertAccount.run(id, a.accountId, a.posts, a.isNew ? 1 : 0, a.lowHistory ? 1 : 0);
    }
    return { ids, reused, removed: old.length - reused };
  })();
}
