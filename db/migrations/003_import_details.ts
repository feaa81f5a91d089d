/**
 * Import details: the handles and account ids a post mentions (so adding a person later can re-match
 * old posts without re-reading files), where each file came from, and a full-text watermark so an
 * interrupted import's posts are indexed by the next run.
 */
export const up = `
ALTER TABLE posts ADD COLUMN mentioned TEXT NOT NULL DEFAULT '';
ALTER TABLE imports ADD COLUMN file_path TEXT;
ALTER TABLE imports ADD COLUMN options TEXT NOT NULL DEFAULT '{}';
-- Every index costs each imported row; the dashboard gets rollups instead of this one.
DROP INDEX posts_platform_created;
INSERT INTO settings (key, value) SELECT 'fts.indexedTo', CAST(coalesce(max(rowid), 0) AS TEXT) FROM posts_fts;
`;
