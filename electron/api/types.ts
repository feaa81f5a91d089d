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
  | { type: 'data-changed'; tables: string[] };

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

export interface ImportProgressDetail {
  file: string;
  index: number;
  count: number;
  bytes: number;
  totalBytes: number;
  records: number;
  inserted: number;
  duplicates: number;
  rejected: number;
  postsPerSecond: number;
  secondsLeft: number | null;
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
}
