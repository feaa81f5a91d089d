/**
 * The Bulwark fields a roster CSV column can fill. Pure data (no Node), so the API contract can
 * validate mappings with it.
 */
export const ROSTER_FIELDS = {
  name: { label: 'Name', hint: 'Required. The name as people write it, e.g. "Jane Smith".', required: true },
  role: { label: 'Role', hint: 'Leader, MP, candidate, staff or other.', required: false },
  party: { label: 'Party', hint: '', required: false },
  constituency: { label: 'Constituency', hint: '', required: false },
  gender: { label: 'Gender', hint: 'Only if your team records it.', required: false },
  notes: { label: 'Notes', hint: '', required: false },
  parliament_id: {
    label: 'UK Parliament member id',
    hint: 'The number Parliament uses for the member (merges with "Add all current UK MPs").',
    required: false,
  },
  other_id: {
    label: 'Your own id',
    hint: 'Any id your team uses, to recognise the person next time.',
    required: false,
  },
  x: { label: 'X handle', hint: '', required: false },
  bluesky: { label: 'Bluesky handle', hint: '', required: false },
  mastodon: { label: 'Mastodon handle', hint: '', required: false },
  facebook: { label: 'Facebook page', hint: '', required: false },
  instagram: { label: 'Instagram handle', hint: '', required: false },
  youtube: { label: 'YouTube channel', hint: '', required: false },
  tiktok: { label: 'TikTok handle', hint: '', required: false },
  reddit: { label: 'Reddit user', hint: '', required: false },
  aliases: { label: 'Other names', hint: 'Nicknames or spellings, separated by ";".', required: false },
} as const;
export type RosterField = keyof typeof ROSTER_FIELDS;
export const ROSTER_FIELD_KEYS = Object.keys(ROSTER_FIELDS) as RosterField[];
export type RosterMapping = Partial<Record<RosterField, string>>;
