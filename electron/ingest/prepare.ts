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
    // Plain objects built field by field: spreading a 13-field post twice per record showed in profiles.
    const mentions = this.matcher.match({
      platform: p.platform,
      text: p.text,
      replyToAccountId: p.replyToAccountId,
      replyToPostId: p.replyToPostId,
      mentionedHandles: np.mentionedHandles,
      mentionedAccountIds: np.mentionedAccountIds,
    });
    if (np.author) this.matcher.noteAuthored(p.platform, p.platformPostId, np.author);
    if (mentions.length === 0 && this.dropUnmatched) return null;
    const labels =
      this.classifier && p.text ? toMachineLabels(this.classifier.classify(p.text), this.categories) : [];
    let mentioned = '';
    for (const h of np.mentionedHandles) mentioned += (mentioned ? ' @' : '@') + h;
    for (const a of np.mentionedAccountIds) mentioned += (mentioned ? ' id:' : 'id:') + a;
    return {
      line,
      author: np.author,
      row: toPostRow(p, mentions.length > 0, verdictOf(labels), mentioned),
      mentions,
      labels,
    };
  }
}
