import type { DB } from './connection';
import { nowIso } from './time';

export type Role = 'leader' | 'mp' | 'candidate' | 'staff' | 'other';

export interface PersonInput {
  name: string;
  role?: Role;
  party?: string | null;
  constituency?: string | null;
  gender?: string | null;
  notes?: string | null;
  externalId?: string | null;
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

export function insertPerson(db: DB, p: PersonInput): number {
  const now = nowIso();
  const info = db
    .prepare(
      `INSERT INTO people (name, role, party, constituency, gender, notes, external_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      p.name,
      p.role ?? 'mp',
      p.party ?? null,
      p.constituency ?? null,
      p.gender ?? null,
      p.notes ?? null,
      p.externalId ?? null,
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
): void {
  db.prepare(
    'INSERT OR IGNORE INTO person_handles (person_id, platform, handle, account_id) VALUES (?, ?, ?, ?)',
  ).run(personId, platform, handle, accountId);
}

export function addAlias(
  db: DB,
  personId: number,
  alias: string,
  kind: 'name' | 'nickname' | 'misspelling' | 'abusive' = 'name',
): void {
  db.prepare('INSERT OR IGNORE INTO person_aliases (person_id, alias, kind) VALUES (?, ?, ?)').run(
    personId,
    alias,
    kind,
  );
}

export function listPeople(db: DB): (PersonRow & { posts: number })[] {
  return db
    .prepare(
      `SELECT p.id, p.name, p.role, p.party, p.constituency, p.gender, p.notes, p.external_id,
              (SELECT count(*) FROM mentions m WHERE m.person_id = p.id) AS posts
       FROM people p ORDER BY p.role = 'leader' DESC, p.name`,
    )
    .all() as (PersonRow & { posts: number })[];
}
