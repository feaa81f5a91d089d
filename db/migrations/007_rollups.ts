/**
 * Rollups for the dashboard: post counts pre-aggregated per UTC day (and hour) over every dimension the
 * dashboard filters by, so a chart reads thousands of rows instead of a million posts.
 *
 * Dimensions: category ('' = none), severity, platform, review status, repost (0/1), abusive (0/1).
 * - rollup_day         no person: the unfiltered and non-person views.
 * - rollup_person_day  one row set per person (a post mentioning two people counts for each): the
 *                      per-person abuse-rate table and single-person views. person_id leads the key.
 * - rollup_set_day     per *set* of people a post mentions (rollup_sets, members in rollup_set_members),
 *                      so "posts mentioning A or B" counts each post once. Set 0 = mentions nobody.
 * - rollup_set_hour    the same per hour, for short ranges.
 * - rollup_account_day abusive posts per account: "top hostile accounts". account_id leads the key so
 *                      grouping by account streams without a sort.
 * Every table's key order matches its main GROUP BY, so SQLite aggregates without a temporary b-tree.
 *
 * Freshness (db/rollups.ts): new posts are found by id above rollup_state.built_to (imports only
 * append), so importing pays nothing per row. Changes to existing posts — reviews, reclassification,
 * re-matching people, deletes — mark their day in rollup_dirty through the triggers below; the mention
 * trigger only fires for posts the rollups already hold, so imports skip it.
 *
 * Two partial indexes serve the Posts explorer's time-ordered walks (and "top terms in abusive
 * posts") without touching the rows they skip: posts_abusive_recent (abusive posts, with the columns
 * filters test) and posts_reviewed (posts a reviewer decided on; new imports add nothing to it).
 */
const DIMS = `category TEXT NOT NULL, severity INTEGER NOT NULL, platform TEXT NOT NULL,
  review_status TEXT NOT NULL, repost INTEGER NOT NULL, abusive INTEGER NOT NULL, posts INTEGER NOT NULL`;
const KEY = 'category, severity, platform, review_status, repost, abusive';

export const up = `
CREATE TABLE rollup_sets (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE
) STRICT;
INSERT INTO rollup_sets (id, key) VALUES (0, '');
CREATE TABLE rollup_set_members (
  person_id INTEGER NOT NULL,
  set_id INTEGER NOT NULL,
  PRIMARY KEY (person_id, set_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX rollup_set_members_set ON rollup_set_members(set_id, person_id);

CREATE TABLE rollup_day (day TEXT NOT NULL, ${DIMS}, PRIMARY KEY (day, ${KEY})) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_person_day (person_id INTEGER NOT NULL, day TEXT NOT NULL, ${DIMS},
  PRIMARY KEY (person_id, day, ${KEY})) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_set_day (set_id INTEGER NOT NULL, day TEXT NOT NULL, ${DIMS},
  PRIMARY KEY (set_id, day, ${KEY})) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_set_hour (hour TEXT NOT NULL, set_id INTEGER NOT NULL, ${DIMS},
  PRIMARY KEY (hour, set_id, ${KEY})) STRICT, WITHOUT ROWID;
CREATE TABLE rollup_account_day (account_id INTEGER NOT NULL, day TEXT NOT NULL, set_id INTEGER NOT NULL,
  category TEXT NOT NULL, severity INTEGER NOT NULL, platform TEXT NOT NULL, review_status TEXT NOT NULL,
  repost INTEGER NOT NULL, posts INTEGER NOT NULL,
  PRIMARY KEY (account_id, day, set_id, category, severity, platform, review_status, repost)) STRICT, WITHOUT ROWID;

CREATE TABLE rollup_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  built_to INTEGER NOT NULL DEFAULT 0
) STRICT;
INSERT INTO rollup_state (id, built_to) VALUES (1, 0);
CREATE TABLE rollup_dirty (day TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;

CREATE TRIGGER rollup_posts_update AFTER UPDATE OF abusive, severity, top_category, review_status, platform,
  created_at, account_id, repost_of_post_id ON posts
  WHEN OLD.abusive IS NOT NEW.abusive OR OLD.severity IS NOT NEW.severity
    OR OLD.top_category IS NOT NEW.top_category OR OLD.review_status IS NOT NEW.review_status
    OR OLD.platform IS NOT NEW.platform OR OLD.created_at IS NOT NEW.created_at
    OR OLD.account_id IS NOT NEW.account_id OR OLD.repost_of_post_id IS NOT NEW.repost_of_post_id
BEGIN
  INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(OLD.created_at, 1, 10)), (substr(NEW.created_at, 1, 10));
END;
CREATE TRIGGER rollup_posts_delete AFTER DELETE ON posts BEGIN
  INSERT OR IGNORE INTO rollup_dirty (day) VALUES (substr(OLD.created_at, 1, 10));
END;
CREATE TRIGGER rollup_mentions_insert AFTER INSERT ON mentions
  WHEN NEW.post_id <= (SELECT built_to FROM rollup_state WHERE id = 1)
BEGIN
  INSERT OR IGNORE INTO rollup_dirty (day) SELECT substr(created_at, 1, 10) FROM posts WHERE id = NEW.post_id;
END;
CREATE TRIGGER rollup_mentions_delete AFTER DELETE ON mentions
  WHEN OLD.post_id <= (SELECT built_to FROM rollup_state WHERE id = 1)
BEGIN
  INSERT OR IGNORE INTO rollup_dirty (day) SELECT substr(created_at, 1, 10) FROM posts WHERE id = OLD.post_id;
END;

CREATE INDEX posts_abusive_recent ON posts(created_at, top_category, severity, platform, review_status)
  WHERE abusive = 1;
CREATE INDEX posts_reviewed ON posts(created_at) WHERE review_status <> 'unreviewed';
`;
