/**
 * The two ways to bring many people in at once, shared by the API and the CLI: a roster CSV with a
 * column mapping, and the UK Parliament Members API. Both end in mergePeople (no duplicates, staff
 * edits kept); re-matching existing posts is the caller's step, because the API and the CLI do it
 * differently (job or inline).
 */
import type { DB } from '../../db/connection';
import type { Role } from '../../db/people';
import { getSetting } from '../../db/settings';
import { mergePeople, type MergeSummary } from './merge';
import {
  fetchParliamentMembers,
  PARLIAMENT_API_SETTING,
  resolveBaseUrl,
  type ParliamentOptions,
} from './parliament';
import { mappingProblems, parseRosterCsv, RosterError, rosterDrafts } from './roster';
import type { RosterMapping } from './rosterFields';

export interface RosterImportInput {
  csv: string;
  fileName?: string | null;
  mapping: RosterMapping;
  /** Role for rows whose file has no role column (or an empty cell). */
  defaultRole: Role;
  actor: string;
}

export function importRosterCsv(db: DB, input: RosterImportInput): MergeSummary {
  const parsed = parseRosterCsv(input.csv);
  const problems = mappingProblems(input.mapping, parsed.header);
  if (problems.length) throw new RosterError(problems.join(' '));
  if (parsed.rows.length === 0) throw new RosterError('The file has a header but no rows of people.');
  const { drafts, skipped, notes } = rosterDrafts(parsed, input.mapping, input.defaultRole);
  for (const d of drafts) d.roleIsDefault = !input.mapping.role;
  return mergePeople(db, drafts, {
    actor: input.actor,
    action: 'people.importRoster',
    source: input.fileName ? `roster file ${input.fileName}` : 'roster file',
    skipped,
    notes,
  });
}

/** The Parliament API address: the setting, else BULWARK_PARLIAMENT_API, else the real API. */
export function parliamentBaseUrl(db: DB): string {
  const configured = getSetting<string | null>(db, PARLIAMENT_API_SETTING, null);
  return resolveBaseUrl(typeof configured === 'string' ? configured : null);
}

export type ParliamentImport = MergeSummary & {
  members: number;
  contactFailures: { id: number; name: string; reason: string }[];
  source: string;
};

export async function importParliament(
  db: DB,
  opts: Omit<ParliamentOptions, 'baseUrl'> & { actor: string; baseUrl?: string },
): Promise<ParliamentImport> {
  const base = opts.baseUrl ?? parliamentBaseUrl(db);
  const fetched = await fetchParliamentMembers({ ...opts, baseUrl: base });
  const summary = mergePeople(db, fetched.drafts, {
    actor: opts.actor,
    action: 'people.fetchParliament',
    source: `UK Parliament Members API (${fetched.source})`,
    notes: fetched.notes,
  });
  return {
    ...summary,
    members: fetched.members,
    contactFailures: fetched.contactFailures,
    source: fetched.source,
  };
}
