/**
 * Everything an import does to a record before it touches the database: match mentions, classify,
 * hash the raw record and lay the row out ready to bind. It only reads the database (people, settings,
 * taxonomy), so it can run on a second thread while the first one writes (see prepareWorker.ts).
 */
import type { DB } from '../../db/connection';
import { categoryMap, verdictOf, type CategoryInfo, type MachineLabel } from '../../db/labels';
import { toPostRow, type AccountInput, type PostRow } from '../../db/posts';
import { getSetting } from '../../db/settings';
import type { Classifier } from '../classify/index';
import { classifierFor } from '../labelling/classifierFromSettings';
import { toMachineLabels } from '../labelling/labelPosts';
import { MentionMatcher, type MentionHow } from './matcher';
import type { NormalizedPost } from './types';

export interface PreparedPost {
  line: number;
  author: AccountInput | null;
  row: PostRow;
  mentions: { personId: number; how: MentionHow }[];
  /** Machine labels, written only if the post turns out to be new. */
  labels: MachineLabel[];
}

export interface PrepareConfig {
  /** Classify new posts (default: with the classifier configured in the database). */
  classifier?: Classifier | null;
}

export class RecordPreparer {
  private readonly matcher: MentionMatcher;
  private readonly dropUnmatched: boolean;
  private readonly classifier: Classifier | null;
  private readonly categories: Map<string, CategoryInfo>;
  readonly classifierVersion: string | null;

  constructor(db: DB, config: PrepareConfig = {}) {
    this.matcher = new MentionMatcher(db);
    this.dropUnmatched = getSetting(db, 'import.dropUnmatched', false);
    // New posts are classified before they are written: never a post without a verdict.
    this.classifier = config.classifier === undefined ? classifierFor(db) : config.classifier;
    this.categories = categoryMap(db);
    this.classifierVersion = this.classifier?.version ?? null;
  }

  /** The row to write for one mapped post, or null when unmatched posts are set to be dropped. */
  prepare(np: NormalizedPost, line: number): PreparedPost | null {
    const p = np.post;
    const mentions = this.matcher.match({
      ...p,
      mentionedHandles: np.mentionedHandles,
      mentionedAccountIds: np.mentionedAccountIds,
    });
    if (np.author) this.matcher.noteAuthored(p.platform, p.platformPostId, np.author);
    if (mentions.length === 0 && this.dropUnmatched) return null;
    const labels =
      this.classifier && p.text ? toMachineLabels(this.classifier.classify(p.text), this.categories) : [];
    const mentioned = [
      ...np.mentionedHandles.map((h) => '@' + h),
      ...np.mentionedAccountIds.map((a) => 'id:' + a),
    ].join(' ');
    return {
      line,
      author: np.author,
      row: toPostRow({ ...p, mentioned }, mentions.length > 0, verdictOf(labels)),
      mentions,
      labels,
    };
  }
}
