/**
 * Analytics results: detected campaigns and spikes, and the detection runs that produced them.
 *
 * - campaigns: one row per detected campaign (co-posting, hashtag burst, link burst, pile-on) with the
 *   person it was aimed at, its time span, size, strength score, the signals behind the score
 *   (`signals`, JSON) and the parameters that found it (`params`, JSON), so any campaign can be
 *   explained later even after the parameters change. Ids survive re-runs when the same campaign is
 *   found again (see electron/analytics/campaigns/save.ts), so links to a campaign keep working.
 * - campaign_posts / campaign_accounts: members. campaign_accounts is indexed by account so an account
 *   page can say "took part in 2 campaigns" without a scan.
 * - spikes: abnormal rises in one person's abusive posts, per UTC day, with the baseline they rose
 *   above. Keyed by (person, first day) so a re-run keeps `first_detected_at` and whether staff have
 *   seen the alert.
 * - analytics_runs: when detection ran, with what parameters, over how many posts, and how long it took.
 * Parameters themselves live in settings ('analytics.params').
 */
export const up = `
CREATE TABLE analytics_runs (
  id INTEGER PRIMARY KEY,
  started_at TEXT NOT NULL,
  finished_at TEXT NOT NULL,
  seconds REAL NOT NULL,
  reason TEXT NOT NULL DEFAULT 'manual',
  params TEXT NOT NULL DEFAULT '{}',
  posts INTEGER NOT NULL DEFAULT 0,
  max_post_id INTEGER NOT NULL DEFAULT 0,
  campaigns INTEGER NOT NULL DEFAULT 0,
  spikes INTEGER NOT NULL DEFAULT 0,
  new_spikes INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE campaigns (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('coposting','hashtag','link','pileon')),
  person_id INTEGER REFERENCES people(id) ON DELETE CASCADE,
  platform TEXT,
  label TEXT NOT NULL DEFAULT '',
  start_at TEXT NOT NULL,
  end_at TEXT NOT NULL,
  accounts INTEGER NOT NULL,
  posts INTEGER NOT NULL,
  score REAL NOT NULL,
  new_share REAL NOT NULL DEFAULT 0,
  low_history_share REAL NOT NULL DEFAULT 0,
  abusive_share REAL NOT NULL DEFAULT 0,
  signals TEXT NOT NULL DEFAULT '{}',
  params TEXT NOT NULL DEFAULT '{}',
  target_post_id INTEGER REFERENCES posts(id) ON DELETE SET NULL,
  run_id INTEGER REFERENCES analytics_runs(id) ON DELETE SET NULL,
  first_detected_at TEXT NOT NULL
) STRICT;
CREATE INDEX campaigns_person ON campaigns(person_id, start_at);
CREATE INDEX campaigns_start ON campaigns(start_at);

CREATE TABLE campaign_posts (
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  post_id INTEGER NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
  PRIMARY KEY (campaign_id, post_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX campaign_posts_post ON campaign_posts(post_id, campaign_id);

CREATE TABLE campaign_accounts (
  campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
  account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  posts INTEGER NOT NULL DEFAULT 1,
  is_new INTEGER NOT NULL DEFAULT 0,
  low_history INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (campaign_id, account_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX campaign_accounts_account ON campaign_accounts(account_id, campaign_id);

CREATE TABLE spikes (
  id INTEGER PRIMARY KEY,
  person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  start_day TEXT NOT NULL,
  end_day TEXT NOT NULL,
  peak_day TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('volume','rate','both')),
  abusive INTEGER NOT NULL,
  posts INTEGER NOT NULL,
  baseline_abusive REAL NOT NULL,
  baseline_rate REAL NOT NULL,
  volume_z REAL NOT NULL,
  rate_z REAL NOT NULL,
  score REAL NOT NULL,
  params TEXT NOT NULL DEFAULT '{}',
  first_detected_at TEXT NOT NULL,
  seen_at TEXT,
  run_id INTEGER REFERENCES analytics_runs(id) ON DELETE SET NULL,
  UNIQUE (person_id, start_day)
) STRICT;
CREATE INDEX spikes_day ON spikes(start_day);
`;
