import type { DB } from './connection';
import { nowIso } from './time';

export interface MachineLabel {
  key: string;
  score: number;
  severity: number;
  source: 'rule' | 'model';
  explanation: string;
}

export interface CategoryInfo {
  key: string;
  is_abuse: number;
  default_severity: number;
  enabled: number;
}

export function categoryMap(db: DB): Map<string, CategoryInfo> {
  const rows = db
    .prepare('SELECT key, is_abuse, default_severity, enabled FROM categories')
    .all() as CategoryInfo[];
  return new Map(rows.map((r) => [r.key, r]));
}

/**
 * Writes machine labels for posts in bulk and refreshes each post's effective verdict. A post with a
 * human decision (confirmed, rejected, escalated) keeps that verdict: machine labels are replaced
 * beside it, never over it.
 */
export class LabelWriter {
  private readonly deleteMachine;
  private readonly insert;
  private readonly setVerdict;
  private readonly now = nowIso();

  constructor(db: DB) {
    this.deleteMachine = db.prepare("DELETE FROM labels WHERE post_id = ? AND source IN ('rule', 'model')");
    this.insert = db.prepare(
      'INSERT INTO labels (post_id, category_key, source, score, severity, explanation, classifier_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    // Human decisions win: only unreviewed posts take the machine verdict.
    this.setVerdict = db.prepare(
      "UPDATE posts SET abusive = ?, severity = ?, top_category = ? WHERE id = ? AND review_status = 'unreviewed'",
    );
  }

  write(postId: number, labels: MachineLabel[], version: string, fresh: boolean): void {
    if (!fresh) this.deleteMachine.run(postId);
    this.insertOnly(postId, labels, version);
    const v = verdictOf(labels);
    this.setVerdict.run(v.abusive, v.severity, v.top, postId);
  }

  /** Labels for a post inserted with its verdict already set (the import path): no update needed. */
  insertOnly(postId: number, labels: MachineLabel[], version: string): void {
    for (const l of labels)
      this.insert.run(postId, l.key, l.source, l.score, l.severity, l.explanation, version, this.now);
  }
}

/** Past this many, Settings says "more than": the count stops there, so it stays quick at any size. */
export const OUTDATED_COUNT_LIMIT = 10_000;

/**
 * Posts carrying a machine label the current settings would not give as it stands: written by another
 * classifier version (rules, word lists, thresholds or model changed since, staff's own edits included),
 * or in a category edited since (its severity changed or it was switched off). "Reclassify all" brings
 * them up to date. Both lookups go through indexes (labels_version, labels_category: migration 9) and stop
 * past OUTDATED_COUNT_LIMIT posts: at a million posts, about 1 ms when nothing is out of date and
 * 10–35 ms when everything is.
 */
export function postsWithOutdatedLabels(
  db: DB,
  classifierVersion: string,
): { posts: number; moreThan: boolean } {
  const cap = OUTDATED_COUNT_LIMIT + 1;
  const seen = new Set<number>();
  const byVersion = db
    .prepare(
      `SELECT DISTINCT +post_id FROM labels INDEXED BY labels_version
       WHERE (classifier_version < ? OR classifier_version > ?) AND source <> 'human' LIMIT ?`,
    )
    .pluck();
  for (const id of byVersion.iterate(classifierVersion, classifierVersion, cap)) seen.add(id as number);
  // Only edited categories (version > 1) can disagree with their labels; CROSS JOIN keeps SQLite
  // reading those few categories first, then their labels by index.
  const byCategory = db
    .prepare(
      `SELECT DISTINCT l.post_id FROM categories c CROSS JOIN labels l ON l.category_key = c.key
       WHERE c.version > 1 AND l.source <> 'human'
         AND (c.enabled = 0 OR l.severity <> CASE WHEN c.is_abuse = 1 THEN c.default_severity ELSE 0 END)
       LIMIT ?`,
    )
    .pluck();
  if (seen.size < cap)
    for (const id of byCategory.iterate(cap)) {
      seen.add(id as number);
      if (seen.size >= cap) break;
    }
  return seen.size > OUTDATED_COUNT_LIMIT
    ? { posts: OUTDATED_COUNT_LIMIT, moreThan: true }
    : { posts: seen.size, moreThan: false };
}

/** The effective machine verdict of a set of labels: abusive if any has a severity, the most severe first. */
export function verdictOf(labels: MachineLabel[]): { abusive: 0 | 1; severity: number; top: string | null } {
  let abusive: 0 | 1 = 0;
  let severity = 0;
  let top: string | null = null;
  for (const l of labels) {
    if (l.severity > 0) abusive = 1;
    if (top === null || l.severity > severity) {
      top = l.key;
      severity = Math.max(severity, l.severity);
    }
  }
  return { abusive, severity, top };
}
