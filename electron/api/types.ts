/**
 * Result and event types shared by every transport and by the renderer. This file (and contract.ts)
 * must stay free of Node imports: the renderer type-checks them without Node's types.
 */
export type ErrorCode =
  | 'UNKNOWN_METHOD'
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'BUSY'
  | 'CANCELLED'
  | 'DB_ERROR'
  | 'FORBIDDEN'
  | 'INTERNAL';

export interface ApiErrorShape {
  code: ErrorCode | string;
  message: string;
  /** Field-level problems for INVALID_INPUT: where, and what was wrong. */
  issues?: { path: string; message: string }[];
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export type ApiEvent =
  | {
      type: 'progress';
      jobId: string;
      label: string;
      done: number;
      total: number;
      message?: string;
      detail?: unknown;
    }
  | { type: 'job-finished'; jobId: string; label: string; ok: boolean; error?: string; result?: unknown }
  | { type: 'data-changed'; tables: string[] }
  | NewSpikesEvent;

export interface AppInfo {
  name: string;
  version: string;
  schemaVersion: number;
  dbPath: string;
  shell: 'electron' | 'web' | 'in-process';
  posts: number;
  people: number;
}

export interface Overview {
  totals: {
    posts: number;
    people: number;
    accounts: number;
    platforms: number;
    abusive: number;
    urgent: number;
  };
  range: { first: string | null; last: string | null };
  byPlatform: { platform: string; posts: number }[];
  byDay: { day: string; posts: number; abusive: number }[];
}

export interface PersonSummary {
  id: number;
  name: string;
  role: string;
  party: string | null;
  constituency: string | null;
  posts: number;
}

export interface DemoSummary {
  people: number;
  accounts: number;
  posts: number;
  campaigns: number;
  seconds: number;
}

export interface JobStarted {
  jobId: string;
}

export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entity_id: string | null;
  detail: string;
}

export interface ImportPreview {
  file: string;
  bytes: number;
  gzip: boolean;
  container: 'json' | 'ndjson' | 'csv' | 'js-assignment' | null;
  /** The recognised format, or null when a column mapping is needed (or the file is unreadable). */
  format: string | null;
  formatLabel: string | null;
  header: string[] | null;
  suggestedMapping: Record<string, string> | null;
  /** Bulwark fields a generic mapping can fill, with descriptions. */
  fields: Record<string, string>;
  problem: string | null;
}

export interface ImportFileSummary {
  file: string;
  importId: number;
  format: string | null;
  status: 'done' | 'failed' | 'cancelled';
  read: number;
  inserted: number;
  duplicates: number;
  rejected: number;
  errors: { line: number; reason: string }[];
  message?: string;
  needsMapping?: { header: string[]; suggested: Record<string, string> };
}

/** Progress of one file's import. */
export interface ImportProgress {
  file: string;
  bytes: number;
  totalBytes: number;
  records: number;
  inserted: number;
  duplicates: number;
  rejected: number;
  postsPerSecond: number;
  secondsLeft: number | null;
}

/** Progress of one file within an import job of several. */
export interface ImportProgressDetail extends ImportProgress {
  index: number;
  count: number;
}

export interface ImportRecord {
  id: number;
  file_name: string;
  file_sha256: string | null;
  file_size: number | null;
  format: string | null;
  status: 'running' | 'done' | 'failed' | 'cancelled';
  started_at: string;
  finished_at: string | null;
  read_count: number;
  inserted_count: number;
  duplicate_count: number;
  rejected_count: number;
  message: string | null;
}

export interface ImportReject {
  id: number;
  line: number | null;
  reason: string;
  raw: string | null;
}

export interface PostListItem {
  id: number;
  platform: string;
  platform_post_id: string;
  created_at: string;
  text: string;
  url: string | null;
  handle: string | null;
  display_name: string | null;
  severity: number;
  top_category: string | null;
  review_status: string;
}

export interface PostListPage {
  total: number;
  rows: PostListItem[];
}

// People we monitor (people.* methods): the list, one person in full, roster import, Parliament fetch.
export type PersonRole = 'leader' | 'mp' | 'candidate' | 'staff' | 'other';
export type PersonPlatform =
  'x' | 'bluesky' | 'mastodon' | 'facebook' | 'instagram' | 'youtube' | 'tiktok' | 'reddit';
export type PersonAliasKind = 'name' | 'nickname' | 'misspelling' | 'abusive';

export interface PersonHandleInfo {
  platform: PersonPlatform;
  handle: string | null;
  accountId: string | null;
}

export interface PersonAliasInfo {
  alias: string;
  kind: PersonAliasKind;
}

export interface PersonListItem extends PersonSummary {
  gender: string | null;
  externalId: string | null;
  handles: PersonHandleInfo[];
  aliases: number;
}

export interface PersonDetail {
  id: number;
  name: string;
  role: PersonRole;
  party: string | null;
  constituency: string | null;
  gender: string | null;
  notes: string | null;
  externalId: string | null;
  /** Fields staff have set by hand ('name', 'party', 'handles.x', 'aliases', …): imports leave them alone. */
  staffEdited: string[];
  createdAt: string;
  updatedAt: string;
  handles: PersonHandleInfo[];
  aliases: PersonAliasInfo[];
  /** Distinct posts that mention this person, and mention rows by how they were found. */
  posts: number;
  mentionsByHow: Partial<Record<'handle' | 'reply' | 'name' | 'alias', number>>;
}

/** What re-matching existing posts did after a change: done at once (small databases) or as a job. */
export type RematchOutcome =
  | { mode: 'none' }
  | {
      mode: 'inline';
      posts: number;
      changedPosts: number;
      linked: number;
      unlinked: number;
      seconds: number;
    }
  | { mode: 'job'; jobId: string };

export interface PersonSaved {
  person: PersonDetail;
  rematch: RematchOutcome;
}

export interface PersonRemoved {
  id: number;
  name: string;
  /** Posts that had mentioned them, and how many of those now mention nobody we monitor. */
  posts: number;
  postsUnmatched: number;
}

export interface RosterFieldInfo {
  key: string;
  label: string;
  hint: string;
  required: boolean;
}

export interface RosterPreview {
  fileName: string | null;
  rows: number;
  header: string[];
  /** The first rows, as read. */
  sample: string[][];
  /** Bulwark field → column. */
  suggestedMapping: Record<string, string>;
  /** The roster format Bulwark recognised from the header (then no mapping is needed), or null. */
  recognised: string | null;
  suggestedRole: PersonRole;
  fields: RosterFieldInfo[];
  problems: string[];
}

export interface PeopleMergeResult {
  rows: number;
  added: number;
  updated: number;
  unchanged: number;
  /** Rows describing someone already listed earlier in the same file. */
  duplicates: number;
  skipped: { row: number; reason: string }[];
  handlesAdded: number;
  aliasesAdded: number;
  /** Values the file would have changed but staff had edited by hand, so they were kept. */
  keptStaffEdits: number;
  /** Things worth knowing that did not stop the import (a handle left out, an unknown role). */
  notes: string[];
  rematch: RematchOutcome;
}

export interface ParliamentFetchResult extends PeopleMergeResult {
  /** Members the API listed, and those whose social media could not be read. */
  members: number;
  contactFailures: { id: number; name: string; reason: string }[];
  source: string;
}

// Review (review.* methods): the queue, the Urgent list, decisions, undo and history.
export type ReviewStatus = 'unreviewed' | 'confirmed' | 'rejected' | 'escalated';
export type ReviewAction = 'confirm' | 'reject' | 'escalate' | 'recategorise' | 'note';

export interface ExplanationSpan {
  /** UTF-16 offsets into the post's original text. */
  start: number;
  end: number;
  category: string;
  /** Rule id, e.g. "lex:threat:i know where you live" or "threat:intent-kill-person". */
  rule?: string;
}

export interface LabelExplanation {
  spans: ExplanationSpan[];
  /** Top features behind the score: rule ids, "w:word", "c:chars", "lex:category". */
  features: { feature: string; weight: number }[];
  /** The trained model's head probabilities (machine labels only). */
  model: { offensive: number; targeted: number; sexism: number; antisemitism: number } | null;
  /** Human labels: who decided, how, and their note. */
  reviewer?: string;
  action?: string;
  note?: string;
}

export interface ReviewLabel {
  id: number;
  category: string;
  source: 'rule' | 'model' | 'human';
  score: number;
  severity: number;
  classifierVersion: string;
  createdAt: string;
  explanation: LabelExplanation;
}

export interface ReviewDecisionSummary {
  id: number;
  action: ReviewAction | 'undo' | 'decide';
  status: ReviewStatus;
  category: string | null;
  reviewer: string;
  note: string | null;
  createdAt: string;
}

export interface ReviewPost {
  id: number;
  platform: string;
  platformPostId: string;
  createdAt: string;
  text: string;
  url: string | null;
  handle: string | null;
  displayName: string | null;
  /** The effective verdict (a human decision, else the machine's). */
  abusive: boolean;
  severity: number;
  topCategory: string | null;
  reviewStatus: ReviewStatus;
  mentions: { id: number; name: string }[];
  /** Human label first, then by severity and score. */
  labels: ReviewLabel[];
  /** The newest decision or undo that set the status (notes excluded), if any. */
  lastDecision: ReviewDecisionSummary | null;
  notes: number;
  /** Whether review.undo has a decision to revert. */
  canUndo: boolean;
}

export interface ReviewPage {
  total: number;
  rows: ReviewPost[];
}

export interface PostVerdict {
  abusive: boolean;
  severity: number;
  topCategory: string | null;
  reviewStatus: ReviewStatus;
}

export interface ReviewDecisionResult {
  postId: number;
  reviewId: number;
  action: ReviewAction | 'undo';
  verdict: PostVerdict;
}

export interface ReviewHistoryEntry {
  id: number;
  action: ReviewAction | 'undo' | 'decide';
  status: ReviewStatus;
  category: string | null;
  categoryName: string | null;
  reviewer: string;
  note: string | null;
  createdAt: string;
  /** For an undo: the decision it reverted. */
  reverts: number | null;
  /** True when a later undo reverted this decision. */
  reverted: boolean;
}

export interface ReviewPrefs {
  reviewerName: string;
  /** Blur the text of abusive posts until the reader reveals it (default on). */
  blurAbusive: boolean;
}

// Taxonomy, lexicon and thresholds (taxonomy.*, lexicon.*, thresholds.*, classify.* methods).
export interface CategoryInfo {
  key: string;
  name: string;
  description: string;
  isAbuse: boolean;
  /** Default severity S0–S4 given to posts in this category. */
  severity: number;
  colour: string;
  enabled: boolean;
  /** Set by reviewers only; the classifier never produces it. */
  manualOnly: boolean;
  /** A "not abuse" outcome the app relies on: cannot be switched off. */
  protected: boolean;
  version: number;
}

export interface CategorySnapshotInfo {
  name: string;
  description: string;
  isAbuse: boolean;
  severity: number;
  colour: string;
  enabled: boolean;
  manualOnly: boolean;
}

export interface TaxonomyChange {
  id: number;
  key: string;
  version: number;
  change: 'initial' | 'added' | 'updated';
  before: CategorySnapshotInfo | null;
  after: CategorySnapshotInfo;
  /** The fields this change touched. */
  fields: (keyof CategorySnapshotInfo)[];
  changedBy: string;
  changedAt: string;
}

export interface CategorySaved {
  category: CategoryInfo;
  /** Fields that actually changed (empty when the values were already as given). */
  changed: string[];
}

export interface LexiconEntry {
  term: string;
  category: string;
}

export interface LexiconSettings {
  /** Words and phrases added to a category's word list. */
  add: LexiconEntry[];
  /** Built-in words and phrases switched off for a category. */
  disable: LexiconEntry[];
}

export type ThresholdKey =
  'rule' | 'ruleWithModel' | 'offensive' | 'targeted' | 'sexism' | 'antisemitism' | 'politicalModel';
export type ThresholdValues = Record<ThresholdKey, number>;

export interface ThresholdSettings {
  /** In force: the defaults with any custom values applied. */
  values: ThresholdValues;
  defaults: ThresholdValues;
  /** Only the values that differ from the defaults. */
  custom: Partial<ThresholdValues>;
}

export interface ReclassifyStatus {
  /** The running reclassification, if any. */
  jobId: string | null;
  /**
   * Posts whose machine labels predate the current classifier or category settings (db/labels.ts
   * postsWithOutdatedLabels): what "Reclassify all" would bring up to date. 0 while one runs.
   */
  outdatedPosts: number;
  /** True when there are more than `outdatedPosts` (the count stops at 10,000). */
  outdatedMoreThan: boolean;
  /** The classifier version new labels get, e.g. "rules-2.0edb57+model-544383ada67c". */
  classifierVersion: string;
}

// Cases and evidence packs (cases.*, evidence.* methods).
export type CaseStatus = 'open' | 'reported_platform' | 'referred_police' | 'closed';
export type CaseRefKind = 'platform' | 'police' | 'other';
export type CaseEventKind =
  'created' | 'status' | 'reference' | 'note' | 'posts_added' | 'posts_removed' | 'edited' | 'exported';

export interface CaseSummary {
  id: number;
  title: string;
  personId: number | null;
  personName: string | null;
  status: CaseStatus;
  posts: number;
  /** The latest platform report id and police reference, if any. */
  platformRef: string | null;
  policeRef: string | null;
  campaignRef: string | null;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

export interface CaseReference {
  id: number;
  kind: CaseRefKind;
  platform: string | null;
  reference: string;
  /** YYYY-MM-DD the report or referral was made. */
  dated: string | null;
  addedBy: string;
  addedAt: string;
}

export interface CaseEvent {
  id: number;
  at: string;
  actor: string;
  kind: CaseEventKind;
  statusFrom: CaseStatus | null;
  statusTo: CaseStatus | null;
  reference: string | null;
  dated: string | null;
  body: string | null;
  detail: Record<string, unknown>;
}

export interface CaseDetail extends CaseSummary {
  notes: string | null;
  reportedPlatformAt: string | null;
  referredPoliceAt: string | null;
  closedAt: string | null;
  /** The filter that filled the case, when it was made from one. */
  selection: unknown;
  references: CaseReference[];
  /** The timeline, oldest first. */
  events: CaseEvent[];
}

export interface CasePostItem {
  id: number;
  platform: string;
  platformPostId: string;
  createdAt: string;
  text: string;
  url: string | null;
  handle: string | null;
  displayName: string | null;
  abusive: boolean;
  severity: number;
  topCategory: string | null;
  reviewStatus: ReviewStatus;
  addedAt: string;
  addedBy: string | null;
  note: string | null;
}

export interface CasePostPage {
  total: number;
  rows: CasePostItem[];
}

export interface CaseCreated {
  id: number;
  posts: number;
}

export interface CasePostsAdded {
  caseId: number;
  added: number;
  /** Posts that were already in the case. */
  already: number;
}

export type RedactOption = 'handles' | 'reviewers';

export interface EvidencePackResult {
  caseId: number;
  /** Where the pack was written. */
  file: string;
  fileName: string;
  bytes: number;
  sha256: string;
  packId: string;
  posts: number;
  generatedAt: string;
  seconds: number;
  redacted: RedactOption[];
}

export interface PackCheck {
  /** intact: every hash matches; tampered: something changed; unreadable: not a pack we can read. */
  status: 'intact' | 'tampered' | 'unreadable';
  packId: string | null;
  caseTitle: string | null;
  generatedAt: string | null;
  files: number;
  posts: number;
  changedFiles: string[];
  missingFiles: string[];
  extraFiles: string[];
  /** Posts whose raw record no longer matches its hash: platform and post id. */
  alteredPosts: string[];
  /** Everything wrong, in plain words (empty when intact). */
  problems: string[];
}

// Dashboard (dashboard.* methods). Counts honour the shared PostFilter (electron/api/filters.ts).
export interface DashboardBucket {
  /** 'YYYY-MM-DD' (day grain) or 'YYYY-MM-DDTHH' (hour grain), UTC. */
  bucket: string;
  total: number;
  /** Posts per top category ('none' = no category yet). */
  counts: Record<string, number>;
}

export interface DashboardPersonRate {
  personId: number;
  name: string;
  posts: number;
  abusive: number;
  /** abusive / posts (0 when there are no posts). */
  rate: number;
  /** Abusive posts and all posts per spark bucket, aligned with DashboardPeople.buckets. */
  sparkAbusive: number[];
  sparkPosts: number[];
}

export interface DashboardPeople {
  /** Day ('YYYY-MM-DD'), week (its Monday) or hour buckets. */
  grain: 'hour' | 'day' | 'week';
  buckets: string[];
  rows: DashboardPersonRate[];
}

export interface DashboardAccount {
  accountId: number;
  platform: string;
  handle: string | null;
  displayName: string | null;
  /** Abusive posts under the filter. */
  abusive: number;
  /** How many of the people we monitor those posts mention. */
  people: number;
}

export interface DashboardTerm {
  term: string;
  posts: number;
}

export interface DashboardTerms {
  /** How many of the newest matching abusive posts were read, and how many match in all. */
  sample: number;
  matching: number;
  terms: DashboardTerm[];
  hashtags: DashboardTerm[];
}

export interface DashboardData {
  /** 'rollup' when pre-counted tables answered; 'posts' when the filter needed the posts themselves. */
  source: 'rollup' | 'posts';
  grain: 'day' | 'hour';
  /** First and last post in the whole database (for date presets), UTC. */
  dataRange: { first: string | null; last: string | null };
  totals: { posts: number; abusive: number; urgent: number; people: number };
  overTime: DashboardBucket[];
  people: DashboardPeople;
  severity: { severity: number; posts: number }[];
  platforms: { platform: string; posts: number; abusive: number }[];
  topAccounts: DashboardAccount[];
  terms: DashboardTerms;
  /** Detected spikes overlapping the filter's dates and people (empty until detection has run). */
  spikes: DashboardSpike[];
  /** Milliseconds each query took on the server. */
  timings: Record<string, number>;
}

export interface DashboardSpike {
  id: number;
  personId: number;
  person: string;
  startDay: string;
  endDay: string;
  peakDay: string;
  kind: string;
  abusive: number;
  score: number;
}

// Posts explorer (posts.search, posts.count, posts.get).
export type PostSort = 'newest' | 'oldest' | 'severity';

export interface PostSearchRow extends PostListItem {
  account_id: number | null;
  abusive: number;
  repost_of_post_id: string | null;
  /** True when `text` was cut for the list (the detail has it in full). */
  truncated: boolean;
}

export interface PostSearchPage {
  rows: PostSearchRow[];
  /** Pass back as `after` for the next page; null at the end. */
  nextCursor: string | null;
  /** How the page was found (for diagnostics and the benchmark). */
  plan: string;
  /** The words and phrases searched for (not the excluded ones), for highlighting matches. */
  terms: SearchTerm[];
}

export interface SearchTerm {
  text: string;
  /** A trailing * : any word starting with text. */
  prefix: boolean;
}

export interface PostCount {
  count: number;
  /** True when the count came from the dashboard rollups. */
  fromRollups: boolean;
  /** First and last post in the whole database (for date presets), UTC. */
  dataRange: { first: string | null; last: string | null };
}

export interface PostThreadItem {
  id: number | null;
  platformPostId: string;
  relation: 'parent' | 'reply' | 'quoted' | 'quoted-by' | 'reposted' | 'reposted-by';
  createdAt: string | null;
  handle: string | null;
  text: string | null;
  severity: number;
  topCategory: string | null;
}

/** What the explorer's detail panel adds to review.post and review.history. */
export interface PostDetail {
  id: number;
  accountId: number | null;
  lang: string | null;
  replyToPostId: string | null;
  quoteOfPostId: string | null;
  repostOfPostId: string | null;
  conversationId: string | null;
  metrics: Record<string, unknown>;
  /** The source record exactly as imported, and its SHA-256. */
  raw: string;
  rawSha256: string;
  importId: number | null;
  importFile: string | null;
  thread: PostThreadItem[];
  /** Replies we hold beyond those listed. */
  moreReplies: number;
}

// Accounts (accounts.get): one author's course of conduct across the people we monitor.
export interface AccountDetail {
  id: number;
  platform: string;
  platformUserId: string;
  handle: string | null;
  displayName: string | null;
  accountCreatedAt: string | null;
  followers: number | null;
  /** First and last post of theirs we hold (UTC). */
  firstSeen: string | null;
  lastSeen: string | null;
  posts: number;
  abusive: number;
  /** Their most severe post's severity. */
  maxSeverity: number;
  grain: 'day' | 'week';
  overTime: DashboardBucket[];
  categories: { category: string; posts: number }[];
  /** People their posts mention, most-targeted first. */
  people: { personId: number; name: string; posts: number; abusive: number }[];
  /** Detected campaigns this account took part in, newest first. */
  campaigns: AccountCampaign[];
}

export interface AccountCampaign {
  id: number;
  kind: string;
  label: string;
  person: string | null;
  startAt: string;
  endAt: string;
  accounts: number;
  posts: number;
  score: number;
}

// Campaigns and spikes (campaigns.*, spikes.*, analytics.*): coordinated activity and abuse surges.
export type CampaignKind = 'coposting' | 'hashtag' | 'link' | 'pileon';

export interface CampaignSummary {
  id: number;
  kind: CampaignKind;
  personId: number | null;
  person: string | null;
  platform: string | null;
  /** The shared text, hashtag or link ('' for pile-ons: see targetPostId). */
  label: string;
  start: string;
  end: string;
  accounts: number;
  posts: number;
  /** Strength 0–100 (size, surprise, new accounts, abuse). */
  score: number;
  newShare: number;
  lowHistoryShare: number;
  abusiveShare: number;
  /** Mostly political criticism, not abuse: coordinated, but not an abuse campaign. */
  political: boolean;
  targetPostId: number | null;
  firstDetectedAt: string;
}

export interface AnalyticsStatusInfo {
  lastRunAt: string | null;
  lastRunSeconds: number | null;
  stale: boolean;
  /** Why the results may be out of date, in plain words (null when they are current). */
  reason: string | null;
  /** The detection job running now, if any. */
  runningJobId: string | null;
}

export interface CampaignList {
  campaigns: CampaignSummary[];
  status: AnalyticsStatusInfo;
}

export interface CampaignAccount {
  accountId: number;
  platform: string;
  handle: string | null;
  displayName: string | null;
  accountCreatedAt: string | null;
  followers: number | null;
  posts: number;
  isNew: boolean;
  lowHistory: boolean;
}

export interface CampaignPost {
  id: number;
  platform: string;
  createdAt: string;
  text: string;
  url: string | null;
  accountId: number | null;
  handle: string | null;
  abusive: boolean;
  severity: number;
  topCategory: string | null;
  reviewStatus: string;
}

export interface CampaignDetail {
  campaign: CampaignSummary;
  /** Detector measurements ("why this was flagged"). */
  signals: Record<string, number | string>;
  /** The parameters that found it. */
  params: Record<string, unknown>;
  accounts: CampaignAccount[];
  timeline: { at: string; posts: number; abusive: number }[];
  /** Minutes per timeline bucket. */
  bucketMinutes: number;
  samples: CampaignPost[];
  /** Pile-ons: the person's post that was piled on, when we hold it. */
  target: { id: number; text: string; createdAt: string; url: string | null } | null;
}

export interface CampaignPostPage {
  total: number;
  rows: CampaignPost[];
}

export interface SpikeSummary {
  id: number;
  personId: number;
  person: string;
  startDay: string;
  endDay: string;
  peakDay: string;
  kind: 'volume' | 'rate' | 'both';
  abusive: number;
  posts: number;
  baselineAbusive: number;
  baselineRate: number;
  volumeZ: number;
  rateZ: number;
  score: number;
  firstDetectedAt: string;
  seenAt: string | null;
}

export interface SpikePostPage {
  spike: SpikeSummary;
  total: number;
  rows: CampaignPost[];
}

export interface AnalyticsRunResult {
  runId: number;
  campaigns: number;
  spikes: number;
  newSpikes: number;
  seconds: number;
}

/** Pushed after detection that an import started finds spikes nobody was told about yet. */
export interface NewSpikesEvent {
  type: 'new-spikes';
  jobId: string;
  spikes: { id: number; person: string; startDay: string; abusive: number }[];
}

/** A finished evidence pack's bytes (evidence.download), base64 so they travel as JSON. */
export interface EvidencePackFile {
  fileName: string;
  bytes: number;
  base64: string;
}
