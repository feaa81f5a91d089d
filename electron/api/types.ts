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
  | { type: 'progress'; jobId: string; label: string; done: number; total: number; message?: string }
  | { type: 'job-finished'; jobId: string; label: string; ok: boolean; error?: string }
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
