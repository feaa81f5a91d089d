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
