/**
 * The first schema. Times are ISO-8601 UTC text ('2025-03-01T12:00:00.000Z'): readable in an evidence
 * pack, sortable as text, and understood by SQLite's date functions.
 * posts.abusive / severity / top_category / review_status are the *effective* verdict (human decision
 * over machine labels), kept on the post so dashboard queries never have to re-derive it.
 */
export const up = `
CREATE TABLE people (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  role TEXT NOT NULL DEFAULT 'mp' CHECK (role IN ('leader','mp','candidate','staff','other')),
  party TEXT,
  constituency TEXT,
  gender TEXT,
  notes TEXT,
  external_id TEXT UNIQUE,
  staff_edited TEXT NOT NULL DEFAULT '[]',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE person_handles (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  platform TEXT NOT NULL CHECK (platform IN ('x','bluesky','mastodon','facebook','instagram','youtube','tiktok','reddit')),
  handle TEXT,
  handle_norm TEXT GENERATED ALWAYS AS (lower(ltrim(handle, '@'))) STORED,
  account_id TEXT,
  CHECK (handle IS NOT NULL OR account_id IS NOT NULL)
) STRICT;
CREATE UNIQUE INDEX person_handles_unique ON person_handles(person_id, platform, coalesce(handle_norm, ''), coalesce(account_id, ''));
CREATE INDEX person_handles_lookup ON person_handles(platform, handle_norm);
CREATE INDEX person_handles_account ON person_handles(platform, account_id);

CREATE TABLE person_aliases (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  alias TEXT NOT NULL CHECK (length(trim(alias)) > 0),
  kind TEXT NOT NULL DEFAULT 'name' CHECK (kind IN ('name','nickname','misspelling','abusive')),
  UNIQUE (person_id, alias)
) STRICT;

CREATE TABLE imports (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_sha256 TEXT,
  file_size INTEGER,
  format TEXT,
  status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running','done','failed','cancelled')),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  read_count INTEGER NOT NULL DEFAULT 0,
  inserted_count INTEGER NOT NULL DEFAULT 0,
  duplicate_count INTEGER NOT NULL DEFAULT 0,
  rejected_count INTEGER NOT NULL DEFAULT 0,
  message TEXT
) STRICT;

CREATE TABLE import_rejects (
  id INTEGER PRIMARY KEY,
  import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
  line INTEGER,
  reason TEXT NOT NULL,
  raw TEXT
) STRICT;
CREATE INDEX import_rejects_import ON import_rejects(import_id);

CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  platform_user_id TEXT NOT NULL,
  handle TEXT,
  display_name TEXT,
  account_created_at TEXT,
  followers INTEGER,
  first_seen TEXT,
  last_seen TEXT,
  UNIQUE (platform, platform_user_id)
) STRICT;
CREATE INDEX accounts_handle ON accounts(platform, lower(handle));

CREATE TABLE posts (
  id INTEGER PRIMARY KEY,
  platform TEXT NOT NULL,
  platform_post_id TEXT NOT NULL,
  account_id INTEGER REFERENCES accounts(id),
  text TEXT NOT NULL DEFAULT '',
  lang TEXT,
  created_at TEXT NOT NULL,
  url TEXT,
  reply_to_post_id TEXT,
  reply_to_account_id TEXT,
  quote_of_post_id TEXT,
  repost_of_post_id TEXT,
  conversation_id TEXT,
  metrics TEXT NOT NULL DEFAULT '{}',
  raw TEXT NOT NULL DEFAULT '{}',
  raw_sha256 TEXT NOT NULL,
  import_id INTEGER REFERENCES imports(id),
  matched INTEGER NOT NULL DEFAULT 0,
  abusive INTEGER NOT NULL DEFAULT 0,
  severity INTEGER NOT NULL DEFAULT 0 CHECK (severity BETWEEN 0 AND 4),
  top_category TEXT,
  review_status TEXT NOT NULL DEFAULT 'unreviewed' CHECK (review_status IN ('unreviewed','confirmed','rejected','escalated')),
  UNIQUE (platform, platform_post_id)
) STRICT;
CREATE INDEX posts_created ON posts(created_at);
CREATE INDEX posts_account ON posts(account_id, created_at);
CREATE INDEX posts_platform_created ON posts(platform, created_at);
CREATE INDEX posts_severity ON posts(severity, created_at) WHERE severity > 0;
CREATE INDEX posts_reply_to ON posts(platform, reply_to_post_id) WHERE reply_to_post_id IS NOT NULL;

CREATE TABLE mentions (
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  how TEXT NOT NULL CHECK (how IN ('handle','reply','name','alias')),
  PRIMARY KEY (post_id, person_id, how)
) STRICT, WITHOUT ROWID;
CREATE INDEX mentions_person ON mentions(person_id, post_id);

CREATE TABLE categories (
  key TEXT PRIMARY KEY CHECK (key GLOB '[a-z]*' AND key NOT GLOB '*[^a-z0-9_]*'),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  is_abuse INTEGER NOT NULL DEFAULT 1,
  default_severity INTEGER NOT NULL DEFAULT 0 CHECK (default_severity BETWEEN 0 AND 4),
  colour TEXT NOT NULL DEFAULT '#888888',
  enabled INTEGER NOT NULL DEFAULT 1,
  manual_only INTEGER NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE TABLE labels (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  category_key TEXT NOT NULL REFERENCES categories(key) ON UPDATE CASCADE,
  source TEXT NOT NULL CHECK (source IN ('rule','model','human')),
  score REAL NOT NULL DEFAULT 1.0,
  severity INTEGER NOT NULL DEFAULT 0 CHECK (severity BETWEEN 0 AND 4),
  explanation TEXT NOT NULL DEFAULT '{}',
  classifier_version TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX labels_post ON labels(post_id);
CREATE INDEX labels_category ON labels(category_key, post_id);

CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  status TEXT NOT NULL CHECK (status IN ('unreviewed','confirmed','rejected','escalated')),
  category_key TEXT REFERENCES categories(key) ON UPDATE CASCADE,
  reviewer TEXT NOT NULL,
  note TEXT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX reviews_post ON reviews(post_id, id);

CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL CHECK (length(trim(title)) > 0),
  person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','reported_platform','referred_police','closed')),
  platform_ref TEXT,
  police_ref TEXT,
  notes TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE case_posts (
  case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  added_at TEXT NOT NULL,
  added_by TEXT,
  note TEXT,
  PRIMARY KEY (case_id, post_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_posts_post ON case_posts(post_id);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  detail TEXT NOT NULL DEFAULT '{}',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL UNIQUE
) STRICT;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- What the demo generator planted, so detection and classification can be scored against it.
CREATE TABLE demo_truth (
  post_id INTEGER PRIMARY KEY REFERENCES posts(id) ON DELETE CASCADE,
  intended_category TEXT NOT NULL,
  campaign TEXT
) STRICT;

-- Full-text index over post text. External content (no second copy of the text); accents folded so
-- 'Zoe' finds 'Zoë'. Kept in step by db/posts.ts, not triggers: bulk imports index in one pass after
-- loading, which is several times faster than indexing row by row.
CREATE VIRTUAL TABLE posts_fts USING fts5(
  text, content='posts', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
`;
