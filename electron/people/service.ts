/**
 * People as staff edit them: list, read, add, change, remove. Every change is one transaction with one
 * audit entry, and records which fields staff set by hand (people.staff_edited) so roster imports and
 * "Add all current UK MPs" never overwrite them. Used by the API handlers and the CLI.
 */
import { appendAudit } from '../../db/audit';
import type { DB } from '../../db/connection';
import {
  addAlias,
  addHandle,
  allPersonRows,
  deleteAlias,
  deleteHandle,
  deletePersonRow,
  getPersonRow,
  insertPerson,
  listAliases,
  listHandles,
  listPeople,
  mentionStats,
  staffEditedOf,
  touchPerson,
  updatePersonColumns,
  type AliasKind,
  type PersonField,
  type PersonFullRow,
  type Role,
} from '../../db/people';
import { getSetting } from '../../db/settings';
import { ApiError } from '../api/errors';
import type { PersonDetail, PersonListItem, PersonPlatform, PersonRemoved } from '../api/types';
import type { Platform } from './handles';
import { foldKey, plainName } from './names';

export interface HandleInput {
  platform: Platform;
  handle: string | null;
  accountId: string | null;
}

export interface AliasInput {
  alias: string;
  kind: AliasKind;
}

export interface PersonFieldsInput {
  name: string;
  role: Role;
  party?: string | null;
  constituency?: string | null;
  gender?: string | null;
  notes?: string | null;
}

export interface CreatePersonInput extends PersonFieldsInput {
  handles: HandleInput[];
  aliases: AliasInput[];
}

export type UpdatePersonInput = Partial<PersonFieldsInput> & {
  handles?: HandleInput[];
  aliases?: AliasInput[];
};

/** Who is acting: the reviewer name from Settings, else "staff". */
export function actorName(db: DB): string {
  const name = getSetting(db, 'ui.reviewerName', '');
  return typeof name === 'string' && name.trim() ? name.trim() : 'staff';
}

const EDITABLE: (keyof PersonFieldsInput & PersonField)[] = [
  'name',
  'role',
  'party',
  'constituency',
  'gender',
  'notes',
];

const blankToNull = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};

export function listPersonItems(db: DB): PersonListItem[] {
  const handles = new Map<number, PersonListItem['handles']>();
  for (const h of listHandles(db)) {
    const list = handles.get(h.person_id) ?? [];
    list.push({ platform: h.platform as PersonPlatform, handle: h.handle, accountId: h.account_id });
    handles.set(h.person_id, list);
  }
  const aliasCounts = new Map<number, number>();
  for (const r of db
    .prepare('SELECT person_id, count(*) AS n FROM person_aliases GROUP BY person_id')
    .all() as {
    person_id: number;
    n: number;
  }[])
    aliasCounts.set(r.person_id, r.n);
  return listPeople(db).map((p) => ({
    id: p.id,
    name: p.name,
    role: p.role,
    party: p.party,
    constituency: p.constituency,
    posts: p.posts,
    gender: p.gender,
    externalId: p.external_id,
    handles: handles.get(p.id) ?? [],
    aliases: aliasCounts.get(p.id) ?? 0,
  }));
}

function requireRow(db: DB, id: number): PersonFullRow {
  const row = getPersonRow(db, id);
  if (!row)
    throw new ApiError('NOT_FOUND', `There is no person number ${id}; they may have been removed already.`);
  return row;
}

export function getPersonDetail(db: DB, id: number): PersonDetail {
  const row = requireRow(db, id);
  const stats = mentionStats(db, id);
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    party: row.party,
    constituency: row.constituency,
    gender: row.gender,
    notes: row.notes,
    externalId: row.external_id,
    staffEdited: staffEditedOf(row),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    handles: listHandles(db, id).map((h) => ({
      platform: h.platform as PersonPlatform,
      handle: h.handle,
      accountId: h.account_id,
    })),
    aliases: listAliases(db, id).map((a) => ({ alias: a.alias, kind: a.kind })),
    posts: stats.posts,
    mentionsByHow: stats.byHow,
  };
}

/** Refuses a second person with the same name and constituency (titles, case and accents ignored). */
function assertNotDuplicate(db: DB, name: string, constituency: string | null, exceptId?: number): void {
  const key = `${foldKey(plainName(name))}|${foldKey(constituency)}`;
  const clash = allPersonRows(db).find(
    (p) => p.id !== exceptId && `${foldKey(plainName(p.name))}|${foldKey(p.constituency)}` === key,
  );
  if (clash) {
    throw new ApiError(
      'CONFLICT',
      `${clash.name}${clash.constituency ? ` (${clash.constituency})` : ''} is already on the list. Edit that entry instead, or add a constituency to tell them apart.`,
    );
  }
}

function dedupeHandles(handles: HandleInput[]): HandleInput[] {
  const seen = new Set<string>();
  return handles.filter((h) => {
    const k = `${h.platform}\u0000${(h.handle ?? '').toLowerCase()}\u0000${h.accountId ?? ''}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function dedupeAliases(aliases: AliasInput[], name: string): AliasInput[] {
  const seen = new Set<string>([foldKey(name)]);
  return aliases.filter((a) => {
    const k = foldKey(a.alias);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const handleText = (h: {
  platform: string;
  handle: string | null;
  accountId?: string | null;
  account_id?: string | null;
}) =>
  `${h.platform}:${h.handle ? '@' + h.handle : ''}${(h.accountId ?? h.account_id) ? ` (id ${h.accountId ?? h.account_id})` : ''}`;

export function createPerson(db: DB, input: CreatePersonInput, actor: string): PersonDetail {
  return db.transaction(() => {
    const fields = {
      name: input.name.trim(),
      role: input.role,
      party: blankToNull(input.party),
      constituency: blankToNull(input.constituency),
      gender: blankToNull(input.gender),
      notes: blankToNull(input.notes),
    };
    assertNotDuplicate(db, fields.name, fields.constituency);
    const handles = dedupeHandles(input.handles);
    const aliases = dedupeAliases(input.aliases, fields.name);
    // Everything staff typed counts as a staff edit: a later import must not overwrite it.
    const staffEdited = [
      ...EDITABLE.filter((f) => fields[f] !== null),
      ...new Set(handles.map((h) => `handles.${h.platform}`)),
      ...(aliases.length ? ['aliases'] : []),
    ];
    const id = insertPerson(db, { ...fields, staffEdited });
    for (const h of handles) addHandle(db, id, h.platform, h.handle, h.accountId);
    for (const a of aliases) addAlias(db, id, a.alias.trim(), a.kind);
    appendAudit(db, {
      actor,
      action: 'person.create',
      entity: 'person',
      entityId: id,
      detail: {
        ...fields,
        handles: handles.map(handleText),
        aliases: aliases.map((a) => `${a.alias} (${a.kind})`),
      },
    });
    return getPersonDetail(db, id);
  })();
}

export interface UpdateOutcome {
  person: PersonDetail;
  /** Something the matcher reads changed (name, handles, aliases): existing posts need re-matching. */
  matchingChanged: boolean;
  changed: boolean;
}

export function updatePerson(db: DB, id: number, input: UpdatePersonInput, actor: string): UpdateOutcome {
  return db.transaction(() => {
    const row = requireRow(db, id);
    const staffEdited = new Set(staffEditedOf(row));
    const changes: Record<string, [unknown, unknown]> = {};
    const columns: Partial<Record<PersonField, string | null>> = {};
    for (const f of EDITABLE) {
      if (!(f in input)) continue;
      const next =
        f === 'name' ? (input.name ?? '').trim() : f === 'role' ? input.role! : blankToNull(input[f]);
      if (next === row[f]) continue;
      columns[f] = next;
      changes[f] = [row[f], next];
      staffEdited.add(f);
    }
    const name = (columns.name as string | undefined) ?? row.name;
    if ('name' in columns || 'constituency' in columns) {
      assertNotDuplicate(
        db,
        name,
        'constituency' in columns ? (columns.constituency ?? null) : row.constituency,
        id,
      );
    }

    let matchingChanged = 'name' in columns;
    const detail: Record<string, unknown> = { changes };
    if (input.handles) {
      const current = listHandles(db, id);
      const wanted = dedupeHandles(input.handles);
      const same = (a: (typeof current)[number], b: HandleInput) =>
        a.platform === b.platform &&
        (a.handle ?? '').toLowerCase() === (b.handle ?? '').toLowerCase() &&
        (a.account_id ?? null) === (b.accountId ?? null);
      const removed = current.filter((c) => !wanted.some((w) => same(c, w)));
      const added = wanted.filter((w) => !current.some((c) => same(c, w)));
      for (const r of removed) deleteHandle(db, r.id);
      for (const a of added) addHandle(db, id, a.platform, a.handle, a.accountId);
      for (const p of new Set([...removed.map((r) => r.platform), ...added.map((a) => a.platform)]))
        staffEdited.add(`handles.${p}`);
      if (removed.length || added.length) {
        matchingChanged = true;
        detail.handles = { added: added.map(handleText), removed: removed.map(handleText) };
      }
    }
    if (input.aliases) {
      const current = listAliases(db, id);
      const wanted = dedupeAliases(input.aliases, name);
      const removed = current.filter(
        (c) => !wanted.some((w) => w.alias.trim() === c.alias && w.kind === c.kind),
      );
      const added = wanted.filter(
        (w) => !current.some((c) => w.alias.trim() === c.alias && w.kind === c.kind),
      );
      for (const r of removed) deleteAlias(db, r.id);
      for (const a of added) addAlias(db, id, a.alias.trim(), a.kind);
      if (removed.length || added.length) {
        staffEdited.add('aliases');
        matchingChanged = true;
        detail.aliases = {
          added: added.map((a) => `${a.alias} (${a.kind})`),
          removed: removed.map((a) => `${a.alias} (${a.kind})`),
        };
      }
    }

    const changed = Object.keys(changes).length > 0 || 'handles' in detail || 'aliases' in detail;
    if (changed) {
      const before = staffEditedOf(row);
      const after = [...staffEdited];
      if (Object.keys(columns).length > 0 || after.length !== before.length)
        updatePersonColumns(db, id, columns, after);
      else touchPerson(db, id);
      appendAudit(db, {
        actor,
        action: 'person.update',
        entity: 'person',
        entityId: id,
        detail: { name, ...detail },
      });
    }
    return { person: getPersonDetail(db, id), matchingChanged, changed };
  })();
}

export function removePerson(db: DB, id: number, actor: string): PersonRemoved {
  return db.transaction(() => {
    const row = requireRow(db, id);
    const handles = listHandles(db, id);
    const aliases = listAliases(db, id);
    const removed = deletePersonRow(db, id);
    appendAudit(db, {
      actor,
      action: 'person.delete',
      entity: 'person',
      entityId: id,
      detail: {
        name: row.name,
        role: row.role,
        party: row.party,
        constituency: row.constituency,
        externalId: row.external_id,
        handles: handles.map(handleText),
        aliases: aliases.map((a) => `${a.alias} (${a.kind})`),
        mentionsRemoved: removed.mentions,
        posts: removed.posts,
        postsUnmatched: removed.postsUnmatched,
      },
    });
    return { id, name: row.name, posts: removed.posts, postsUnmatched: removed.postsUnmatched };
  })();
}
