/**
 * Review and taxonomy history.
 * - taxonomy_versions: every change to a category (name, colour, severity, enabled…) as a before/after
 *   snapshot under the category's new version number, so any verdict can be read against the taxonomy
 *   of its day. Existing categories get their version-1 snapshot.
 * - reviews gains what makes a decision undoable without deleting anything: which action it was, the
 *   verdict it replaced (`previous`, JSON) and, for an undo row, the decision it reverts.
 * - A partial index serves the review queue (unreviewed abusive posts, most severe and newest first)
 *   without scanning every post; it only holds rows waiting for review, so imports pay little for it.
 */
export const up = `
CREATE TABLE taxonomy_versions (
  id INTEGER PRIMARY KEY,
  category_key TEXT NOT NULL REFERENCES categories(key) ON UPDATE CASCADE,
  version INTEGER NOT NULL,
  change TEXT NOT NULL CHECK (change IN ('initial','added','updated')),
  before TEXT,
  after TEXT NOT NULL,
  changed_by TEXT NOT NULL,
  changed_at TEXT NOT NULL,
  UNIQUE (category_key, version)
) STRICT;

INSERT INTO taxonomy_versions (category_key, version, change, before, after, changed_by, changed_at)
SELECT key, version, 'initial', NULL,
       json_object('name', name, 'description', description, 'is_abuse', is_abuse,
                   'default_severity', default_severity, 'colour', colour, 'enabled', enabled,
                   'manual_only', manual_only),
       'system', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
FROM categories;

ALTER TABLE reviews ADD COLUMN action TEXT NOT NULL DEFAULT 'decide'
  CHECK (action IN ('decide','confirm','reject','escalate','recategorise','note','undo'));
ALTER TABLE reviews ADD COLUMN previous TEXT;
ALTER TABLE reviews ADD COLUMN reverts INTEGER REFERENCES reviews(id);
CREATE INDEX reviews_reverts ON reviews(reverts) WHERE reverts IS NOT NULL;

CREATE INDEX posts_review_queue ON posts(severity, created_at) WHERE abusive = 1 AND review_status = 'unreviewed';
`;
