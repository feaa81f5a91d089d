/**
 * A case's timeline: one row per thing that happened to it. Rows are only ever added (a trigger refuses
 * updates), and every one is mirrored into the hash-chained audit log by the caller's transaction.
 */
import type { DB } from './connection';
import { nowIso } from './time';

export type CaseEventKind =
  'created' | 'status' | 'reference' | 'note' | 'posts_added' | 'posts_removed' | 'edited' | 'exported';

export interface CaseEventRow {
  id: number;
  case_id: number;
  at: string;
  actor: string;
  kind: CaseEventKind;
  status_from: string | null;
  status_to: string | null;
  reference: string | null;
  dated: string | null;
  body: string | null;
  detail: string;
}

export interface CaseEventInput {
  kind: CaseEventKind;
  actor: string;
  statusFrom?: string | null;
  statusTo?: string | null;
  reference?: string | null;
  dated?: string | null;
  body?: string | null;
  detail?: unknown;
}

export function appendCaseEvent(db: DB, caseId: number, e: CaseEventInput): number {
  const info = db
    .prepare(
      `INSERT INTO case_events (case_id, at, actor, kind, status_from, status_to, reference, dated, body, detail)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      caseId,
      nowIso(),
      e.actor,
      e.kind,
      e.statusFrom ?? null,
      e.statusTo ?? null,
      e.reference ?? null,
      e.dated ?? null,
      e.body ?? null,
      JSON.stringify(e.detail ?? {}),
    );
  return Number(info.lastInsertRowid);
}

/** Oldest first: a timeline reads forwards. */
export function listCaseEvents(db: DB, caseId: number): CaseEventRow[] {
  return db.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY id').all(caseId) as CaseEventRow[];
}
