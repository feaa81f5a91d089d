/**
 * Human review: the queue, the Urgent list, decisions and their undo.
 *
 * A decision writes three things in one transaction: a `reviews` row (the history, with the verdict it
 * replaced in `previous`), the post's effective verdict (posts.abusive / severity / top_category /
 * review_status) and one `human` label. LabelWriter never touches a post whose review_status is not
 * 'unreviewed', so re-classification keeps every human decision. Undo adds a row that reverts the last
 * decision still standing; nothing is ever deleted from the history or the audit log.
 */
import { appendAudit } from './audit';
import type { DB } from './connection';
import { getCategory, type CategoryRow } from './taxonomy';
import { nowIso } from './time';

export type ReviewStatus = 'unreviewed' | 'confirmed' | 'rejected' | 'escalated';
export type ReviewAction = 'confirm' | 'reject' | 'escalate' | 'recategorise' | 'note';

/** Why a decision could not be made; the handler turns it into an API error with the same code. */
export class ReviewError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'INVALID_INPUT',
    message: string,
  ) {
    super(message);
    this.name = 'ReviewError';
  }
}

export interface Verdict {
  abusive: number;
  severity: number;
  top_category: string | null;
  review_status: ReviewStatus;
}

interface HumanLabel {
  category_key: string;
  score: number;
  severity: number;
  explanation: string;
  classifier_version: string;
  created_at: string;
}

/** What a decision replaced: enough to put the post back exactly as it was. */
interface Previous {
  verdict: Verdict;
  human: HumanLabel | null;
}

export interface QueueFilter {
  limit: number;
  offset: number;
  personId?: number;
  category?: string;
}

export interface ReviewPostRow {
  id: number;
  platform: string;
  platform_post_id: string;
  created_at: string;
  text: string;
  url: string | null;
  handle: string | null;
  display_name: string | null;
  abusive: number;
  severity: number;
  top_category: string | null;
  review_status: ReviewStatus;
}

export interface LabelRow {
  id: number;
  post_id: number;
  category_key: string;
  source: 'rule' | 'model' | 'human';
  score: number;
  severity: number;
  explanation: string;
  classifier_version: string;
  created_at: string;
}

export interface ReviewRow {
  id: number;
  post_id: number;
  status: ReviewStatus;
  category_key: string | null;
  reviewer: string;
  note: string | null;
  created_at: string;
  action: ReviewAction | 'undo' | 'decide';
  previous: string | null;
  reverts: number | null;
}

export interface PostPage {
  total: number;
  rows: ReviewPostRow[];
  labels: Map<number, LabelRow[]>;
  mentions: Map<number, { id: number; name: string }[]>;
  reviews: Map<number, ReviewRow[]>;
}

const POST_COLUMNS = `p.id, p.platform, p.platform_post_id, p.created_at, p.text, p.url, a.handle, a.display_name,
  p.abusive, p.severity, p.top_category, p.review_status`;

/** The queue's condition, written to match the partial index posts_review_queue exactly. */
const QUEUE_WHERE = "p.abusive = 1 AND p.review_status = 'unreviewed'";
/** Urgent: S4 and not rejected. `severity > 0` lets SQLite use the partial index posts_severity. */
const URGENT_WHERE = "p.severity = 4 AND p.severity > 0 AND p.review_status <> 'rejected'";

function filters(f: { personId?: number; category?: string }): { sql: string; params: (string | number)[] } {
  const sql: string[] = [];
  const params: (string | number)[] = [];
  if (f.personId !== undefined) {
    sql.push('p.id IN (SELECT post_id FROM mentions WHERE person_id = ?)');
    params.push(f.personId);
  }
  if (f.category !== undefined) {
    sql.push('EXISTS (SELECT 1 FROM labels l WHERE l.post_id = p.id AND l.category_key = ?)');
    params.push(f.category);
  }
  return { sql: sql.map((s) => ` AND ${s}`).join(''), params };
}

/** Unreviewed abusive posts, most severe first, then newest. */
export function reviewQueue(db: DB, f: QueueFilter): PostPage {
  return page(db, QUEUE_WHERE, 'p.severity DESC, p.created_at DESC, p.id DESC', f);
}

/** S4 posts (threats, self-harm encouragement) not rejected by a reviewer, newest first. */
export function urgentPosts(db: DB, f: QueueFilter): PostPage {
  return page(db, URGENT_WHERE, 'p.created_at DESC, p.id DESC', f);
}

export function urgentCount(db: DB): number {
  return db.prepare(`SELECT count(*) FROM posts p WHERE ${URGENT_WHERE}`).pluck().get() as number;
}

export function queueCount(db: DB): number {
  return db.prepare(`SELECT count(*) FROM posts p WHERE ${QUEUE_WHERE}`).pluck().get() as number;
}

/** One post with everything the review card shows, whatever its status. */
export function reviewPost(db: DB, postId: number): PostPage {
  return page(db, 'p.id = ?', 'p.id', { limit: 1, offset: 0 }, [postId]);
}

function page(
  db: DB,
  where: string,
  order: string,
  f: QueueFilter,
  extra: (string | number)[] = [],
): PostPage {
  const more = filters(f);
  const params = [...extra, ...more.params];
  const total = db
    .prepare(`SELECT count(*) FROM posts p WHERE ${where}${more.sql}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(
      `SELECT ${POST_COLUMNS} FROM posts p LEFT JOIN accounts a ON a.id = p.account_id
       WHERE ${where}${more.sql} ORDER BY ${order} LIMIT ? OFFSET ?`,
    )
    .all(...params, f.limit, f.offset) as ReviewPostRow[];
  return {
    total,
    rows,
    ...details(
      db,
      rows.map((r) => r.id),
    ),
  };
}

function groupBy<T>(rows: T[], key: (r: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

function details(db: DB, ids: number[]): Pick<PostPage, 'labels' | 'mentions' | 'reviews'> {
  if (ids.length === 0) return { labels: new Map(), mentions: new Map(), reviews: new Map() };
  const list = JSON.stringify(ids);
  const inList = 'IN (SELECT value FROM json_each(?))';
  const labels = db
    .prepare(
      `SELECT * FROM labels WHERE post_id ${inList}
       ORDER BY post_id, source = 'human' DESC, severity DESC, score DESC, id`,
    )
    .all(list) as LabelRow[];
  const mentions = db
    .prepare(
      `SELECT DISTINCT m.post_id, pe.id, pe.name FROM mentions m JOIN people pe ON pe.id = m.person_id
       WHERE m.post_id ${inList} ORDER BY pe.name`,
    )
    .all(list) as { post_id: number; id: number; name: string }[];
  const reviews = db
    .prepare(`SELECT * FROM reviews WHERE post_id ${inList} ORDER BY post_id, id`)
    .all(list) as ReviewRow[];
  return {
    labels: groupBy(labels, (l) => l.post_id),
    mentions: new Map(
      [...groupBy(mentions, (m) => m.post_id)].map(([k, v]) => [k, v.map(({ id, name }) => ({ id, name }))]),
    ),
    reviews: groupBy(reviews, (r) => r.post_id),
  };
}

/** The decision an undo would revert: the newest one not already reverted (notes count too). */
export function undoTarget(reviews: ReviewRow[]): ReviewRow | undefined {
  const reverted = new Set(reviews.filter((r) => r.action === 'undo').map((r) => r.reverts));
  for (let i = reviews.length - 1; i >= 0; i--) {
    const r = reviews[i]!;
    if (r.action !== 'undo' && r.previous !== null && !reverted.has(r.id)) return r;
  }
  return undefined;
}

function currentVerdict(db: DB, postId: number): Verdict {
  const v = db
    .prepare('SELECT abusive, severity, top_category, review_status FROM posts WHERE id = ?')
    .get(postId) as Verdict | undefined;
  if (!v) throw new ReviewError('NOT_FOUND', `There is no post number ${postId}.`);
  return v;
}

function humanLabel(db: DB, postId: number): HumanLabel | null {
  return (
    (db
      .prepare(
        `SELECT category_key, score, severity, explanation, classifier_version, created_at
         FROM labels WHERE post_id = ? AND source = 'human' ORDER BY id DESC LIMIT 1`,
      )
      .get(postId) as HumanLabel | undefined) ?? null
  );
}

/** The strongest abuse label the machine gave, if any. */
function topMachineAbuse(db: DB, postId: number): { key: string; severity: number } | undefined {
  return db
    .prepare(
      `SELECT l.category_key AS key, l.severity FROM labels l JOIN categories c ON c.key = l.category_key
       WHERE l.post_id = ? AND l.source IN ('rule', 'model') AND c.is_abuse = 1
       ORDER BY l.severity DESC, l.score DESC, l.id LIMIT 1`,
    )
    .get(postId) as { key: string; severity: number } | undefined;
}

/** The machine's verdict from the labels on file, computed exactly as LabelWriter does. */
function machineVerdict(db: DB, postId: number): Omit<Verdict, 'review_status'> {
  const labels = db
    .prepare(
      "SELECT category_key, severity FROM labels WHERE post_id = ? AND source IN ('rule', 'model') ORDER BY id",
    )
    .all(postId) as { category_key: string; severity: number }[];
  let abusive = 0;
  let severity = 0;
  let top: string | null = null;
  for (const l of labels) {
    if (l.severity > 0) abusive = 1;
    if (top === null || l.severity > severity) {
      top = l.category_key;
      severity = Math.max(severity, l.severity);
    }
  }
  return { abusive, severity, top_category: top };
}

function setVerdict(db: DB, postId: number, v: Verdict): void {
  db.prepare(
    'UPDATE posts SET abusive = ?, severity = ?, top_category = ?, review_status = ? WHERE id = ?',
  ).run(v.abusive, v.severity, v.top_category, v.review_status, postId);
}

function setHumanLabel(db: DB, postId: number, label: HumanLabel | null): void {
  db.prepare("DELETE FROM labels WHERE post_id = ? AND source = 'human'").run(postId);
  if (!label) return;
  db.prepare(
    `INSERT INTO labels (post_id, category_key, source, score, severity, explanation, classifier_version, created_at)
     VALUES (?, ?, 'human', ?, ?, ?, ?, ?)`,
  ).run(
    postId,
    label.category_key,
    label.score,
    label.severity,
    label.explanation,
    label.classifier_version,
    label.created_at,
  );
}

export interface DecisionInput {
  postId: number;
  action: ReviewAction;
  category?: string;
  note?: string;
}

export interface DecisionResult {
  postId: number;
  reviewId: number;
  action: ReviewAction | 'undo';
  verdict: Verdict;
}

function category(db: DB, key: string | undefined): CategoryRow | undefined {
  if (key === undefined) return undefined;
  const c = getCategory(db, key);
  if (!c) throw new ReviewError('INVALID_INPUT', `There is no category called "${key}".`);
  if (!c.enabled)
    throw new ReviewError(
      'INVALID_INPUT',
      `The category “${c.name}” is switched off in Settings. Choose another, or switch it back on first.`,
    );
  return c;
}

/** The abuse category a confirm or escalate files the post under: the reviewer's, else the verdict's. */
function abuseBasis(
  db: DB,
  postId: number,
  before: Verdict,
  chosen: CategoryRow | undefined,
  action: string,
) {
  if (chosen) {
    if (!chosen.is_abuse)
      throw new ReviewError(
        'INVALID_INPUT',
        `“${chosen.name}” is not an abuse category. To say this post is not abuse, reject it instead of choosing to ${action} it.`,
      );
    return { key: chosen.key, severity: chosen.default_severity };
  }
  if (before.abusive && before.top_category) return { key: before.top_category, severity: before.severity };
  const top = topMachineAbuse(db, postId);
  if (top) return top;
  throw new ReviewError(
    'INVALID_INPUT',
    `Nothing marked post ${postId} as abuse, so say which category it belongs to (choose a category).`,
  );
}

function nextVerdict(db: DB, input: DecisionInput, before: Verdict): Verdict {
  const chosen = category(db, input.category);
  switch (input.action) {
    case 'confirm': {
      const b = abuseBasis(db, input.postId, before, chosen, 'confirm');
      return { abusive: 1, severity: b.severity, top_category: b.key, review_status: 'confirmed' };
    }
    case 'escalate': {
      const b = abuseBasis(db, input.postId, before, chosen, 'escalate');
      return {
        abusive: 1,
        severity: Math.max(before.severity, b.severity),
        top_category: b.key,
        review_status: 'escalated',
      };
    }
    case 'reject': {
      if (chosen?.is_abuse)
        throw new ReviewError(
          'INVALID_INPUT',
          `“${chosen.name}” is an abuse category. To file the post under it, confirm it or change its category instead.`,
        );
      return {
        abusive: 0,
        severity: 0,
        top_category: chosen?.key ?? 'political_criticism',
        review_status: 'rejected',
      };
    }
    case 'recategorise': {
      if (!chosen) throw new ReviewError('INVALID_INPUT', 'Say which category to file the post under.');
      if (!chosen.is_abuse)
        return { abusive: 0, severity: 0, top_category: chosen.key, review_status: 'rejected' };
      return {
        abusive: 1,
        severity: chosen.default_severity,
        top_category: chosen.key,
        review_status: before.review_status === 'escalated' ? 'escalated' : 'confirmed',
      };
    }
    case 'note':
      return before;
  }
}

/** Records one reviewer decision on a post. Throws ReviewError when the decision cannot be made. */
export function decide(db: DB, input: DecisionInput, reviewer: string): DecisionResult {
  return db.transaction((): DecisionResult => {
    const before = currentVerdict(db, input.postId);
    const human = humanLabel(db, input.postId);
    const after = nextVerdict(db, input, before);
    const note = input.note?.trim() || null;
    const at = nowIso();
    if (input.action !== 'note') {
      setVerdict(db, input.postId, after);
      setHumanLabel(db, input.postId, {
        category_key: after.top_category!,
        score: 1,
        severity: after.severity,
        explanation: JSON.stringify({
          spans: [],
          features: [],
          reviewer,
          action: input.action,
          ...(note ? { note } : {}),
        }),
        classifier_version: 'human',
        created_at: at,
      });
    }
    const previous: Previous = { verdict: before, human };
    const info = db
      .prepare(
        `INSERT INTO reviews (post_id, status, category_key, reviewer, note, created_at, action, previous)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.postId,
        after.review_status,
        input.action === 'note' ? null : after.top_category,
        reviewer,
        note,
        at,
        input.action,
        JSON.stringify(previous),
      );
    const reviewId = Number(info.lastInsertRowid);
    appendAudit(db, {
      actor: reviewer,
      action: `review.${input.action}`,
      entity: 'post',
      entityId: input.postId,
      detail: { reviewId, from: before, to: after, ...(note ? { note } : {}) },
    });
    return { postId: input.postId, reviewId, action: input.action, verdict: after };
  })();
}

/**
 * Reverts the newest decision on a post that still stands, restoring the verdict and human label it
 * replaced. Back to 'unreviewed' means back to the machine's verdict from the labels on file now (a
 * re-classification since then may have changed it).
 */
export function undo(db: DB, postId: number, reviewer: string): DecisionResult {
  return db.transaction((): DecisionResult => {
    const before = currentVerdict(db, postId);
    const reviews = db
      .prepare('SELECT * FROM reviews WHERE post_id = ? ORDER BY id')
      .all(postId) as ReviewRow[];
    const target = undoTarget(reviews);
    if (!target) throw new ReviewError('NOT_FOUND', `There is no decision on post ${postId} to undo.`);
    const prev = JSON.parse(target.previous!) as Previous;
    const restored: Verdict =
      prev.verdict.review_status === 'unreviewed'
        ? { ...machineVerdict(db, postId), review_status: 'unreviewed' }
        : prev.verdict;
    const human = humanLabel(db, postId);
    setVerdict(db, postId, restored);
    setHumanLabel(db, postId, prev.human);
    const info = db
      .prepare(
        `INSERT INTO reviews (post_id, status, category_key, reviewer, note, created_at, action, previous, reverts)
         VALUES (?, ?, ?, ?, NULL, ?, 'undo', ?, ?)`,
      )
      .run(
        postId,
        restored.review_status,
        prev.human?.category_key ?? null,
        reviewer,
        nowIso(),
        JSON.stringify({ verdict: before, human } satisfies Previous),
        target.id,
      );
    const reviewId = Number(info.lastInsertRowid);
    appendAudit(db, {
      actor: reviewer,
      action: 'review.undo',
      entity: 'post',
      entityId: postId,
      detail: { reviewId, reverts: target.id, revertedAction: target.action, from: before, to: restored },
    });
    return { postId, reviewId, action: 'undo', verdict: restored };
  })();
}

export interface HistoryRow extends Omit<ReviewRow, 'previous'> {
  category_name: string | null;
  reverted: boolean;
}

/** Every decision on a post, newest first, with whether a later undo reverted it. */
export function reviewHistory(db: DB, postId: number): HistoryRow[] {
  currentVerdict(db, postId);
  const rows = db
    .prepare(
      `SELECT r.id, r.post_id, r.status, r.category_key, r.reviewer, r.note, r.created_at, r.action, r.reverts,
              c.name AS category_name
       FROM reviews r LEFT JOIN categories c ON c.key = r.category_key
       WHERE r.post_id = ? ORDER BY r.id DESC`,
    )
    .all(postId) as (Omit<HistoryRow, 'reverted'> & { reverts: number | null })[];
  const reverted = new Set(rows.filter((r) => r.action === 'undo').map((r) => r.reverts));
  return rows.map((r) => ({ ...r, reverted: reverted.has(r.id) }));
}
