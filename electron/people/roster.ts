/**
 * Roster CSV files: a spreadsheet of people with whatever column names its author chose. The preview
 * reads the header, recognises known rosters (then no mapping is needed) and guesses a column for
 * each Bulwark field; the import turns each row into a PersonDraft for merge.ts.
 */
import type { Role } from '../../db/people';
import { CsvParser, sniffDelimiter } from '../ingest/csv';
import type { RosterPreview } from '../api/types';
import { normaliseHandle, PLATFORM_LABELS, PLATFORMS, type Platform } from './handles';
import type { PersonDraft } from './merge';
import { ROSTER_FIELD_KEYS, ROSTER_FIELDS, type RosterField, type RosterMapping } from './rosterFields';

/** Column names per field, best first: the first one present in the file is suggested. */
const GUESSES: Record<RosterField, string[]> = {
  name: [
    'name',
    'full name',
    'display name',
    'name_display_as',
    'namedisplayas',
    'display_as',
    'member name',
    'person',
    'mp',
  ],
  role: ['role', 'position', 'job title', 'type'],
  party: ['party', 'party name', 'party_text', 'latest party'],
  constituency: [
    'constituency',
    'constituency name',
    'pcon_name',
    'seat',
    'membershipfrom',
    'membership_from',
  ],
  gender: ['gender', 'sex'],
  notes: ['notes', 'note', 'comments', 'comment'],
  parliament_id: [
    'member_id',
    'member id',
    'parliament id',
    'parliament_id',
    'parliament member id',
    'mnis_id',
    'mnis id',
  ],
  other_id: ['id', 'person id', 'person_id', 'external id', 'external_id', 'staff id', 'ref'],
  x: [
    'twitter_best',
    'x',
    'x handle',
    'x_handle',
    'twitter',
    'twitter handle',
    'twitter_handle',
    'twitter_username',
    'twitter_parlparse',
    'twitter_campaignlab_2023',
  ],
  bluesky: ['bluesky', 'bluesky handle', 'bluesky_handle', 'bluesky_parlparse', 'bsky'],
  mastodon: ['mastodon', 'mastodon handle', 'mastodon_handle', 'fediverse'],
  facebook: ['facebook', 'facebook page', 'facebook_page', 'facebook_parlparse', 'fb'],
  instagram: ['instagram', 'instagram handle', 'instagram_handle', 'ig'],
  youtube: ['youtube', 'youtube channel', 'youtube_channel'],
  tiktok: ['tiktok', 'tiktok handle', 'tiktok_handle'],
  reddit: ['reddit', 'reddit user', 'reddit_user', 'reddit username'],
  aliases: ['aliases', 'alias', 'other names', 'nicknames', 'nickname', 'also known as', 'aka'],
};

/** Rosters Bulwark knows by their header; for these the suggested mapping is complete. */
const KNOWN_ROSTERS: { label: string; columns: string[]; role: Role }[] = [
  {
    label: 'UK MPs roster (member id, name, party, constituency, X, Bluesky and Facebook)',
    columns: [
      'member_id',
      'name',
      'party',
      'constituency',
      'twitter_best',
      'bluesky_parlparse',
      'facebook_parlparse',
    ],
    role: 'mp',
  },
];

const ROLE_WORDS: Record<string, Role> = {
  leader: 'leader',
  'party leader': 'leader',
  mp: 'mp',
  'member of parliament': 'mp',
  candidate: 'candidate',
  ppc: 'candidate',
  staff: 'staff',
  other: 'other',
};

export interface ParsedCsv {
  header: string[];
  rows: { cells: string[]; line: number }[];
}

export class RosterError extends Error {}

export function parseRosterCsv(csv: string): ParsedCsv {
  const text = csv.replace(/^\uFEFF/, '');
  const firstLine = text.slice(0, Math.max(0, text.indexOf('\n')) || text.length);
  const rows: { cells: string[]; line: number }[] = [];
  const parser = new CsvParser(sniffDelimiter(firstLine), (cells, line) => rows.push({ cells, line }));
  parser.push(text);
  parser.end();
  if (parser.unterminated) {
    throw new RosterError(
      'The file ends inside a quoted cell, so it looks cut short. Export it again and retry.',
    );
  }
  const head = rows.shift();
  if (!head || head.cells.every((c) => !c.trim())) {
    throw new RosterError('The file is empty. Choose a CSV file whose first line names the columns.');
  }
  const header = head.cells.map((c) => c.trim());
  if (header.length < 2 && rows.length > 0 && !/name/i.test(header[0] ?? '')) {
    throw new RosterError('This does not look like a CSV file: its first line has only one column.');
  }
  return { header, rows };
}

export function suggestRosterMapping(header: string[]): RosterMapping {
  const lower = new Map(header.map((h) => [h.toLowerCase().trim(), h]));
  const out: RosterMapping = {};
  const used = new Set<string>();
  for (const field of ROSTER_FIELD_KEYS) {
    const hit = GUESSES[field].find((g) => lower.has(g) && !used.has(lower.get(g)!));
    if (hit) {
      out[field] = lower.get(hit)!;
      used.add(lower.get(hit)!);
    }
  }
  return out;
}

export function recogniseRoster(header: string[]): (typeof KNOWN_ROSTERS)[number] | null {
  const have = new Set(header.map((h) => h.toLowerCase()));
  return KNOWN_ROSTERS.find((k) => k.columns.every((c) => have.has(c))) ?? null;
}

export function mappingProblems(mapping: RosterMapping, header: string[]): string[] {
  const problems: string[] = [];
  if (!mapping.name) problems.push("Choose the column that holds each person's name.");
  for (const [field, col] of Object.entries(mapping)) {
    if (!(field in ROSTER_FIELDS)) problems.push(`"${field}" is not a roster field.`);
    else if (col && !header.includes(col))
      problems.push(
        `The column "${col}" (for ${ROSTER_FIELDS[field as RosterField].label}) is not in this file.`,
      );
  }
  return problems;
}

export function previewRoster(csv: string, fileName: string | null): RosterPreview {
  const parsed = parseRosterCsv(csv);
  const known = recogniseRoster(parsed.header);
  const suggestedMapping = suggestRosterMapping(parsed.header);
  const problems: string[] = [];
  if (parsed.rows.length === 0) problems.push('The file has a header but no rows of people.');
  if (!suggestedMapping.name)
    problems.push('Bulwark could not tell which column holds the names: choose it below.');
  return {
    fileName,
    rows: parsed.rows.length,
    header: parsed.header,
    sample: parsed.rows.slice(0, 5).map((r) => r.cells),
    suggestedMapping: suggestedMapping as Record<string, string>,
    recognised: known?.label ?? null,
    suggestedRole: known?.role ?? 'mp',
    fields: ROSTER_FIELD_KEYS.map((key) => ({ key, ...ROSTER_FIELDS[key] })),
    problems,
  };
}

/** Turns rows into drafts. Bad cells (an impossible handle, an unknown role) are noted, not fatal. */
export function rosterDrafts(
  parsed: ParsedCsv,
  mapping: RosterMapping,
  defaultRole: Role,
): { drafts: PersonDraft[]; skipped: { row: number; reason: string }[]; notes: string[] } {
  const index = new Map<string, number>(parsed.header.map((h, i) => [h, i]));
  const cell = (cells: string[], field: RosterField): string => {
    const col = mapping[field];
    if (!col) return '';
    const i = index.get(col);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const drafts: PersonDraft[] = [];
  const skipped: { row: number; reason: string }[] = [];
  const notes: string[] = [];
  parsed.rows.forEach(({ cells, line }) => {
    const name = cell(cells, 'name');
    if (!name) {
      if (cells.some((c) => c.trim())) skipped.push({ row: line, reason: 'no name' });
      return;
    }
    if (name.length > 200) {
      skipped.push({ row: line, reason: 'the name is longer than 200 characters' });
      return;
    }
    const roleText = cell(cells, 'role').toLowerCase();
    const role = roleText ? ROLE_WORDS[roleText] : defaultRole;
    if (!role)
      notes.push(
        `Row ${line}: role "${roleText}" is not leader, MP, candidate, staff or other; used ${defaultRole}.`,
      );
    const parliamentId = cell(cells, 'parliament_id');
    const otherId = cell(cells, 'other_id');
    if (parliamentId && !/^\d+$/.test(parliamentId))
      notes.push(
        `Row ${line}: "${parliamentId}" is not a UK Parliament member id (a number), so it was not used.`,
      );
    const handles: PersonDraft['handles'] = [];
    for (const platform of PLATFORMS as readonly Platform[]) {
      const raw = cell(cells, platform);
      if (!raw) continue;
      const r = normaliseHandle(platform, raw);
      if (r.ok) handles.push({ platform, ...r.value });
      else notes.push(`Row ${line}: ${PLATFORM_LABELS[platform]} handle left out. ${r.message}`);
    }
    const aliases = cell(cells, 'aliases')
      .split(/[;|]/)
      .map((a) => a.trim())
      .filter((a) => a && a.length <= 200)
      .map((alias) => ({ alias, kind: 'name' as const }));
    drafts.push({
      row: line,
      name,
      role: role ?? defaultRole,
      party: cell(cells, 'party') || null,
      constituency: cell(cells, 'constituency') || null,
      gender: cell(cells, 'gender') || null,
      notes: cell(cells, 'notes') || null,
      externalId: /^\d+$/.test(parliamentId)
        ? `parliament:${parliamentId}`
        : otherId
          ? `roster:${otherId}`
          : null,
      handles,
      aliases,
    });
  });
  return { drafts, skipped, notes };
}
