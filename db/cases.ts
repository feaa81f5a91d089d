/**
 * Cases: posts gathered for one person or campaign, with notes, a status workflow
 * (open → reported_platform → referred_police → closed), reference numbers with their dates, and a
 * timeline. Every change is one transaction that writes the case, a timeline event and an audit entry,
 * so the three can never disagree.
 */
import { appendAudit } from './audit';
import { appendCaseEvent, type CaseEventInput } from './caseEvents';
import type { DB } from './connection';
import { nowIso } from './time';

export const CASE_STATUSES = ['open', 'reported_platform', 'referred_police', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export type RefKind = 'platform' | 'police' | 'other';

/** The date column each status step stamps. */
const STATUS_DATE: Partial<Record<CaseStatus, string>> = {
  reported_platform: 'reported_platform_at',
  referred_police: 'referred_police_at',
  closed: 'closed_at',
};

export class CaseError extends Error {
  constructor(
    readonly code: 'NOT_FOUND' | 'INVALID_INPUT' | 'CONFLICT',
    message: string,
  ) {
    super(message);
    this.name = 'CaseError';
  }
}

export interface CaseRow {
  id: number;
  title: string;
  person_id: number | null;
  person_name: string | null;
  status: CaseStatus;
  platform_ref: string | null;
  police_ref: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
  created_by: string;
  campaign_ref: string | null;
  reported_platform_at: string | null;
  referred_police_at: string | null;
  closed_at: string | null;
  selection: string | null;
  posts: number;
}

export interface CaseRefRow {
  id: number;
  case_id: number;
  kind: RefKind;
  platform: string | null;
  reference: string;
  dated: string | null;
  added_by: string;
  added_at: string;
}

const CASE_SELECT = `SELECT c.*, p.name AS person_name,
  (SELECT count(*) FROM case_posts cp WHERE cp.case_id = c.id) AS posts
  FROM cases c LEFT JOIN people p ON p.id = c.person_id`;

export function listCases(db: DB): CaseRow[] {
  return db.prepare(`${CASE_SELECT} ORDER BY c.updated_at DESC, c.id DESC`).all() as CaseRow[];
}

export function findCase(db: DB, id: number): CaseRow | undefined {
  return db.prepare(`${CASE_SELECT} WHERE c.id = ?`).get(id) as CaseRow | undefined;
}

export function getCase(db: DB, id: number): CaseRow {
  const row = findCase(db, id);
  if (!row) throw new CaseError('NOT_FOUND', `There is no case number ${id}.`);
  return row;
}

export function listCaseRefs(db: DB, caseId: number): CaseRefRow[] {
  return db.prepare('SELECT * FROM case_refs WHERE case_id = ? ORDER BY id').all(caseId) as CaseRefRow[];
}

/** One change: the timeline event, the audit entry and the case's updated_at, together. */
function record(db: DB, caseId: number, e: CaseEventInput, action: string): void {
  appendCaseEvent(db, caseId, e);
  appendAudit(db, {
    actor: e.actor,
    action,
    entity: 'case',
    entityId: caseId,
    detail: {
      kind: e.kind,
      ...(e.statusFrom ? { from: e.statusFrom } : {}),
      ...(e.statusTo ? { to: e.statusTo } : {}),
      ...(e.reference ? { reference: e.reference } : {}),
      ...(e.dated ? { dated: e.dated } : {}),
      ...(e.body ? { text: e.body } : {}),
      ...(e.detail && typeof e.detail === 'object' ? (e.detail as object) : {}),
    },
  });
  db.prepare('UPDATE cases SET updated_at = ? WHERE id = ?').run(nowIso(), caseId);
}

function checkPerson(db: DB, personId: number | null | undefined): void {
  if (personId == null) return;
  if (!db.prepare('SELECT 1 FROM people WHERE id = ?').get(personId))
    throw new CaseError('NOT_FOUND', `There is no person number ${personId}.`);
}

export interface NewCase {
  title: string;
  personId?: number | null;
  campaignRef?: string | null;
  notes?: string | null;
  /** How the posts were chosen (a filter), kept so a pack can say so. */
  selection?: unknown;
}

export function createCase(db: DB, c: NewCase, actor: string, postIds: number[] = []): number {
  return db.transaction(() => {
    checkPerson(db, c.personId);
    const now = nowIso();
    const info = db
      .prepare(
        `INSERT INTO cases (title, person_id, notes, created_at, updated_at, created_by, campaign_ref, selection)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        c.title.trim(),
        c.personId ?? null,
        c.notes?.trim() || null,
        now,
        now,
        actor,
        c.campaignRef ?? null,
        c.selection === undefined ? null : JSON.stringify(c.selection),
      );
    const id = Number(info.lastInsertRowid);
    record(
      db,
      id,
      {
        kind: 'created',
        actor,
        statusTo: 'open',
        body: c.title.trim(),
        detail: {
          ...(c.personId ? { personId: c.personId } : {}),
          ...(c.campaignRef ? { campaign: c.campaignRef } : {}),
          ...(c.selection !== undefined ? { selection: c.selection } : {}),
        },
      },
      'case.create',
    );
    if (postIds.length)
      addPostsInTx(db, id, postIds, actor, null, c.selection !== undefined ? { selection: c.selection } : {});
    return id;
  })();
}

export interface CaseEdit {
  title?: string;
  personId?: number | null;
  notes?: string | null;
  campaignRef?: string | null;
}

export function updateCase(db: DB, id: number, edit: CaseEdit, actor: string): string[] {
  return db.transaction(() => {
    const before = getCase(db, id);
    checkPerson(db, edit.personId);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    const set = (field: string, column: keyof CaseRow, value: unknown) => {
      if (value === undefined || value === before[column]) return;
      changes[field] = { from: before[column], to: value };
      db.prepare(`UPDATE cases SET ${column} = ? WHERE id = ?`).run(value as string | number | null, id);
    };
    set('title', 'title', edit.title?.trim());
    set('person', 'person_id', edit.personId);
    set('notes', 'notes', edit.notes === undefined ? undefined : edit.notes?.trim() || null);
    set('campaign', 'campaign_ref', edit.campaignRef);
    const fields = Object.keys(changes);
    if (fields.length) record(db, id, { kind: 'edited', actor, detail: { changes } }, 'case.edit');
    return fields;
  })();
}

function addPostsInTx(
  db: DB,
  caseId: number,
  postIds: number[],
  actor: string,
  note: string | null,
  extra: Record<string, unknown> = {},
) {
  const unique = [...new Set(postIds)];
  const exists = db.prepare('SELECT 1 FROM posts WHERE id = ?').pluck();
  const missing = unique.filter((p) => !exists.get(p));
  if (missing.length)
    throw new CaseError(
      'NOT_FOUND',
      `There is no post number ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ' …' : ''}; nothing was added.`,
    );
  const insert = db.prepare(
    'INSERT OR IGNORE INTO case_posts (case_id, post_id, added_at, added_by, note) VALUES (?, ?, ?, ?, ?)',
  );
  const now = nowIso();
  const added: number[] = [];
  for (const p of unique) if (insert.run(caseId, p, now, actor, note).changes) added.push(p);
  if (added.length)
    record(
      db,
      caseId,
      {
        kind: 'posts_added',
        actor,
        body: note,
        // Ids in the timeline for small additions; a count (and the range) for bulk ones.
        detail: {
          count: added.length,
          ...extra,
          ...(added.length <= 50 ? { postIds: added } : { firstId: added[0], lastId: added.at(-1) }),
        },
      },
      'case.addPosts',
    );
  return { added: added.length, already: unique.length - added.length };
}

export function addPostsToCase(
  db: DB,
  caseId: number,
  postIds: number[],
  actor: string,
  note: string | null = null,
  extra: Record<string, unknown> = {},
): { added: number; already: number } {
  return db.transaction(() => {
    getCase(db, caseId);
    return addPostsInTx(db, caseId, postIds, actor, note, extra);
  })();
}

export function removePostsFromCase(
  db: DB,
  caseId: number,
  postIds: number[],
  actor: string,
  reason: string,
) {
  return db.transaction(() => {
    getCase(db, caseId);
    const del = db.prepare('DELETE FROM case_posts WHERE case_id = ? AND post_id = ?');
    const removed = [...new Set(postIds)].filter((p) => del.run(caseId, p).changes > 0);
    if (removed.length)
      record(
        db,
        caseId,
        { kind: 'posts_removed', actor, body: reason, detail: { count: removed.length, postIds: removed } },
        'case.removePosts',
      );
    return { removed: removed.length };
  })();
}

export interface RefInput {
  kind: RefKind;
  reference: string;
  platform?: string | null;
  /** YYYY-MM-DD: when the report or referral was made. */
  dated?: string | null;
}

function addRefInTx(db: DB, caseId: number, r: RefInput, actor: string): void {
  const reference = r.reference.trim();
  db.prepare(
    'INSERT INTO case_refs (case_id, kind, platform, reference, dated, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(caseId, r.kind, r.platform ?? null, reference, r.dated ?? null, actor, nowIso());
  if (r.kind === 'platform')
    db.prepare('UPDATE cases SET platform_ref = ? WHERE id = ?').run(reference, caseId);
  if (r.kind === 'police') db.prepare('UPDATE cases SET police_ref = ? WHERE id = ?').run(reference, caseId);
}

export function addCaseReference(db: DB, caseId: number, r: RefInput, actor: string): void {
  db.transaction(() => {
    getCase(db, caseId);
    addRefInTx(db, caseId, r, actor);
    record(
      db,
      caseId,
      {
        kind: 'reference',
        actor,
        reference: r.reference.trim(),
        dated: r.dated ?? null,
        detail: { refKind: r.kind, ...(r.platform ? { platform: r.platform } : {}) },
      },
      'case.reference',
    );
  })();
}

export interface StatusChange {
  status: CaseStatus;
  /** YYYY-MM-DD the step happened (defaults to today). */
  dated?: string | null;
  reference?: RefInput | null;
  note?: string | null;
}

export function setCaseStatus(db: DB, caseId: number, s: StatusChange, actor: string): void {
  db.transaction(() => {
    const before = getCase(db, caseId);
    if (before.status === s.status)
      throw new CaseError('CONFLICT', `Case ${caseId} is already “${s.status.replaceAll('_', ' ')}”.`);
    const dated = s.dated ?? nowIso().slice(0, 10);
    db.prepare('UPDATE cases SET status = ? WHERE id = ?').run(s.status, caseId);
    const column = STATUS_DATE[s.status];
    if (column) db.prepare(`UPDATE cases SET ${column} = ? WHERE id = ?`).run(dated, caseId);
    if (s.status === 'open') db.prepare('UPDATE cases SET closed_at = NULL WHERE id = ?').run(caseId);
    if (s.reference) addRefInTx(db, caseId, { ...s.reference, dated: s.reference.dated ?? dated }, actor);
    record(
      db,
      caseId,
      {
        kind: 'status',
        actor,
        statusFrom: before.status,
        statusTo: s.status,
        reference: s.reference?.reference.trim() ?? null,
        dated,
        body: s.note?.trim() || null,
        detail: s.reference
          ? { refKind: s.reference.kind, ...(s.reference.platform ? { platform: s.reference.platform } : {}) }
          : {},
      },
      'case.status',
    );
  })();
}

export function addCaseNote(db: DB, caseId: number, text: string, actor: string): void {
  db.transaction(() => {
    getCase(db, caseId);
    record(db, caseId, { kind: 'note', actor, body: text.trim() }, 'case.note');
  })();
}

export function recordCaseExport(db: DB, caseId: number, detail: Record<string, unknown>, actor: string) {
  db.transaction(() => {
    getCase(db, caseId);
    record(db, caseId, { kind: 'exported', actor, detail }, 'case.export');
  })();
}

export interface CasePostRow {
  id: number;
  platform: string;
  platform_post_id: string;
  created_at: string;
  text: string;
  url: string | null;
  handle: string | null;
  display_name: string | null;
  abusive: number;
  severity: number;
  top_category: string | null;
  review_status: string;
  added_at: string;
  added_by: string | null;
  note: string | null;
}

/** A case's posts, oldest first (the order of events), paged. */
export function listCasePosts(db: DB, caseId: number, limit: number, offset: number) {
  const total = db.prepare('SELECT count(*) FROM case_posts WHERE case_id = ?').pluck().get(caseId) as number;
  const rows = db
    .prepare(
      `SELECT p.id, p.platform, p.platform_post_id, p.created_at, p.text, p.url, a.handle, a.display_name,
              p.abusive, p.severity, p.top_category, p.review_status, cp.added_at, cp.added_by, cp.note
       FROM case_posts cp JOIN posts p ON p.id = cp.post_id LEFT JOIN accounts a ON a.id = p.account_id
       WHERE cp.case_id = ? ORDER BY p.created_at, p.id LIMIT ? OFFSET ?`,
    )
    .all(caseId, limit, offset) as CasePostRow[];
  return { total, rows };
}

/** Every post id in a case, in report order (time, then id). */
export function casePostIds(db: DB, caseId: number): number[] {
  return db
    .prepare(
      `SELECT p.id FROM case_posts cp JOIN posts p ON p.id = cp.post_id
       WHERE cp.case_id = ? ORDER BY p.created_at, p.id`,
    )
    .pluck()
    .all(caseId) as number[];
}

/** Which of the given posts are already in which cases (for "already in case X" hints). */
export function casesOfPosts(db: DB, postIds: number[]): { caseId: number; postId: number }[] {
  if (!postIds.length) return [];
  const out: { caseId: number; postId: number }[] = [];
  const stmt = db.prepare('SELECT case_id AS caseId, post_id AS postId FROM case_posts WHERE post_id = ?');
  for (const id of new Set(postIds)) out.push(...(stmt.all(id) as { caseId: number; postId: number }[]));
  return out;
}
