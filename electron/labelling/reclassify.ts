import type { DB } from '../../db/connection';
import { appendAudit } from '../../db/audit';
import type { JobTools } from '../jobs/registry';
import { classifierFor } from './classifierFromSettings';
import { labelPosts } from './labelPosts';

export interface ReclassifyResult {
  posts: number;
  cancelled: boolean;
  classifierVersion: string;
  seconds: number;
}

const BATCH = 5000;

/**
 * Re-runs classification over every post (after taxonomy, lexicon or threshold changes). Works in
 * id-ordered batches, each its own transaction, so cancelling leaves every post either fully old or
 * fully new; human decisions are never touched (see LabelWriter).
 */
export function reclassifyAll(
  db: DB,
  tools: Pick<JobTools, 'progress' | 'isCancelled'>,
  actor = 'system',
): ReclassifyResult {
  const started = performance.now();
  const classifier = classifierFor(db);
  const total = db.prepare('SELECT count(*) FROM posts').pluck().get() as number;
  const page = db.prepare('SELECT id, text FROM posts WHERE id > ? ORDER BY id LIMIT ?');
  const run = db.transaction((rows: { id: number; text: string }[]) =>
    labelPosts(db, classifier, rows, false),
  );
  let after = 0;
  let done = 0;
  let cancelled = false;
  for (;;) {
    if (tools.isCancelled()) {
      cancelled = true;
      break;
    }
    const rows = page.all(after, BATCH) as { id: number; text: string }[];
    if (rows.length === 0) break;
    run(rows);
    after = rows[rows.length - 1]!.id;
    done += rows.length;
    tools.progress(done, total, 'Classifying posts');
  }
  appendAudit(db, {
    actor,
    action: cancelled ? 'classify.reclassify.cancelled' : 'classify.reclassify',
    entity: 'posts',
    detail: { posts: done, classifierVersion: classifier.version },
  });
  return {
    posts: done,
    cancelled,
    classifierVersion: classifier.version,
    seconds: (performance.now() - started) / 1000,
  };
}
