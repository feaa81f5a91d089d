/**
 * Merging people from a roster file or the UK Parliament Members API into the people list, without
 * duplicates and without losing staff edits:
 * - an incoming person is the same as an existing one when their external id matches
 *   ('parliament:4358'), or else when name and constituency match once case, accents, punctuation and
 *   titles are ignored ("Rt Hon Wendy Morton MP" = "wendy morton"), or else — for someone entered
 *   without a constituency — when they are the only person of that name;
 * - fields listed in the person's staff_edited (set when staff edit them in the app) are never
 *   overwritten, nor are the handles of a platform staff edited ('handles.x') or aliases ('aliases');
 * - an empty cell never erases anything, and an import only adds handles and aliases, never removes.
 * Everything happens in one transaction with one audit entry.
 */
import { appendAudit } from '../../db/audit';
import type { DB } from '../../db/connection';
import {
  addAlias,
  addHandle,
  allPersonRows,
  insertPerson,
  listAliases,
  listHandles,
  staffEditedOf,
  touchPerson,
  updatePersonColumns,
  type AliasKind,
  type PersonField,
  type PersonFullRow,
  type Role,
} from '../../db/people';
import type { PeopleMergeResult } from '../api/types';
import type { Platform } from './handles';
import { foldKey, plainName } from './names';

export interface PersonDraft {
  /** Where it came from (CSV line), for messages. */
  row?: number;
  name: string;
  role?: Role;
  /** The role is the import's default (the file did not say): applied to new people only. */
  roleIsDefault?: boolean;
  party?: string | null;
  constituency?: string | null;
  gender?: string | null;
  notes?: string | null;
  externalId?: string | null;
  handles: { platform: Platform; handle: string | null; accountId: string | null }[];
  aliases: { alias: string; kind: AliasKind }[];
}

export interface MergeOptions {
  actor: string;
  /** Audit action, e.g. 'people.importRoster'. */
  action: string;
  /** Shown in the audit entry: a file name or the API address. */
  source: string;
  skipped?: { row: number; reason: string }[];
  notes?: string[];
}

export type MergeSummary = Omit<PeopleMergeResult, 'rematch'> & {
  addedIds: number[];
  updatedIds: number[];
  /** True when anything the matcher reads (names, handles, aliases) changed. */
  matchingChanged: boolean;
};

const COPY_FIELDS: [PersonField, keyof PersonDraft][] = [
  ['name', 'name'],
  ['party', 'party'],
  ['constituency', 'constituency'],
  ['gender', 'gender'],
  ['notes', 'notes'],
];

function personKey(name: string, constituency: string | null | undefined): string {
  return `${foldKey(plainName(name))}|${foldKey(constituency)}`;
}

export function mergePeople(db: DB, drafts: PersonDraft[], opts: MergeOptions): MergeSummary {
  return db.transaction(() => mergeInTransaction(db, drafts, opts))();
}

function mergeInTransaction(db: DB, drafts: PersonDraft[], opts: MergeOptions): MergeSummary {
  const summary: MergeSummary = {
    rows: drafts.length + (opts.skipped?.length ?? 0),
    added: 0,
    updated: 0,
    unchanged: 0,
    duplicates: 0,
    skipped: [...(opts.skipped ?? [])],
    handlesAdded: 0,
    aliasesAdded: 0,
    keptStaffEdits: 0,
    notes: [...(opts.notes ?? [])],
    addedIds: [],
    updatedIds: [],
    matchingChanged: false,
  };

  const byExternal = new Map<string, PersonFullRow>();
  const byKey = new Map<string, PersonFullRow[]>();
  const byName = new Map<string, PersonFullRow[]>();
  const push = (map: Map<string, PersonFullRow[]>, k: string, row: PersonFullRow) => {
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  };
  const index = (row: PersonFullRow) => {
    if (row.external_id) byExternal.set(row.external_id, row);
    push(byKey, personKey(row.name, row.constituency), row);
    push(byName, foldKey(plainName(row.name)), row);
  };
  for (const row of allPersonRows(db)) index(row);

  const handles = new Map<
    number,
    { id: number; platform: string; norm: string; accountId: string | null }[]
  >();
  for (const h of listHandles(db)) {
    const list = handles.get(h.person_id) ?? [];
    list.push({
      id: h.id,
      platform: h.platform,
      norm: (h.handle ?? '').toLowerCase(),
      accountId: h.account_id,
    });
    handles.set(h.person_id, list);
  }
  const aliases = new Map<number, Set<string>>();
  for (const a of listAliases(db)) {
    const set = aliases.get(a.person_id) ?? new Set<string>();
    set.add(foldKey(a.alias));
    aliases.set(a.person_id, set);
  }
  const fillAccountId = db.prepare(
    'UPDATE person_handles SET account_id = ? WHERE id = ? AND account_id IS NULL',
  );
  const touched = new Set<number>();

  for (const d of drafts) {
    const ext = d.externalId ?? null;
    let person = ext ? byExternal.get(ext) : undefined;
    if (!person) {
      const candidates = byKey.get(personKey(d.name, d.constituency)) ?? [];
      person = candidates.find((c) => !c.external_id || !ext || c.external_id === ext);
    }
    if (!person && d.constituency) {
      // Someone staff added by hand without a constituency ("Keir Starmer", the leader): the same
      // person when they are the only one of that name and not yet tied to another record.
      const loose = (byName.get(foldKey(plainName(d.name))) ?? []).filter(
        (c) => !c.constituency && !c.external_id,
      );
      if (loose.length === 1) person = loose[0];
    }
    if (person && touched.has(person.id)) summary.duplicates++;

    let changed = false;
    let personId: number;
    let protectedFields: string[] = [];
    if (!person) {
      personId = insertPerson(db, {
        name: d.name,
        role: d.role ?? 'mp',
        party: d.party ?? null,
        constituency: d.constituency ?? null,
        gender: d.gender ?? null,
        notes: d.notes ?? null,
        externalId: ext && !byExternal.has(ext) ? ext : null,
      });
      const row = db.prepare('SELECT * FROM people WHERE id = ?').get(personId) as PersonFullRow;
      index(row);
      summary.added++;
      summary.addedIds.push(personId);
      summary.matchingChanged = true;
    } else {
      personId = person.id;
      protectedFields = staffEditedOf(person);
      const updates: Partial<Record<PersonField, string | null>> = {};
      for (const [field, key] of COPY_FIELDS) {
        const incoming = (d[key] as string | null | undefined)?.trim();
        const current = person[field] ?? '';
        // "JANE SMITH" or "bristol west" in a file is not a reason to rewrite what is there.
        if (
          !incoming ||
          incoming === current ||
          (field !== 'notes' && foldKey(incoming) === foldKey(current))
        )
          continue;
        if (protectedFields.includes(field)) summary.keptStaffEdits++;
        else updates[field] = incoming;
      }
      if (d.role && !d.roleIsDefault && d.role !== person.role) {
        if (protectedFields.includes('role')) summary.keptStaffEdits++;
        else updates.role = d.role;
      }
      if (ext && !person.external_id && !byExternal.has(ext)) updates.external_id = ext;
      if (Object.keys(updates).length > 0) {
        updatePersonColumns(db, personId, updates);
        Object.assign(person, updates);
        if (updates.external_id) byExternal.set(updates.external_id, person);
        if ('name' in updates) summary.matchingChanged = true;
        changed = true;
      }
    }

    // Handles: add the ones this person lacks, unless staff curated that platform by hand.
    const have = handles.get(personId) ?? [];
    handles.set(personId, have);
    for (const h of d.handles) {
      const norm = (h.handle ?? '').toLowerCase();
      const same = have.find(
        (x) =>
          x.platform === h.platform &&
          ((norm && x.norm === norm) || (h.accountId && x.accountId === h.accountId)),
      );
      if (same) {
        if (h.accountId && !same.accountId && !protectedFields.includes(`handles.${h.platform}`)) {
          fillAccountId.run(h.accountId, same.id);
          same.accountId = h.accountId;
          changed = true;
          summary.matchingChanged = true;
        }
        continue;
      }
      if (protectedFields.includes(`handles.${h.platform}`) || protectedFields.includes('handles')) {
        summary.keptStaffEdits++;
        continue;
      }
      if (addHandle(db, personId, h.platform, h.handle, h.accountId)) {
        have.push({ id: 0, platform: h.platform, norm, accountId: h.accountId });
        summary.handlesAdded++;
        summary.matchingChanged = true;
        changed = true;
      }
    }

    // Aliases: the name without titles ("Connor Rand" for "Mr Connor Rand") plus any the file lists.
    const wanted = [...d.aliases];
    const plain = plainName(d.name);
    if (foldKey(plain) !== foldKey(d.name) && foldKey(plain).includes(' '))
      wanted.push({ alias: plain, kind: 'name' });
    const known = aliases.get(personId) ?? new Set<string>();
    aliases.set(personId, known);
    const current = person ? foldKey(person.name) : foldKey(d.name);
    for (const a of wanted) {
      const k = foldKey(a.alias);
      if (!k || known.has(k) || k === current) continue;
      if (protectedFields.includes('aliases')) {
        summary.keptStaffEdits++;
        continue;
      }
      if (addAlias(db, personId, a.alias, a.kind)) {
        known.add(k);
        summary.aliasesAdded++;
        summary.matchingChanged = true;
        changed = true;
      }
    }

    if (person && changed) touchPerson(db, personId);
    if (person && !touched.has(person.id)) {
      if (changed) {
        summary.updated++;
        summary.updatedIds.push(personId);
      } else summary.unchanged++;
    } else if (
      person &&
      changed &&
      !summary.updatedIds.includes(personId) &&
      !summary.addedIds.includes(personId)
    ) {
      summary.updatedIds.push(personId);
    }
    touched.add(personId);
  }

  appendAudit(db, {
    actor: opts.actor,
    action: opts.action,
    entity: 'people',
    detail: {
      source: opts.source,
      rows: summary.rows,
      added: summary.added,
      updated: summary.updated,
      unchanged: summary.unchanged,
      duplicates: summary.duplicates,
      skipped: summary.skipped.length,
      handlesAdded: summary.handlesAdded,
      aliasesAdded: summary.aliasesAdded,
      keptStaffEdits: summary.keptStaffEdits,
      addedIds: summary.addedIds,
      updatedIds: summary.updatedIds,
    },
  });
  return summary;
}
