import { describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { OUTDATED_COUNT_LIMIT, postsWithOutdatedLabels } from '../../db/labels';
import { tempDbPath } from '../helpers/tmp';

/** `n` posts, each with one rule label in `category` written by classifier `version`. */
function fill(db: DB, n: number, version: string, category = 'personal_insult', severity = 2): void {
  const post = db.prepare(
    "INSERT INTO posts (platform, platform_post_id, text, created_at, raw_sha256) VALUES ('x', ?, 'text', '2025-06-01T12:00:00.000Z', 'test')",
  );
  const label = db.prepare(
    "INSERT INTO labels (post_id, category_key, source, score, severity, classifier_version, created_at) VALUES (?, ?, 'rule', 0.9, ?, ?, '2025-06-01T12:00:00.000Z')",
  );
  db.transaction(() => {
    const first = (db.prepare('SELECT count(*) FROM posts').pluck().get() as number) + 1;
    for (let i = 0; i < n; i++) {
      const id = Number(post.run(`${version}-${category}-${first + i}`).lastInsertRowid);
      label.run(id, category, severity, version);
    }
  })();
}

describe('posts with out-of-date labels', () => {
  it('counts posts labelled by another classifier version, never human decisions, and stops past the limit', () => {
    const db = openDatabase(tempDbPath());
    fill(db, 5, 'rules-new');
    expect(postsWithOutdatedLabels(db, 'rules-new')).toEqual({ posts: 0, moreThan: false });
    fill(db, 7, 'rules-old');
    // Versions on either side of the current one in sort order both count.
    fill(db, 2, 'rules-zzz');
    expect(postsWithOutdatedLabels(db, 'rules-new')).toEqual({ posts: 9, moreThan: false });
    db.prepare("UPDATE labels SET source = 'human' WHERE classifier_version = 'rules-zzz'").run();
    expect(postsWithOutdatedLabels(db, 'rules-new')).toEqual({ posts: 7, moreThan: false });

    fill(db, OUTDATED_COUNT_LIMIT, 'rules-old');
    expect(postsWithOutdatedLabels(db, 'rules-new')).toEqual({ posts: OUTDATED_COUNT_LIMIT, moreThan: true });
    db.close();
  });

  it('counts labels whose category was edited since: a new severity, or switched off', () => {
    const db = openDatabase(tempDbPath());
    fill(db, 4, 'v1', 'personal_insult', 2);
    fill(db, 3, 'v1', 'doxxing', 3);
    expect(postsWithOutdatedLabels(db, 'v1').posts).toBe(0);
    db.prepare("UPDATE categories SET default_severity = 3, version = 2 WHERE key = 'personal_insult'").run();
    expect(postsWithOutdatedLabels(db, 'v1').posts).toBe(4);
    db.prepare("UPDATE categories SET enabled = 0, version = 2 WHERE key = 'doxxing'").run();
    expect(postsWithOutdatedLabels(db, 'v1').posts).toBe(7);
    db.close();
  });

  it('reads labels by version through its index, and refuses to run without it rather than read them all', () => {
    const db = openDatabase(tempDbPath());
    fill(db, 3, 'rules-old');
    expect(postsWithOutdatedLabels(db, 'rules-new').posts).toBe(3);
    db.exec('DROP INDEX labels_version');
    expect(() => postsWithOutdatedLabels(db, 'rules-new')).toThrow(/no such index: labels_version/);
    db.close();
  });
});
