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
