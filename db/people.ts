/**
 * People we monitor, their handles per platform and their aliases. Plain row access: validation,
 * merging, audit and re-matching live in electron/people/, which calls these inside its transactions.
 */
import type { DB } from './connection';
import { nowIso } from './time';

export type Role = 'leader' | 'mp' | 'candidate' | 'staff' | 'other';
export const ROLES: readonly Role[] = ['leader', 'mp', 'candidate', 'staff', 'other'];

export type AliasKind = 'name' | 'nickname' | 'misspelling' | 'abusive';
export const ALIAS_KINDS: readonly AliasKind[] = ['name', 'nickname', 'misspelling', 'abusive'];

/** The person fields staff can edit (and imports may fill), as stored. */
export const PERSON_FIELDS = [
  'name',
  'role',
  'party',
  'constituency',
  'gender',
  'notes',
  'external_id',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

export interface PersonInput {
  name: string;
  role?: Role;
  party?: string | null;
  constituency?: string | null;
  gender?: string | null;
  notes?: string | null;
  externalId?: string | null;
  /** Field names staff set by hand; imports never overwrite them. */
  staffEdited?: string[];
}

export interface PersonRow {
  id: number;
  name: string;
  role: Role;
  party: string | null;
  constituency: string | null;
  gender: string | null;
  notes: string | null;
  external_id: string | null;
}

export interface PersonFullRow extends PersonRow {
  staff_edited: string;
  created_at: string;
  updated_at: string;
}

export interface HandleRow {
  id: number;
  person_id: number;
  platform: string;
  handle: string | null;
  account_id: string | null;
}

export interface AliasRow {
  id: number;
  person_id: number;
  alias: string;
  kind: AliasKind;
}

export function insertPerson(db: DB, p: PersonInput): number {
  const now = nowIso();
  const info = db
    .prepare(
      `INSERT INTO people (name, role, party, constituency, gender, notes, external_id, staff_edited, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      p.name,
      p.role ?? 'mp',
      p.party ?? null,
      p.constituency ?? null,
      p.gender ?? null,
      p.notes ?? null,
      p.externalId ?? null,
      JSON.stringify(p.staffEdited ?? []),
      now,
      now,
    );
  return Number(info.lastInsertRowid);
}

export function addHandle(
  db: DB,
  personId: number,
  platform: string,
  handle: string | null,
  accountId: string | null = null,
): boolean {
  return (
    db
      .prepare(
        'INSERT OR IGNORE INTO person_handles (person_id, platform, handle, account_id) VALUES (?, ?, ?, ?)',
      )
      .run(personId, platform, handle, accountId).changes > 0
  );
}

export function addAlias(db: DB, personId: number, alias: string, kind: AliasKind = 'name'): boolean {
  return (
    db
      .prepare('INSERT OR IGNORE INTO person_aliases (person_id, alias, kind) VALUES (?, ?, ?)')
      .run(personId, alias, kind).changes > 0
  );
}

/**
 * Everyone, leader first, with how many distinct posts mention each. One grouped pass over the
 * covering index mentions_person(person_id, post_id), not one count per person.
 */
export function listPeople(db: DB): (PersonRow & { posts: number })[] {
  return db
    .prepare(
      `SELECT p.id, p.name, p.role, p.party, p.constituency, p.gender, p.notes, p.external_id,
              coalesce(c.posts, 0) AS posts
       FROM people p
       LEFT JOIN (SELECT person_id, count(DISTINCT post_id) AS posts FROM mentions GROUP BY person_id) c
         ON c.person_id = p.id
       ORDER BY p.role = 'leader' DESC, p.name`,
    )
    .all() as (PersonRow & { posts: number })[];
}

export function getPersonRow(db: DB, id: number): PersonFullRow | undefined {
  return db.prepare('SELECT * FROM people WHERE id = ?').get(id) as PersonFullRow | undefined;
}

export function allPersonRows(db: DB): PersonFullRow[] {
  return db.prepare('SELECT * FROM people ORDER BY id').all() as PersonFullRow[];
}

export function personByExternalId(db: DB, externalId: string): PersonFullRow | undefined {
  return db.prepare('SELECT * FROM people WHERE external_id = ?').get(externalId) as
    PersonFullRow | undefined;
}

/** Handles of one person, or of everyone when personId is omitted. */
export function listHandles(db: DB, personId?: number): HandleRow[] {
  return (
    personId === undefined
      ? db
          .prepare(
            'SELECT id, person_id, platform, handle, account_id FROM person_handles ORDER BY person_id, id',
          )
          .all()
      : db
          .prepare(
            'SELECT id, person_id, platform, handle, account_id FROM person_handles WHERE person_id = ? ORDER BY id',
          )
          .all(personId)
  ) as HandleRow[];
}

export function listAliases(db: DB, personId?: number): AliasRow[] {
  return (
    personId === undefined
      ? db.prepare('SELECT id, person_id, alias, kind FROM person_aliases ORDER BY person_id, id').all()
      : db
          .prepare('SELECT id, person_id, alias, kind FROM person_aliases WHERE person_id = ? ORDER BY id')
          .all(personId)
  ) as AliasRow[];
}

export function staffEditedOf(row: Pick<PersonFullRow, 'staff_edited'>): string[] {
  try {
    const v = JSON.parse(row.staff_edited) as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Sets the given columns (only those present) and stamps updated_at. */
export function updatePersonColumns(
  db: DB,
  id: number,
  values: Partial<Record<PersonField, string | null>>,
  staffEdited?: string[],
): void {
  const sets: string[] = [];
  const params: (string | null)[] = [];
  for (const f of PERSON_FIELDS) {
    if (!(f in values)) continue;
    sets.push(`${f} = ?`);
    params.push(values[f] ?? null);
  }
  if (staffEdited) {
    sets.push('staff_edited = ?');
    params.push(JSON.stringify([...new Set(staffEdited)].sort()));
  }
  if (sets.length === 0) return;
  sets.push('updated_at = ?');
  params.push(nowIso());
  db.prepare(`UPDATE people SET ${sets.join(', ')} WHERE id = ?`).run(...params, id);
}

export function touchPerson(db: DB, id: number): void {
  db.prepare('UPDATE people SET updated_at = ? WHERE id = ?').run(nowIso(), id);
}

export function deleteHandle(db: DB, handleId: number): void {
  db.prepare('DELETE FROM person_handles WHERE id = ?').run(handleId);
}

export function deleteAlias(db: DB, aliasId: number): void {
  db.prepare('DELETE FROM person_aliases WHERE id = ?').run(aliasId);
}

/** Distinct posts that mention a person, and their mention rows by kind. */
export function mentionStats(db: DB, personId: number): { posts: number; byHow: Record<string, number> } {
  const posts = db
    .prepare('SELECT count(DISTINCT post_id) FROM mentions WHERE person_id = ?')
    .pluck()
    .get(personId) as number;
  const byHow: Record<string, number> = {};
  for (const r of db
    .prepare('SELECT how, count(*) AS n FROM mentions WHERE person_id = ? GROUP BY how')
    .all(personId) as { how: string; n: number }[])
    byHow[r.how] = r.n;
  return { posts, byHow };
}

/**
 * Deletes a person; their handles, aliases and mention rows go with them (foreign keys cascade) and
 * cases keep their posts but lose the link to the person. Posts that mentioned nobody else are marked
 * unmatched in the same step, so no full re-match is needed. Returns what was removed.
 */
export function deletePersonRow(
  db: DB,
  id: number,
): { mentions: number; posts: number; postsUnmatched: number } {
  const { posts } = mentionStats(db, id);
  const mentions = db.prepare('SELECT count(*) FROM mentions WHERE person_id = ?').pluck().get(id) as number;
  const postsUnmatched = db
    .prepare(
      `UPDATE posts SET matched = 0
       WHERE id IN (SELECT m.post_id FROM mentions m WHERE m.person_id = @id)
         AND NOT EXISTS (SELECT 1 FROM mentions o WHERE o.post_id = posts.id AND o.person_id <> @id)
         AND matched <> 0`,
    )
    .run({ id }).changes;
  db.prepare('DELETE FROM people WHERE id = ?').run(id);
  return { mentions, posts, postsUnmatched };
}
