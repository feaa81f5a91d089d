/** Words the People screen uses for roles, platforms, kinds of alias, and API errors in plain English. */
import type { ApiCallError } from '../api/client';
import type { PersonAliasKind, PersonPlatform, PersonRole } from '../../../electron/api/types';

export const ROLES: { value: PersonRole; label: string }[] = [
  { value: 'leader', label: 'Leader' },
  { value: 'mp', label: 'MP' },
  { value: 'candidate', label: 'Candidate' },
  { value: 'staff', label: 'Staff' },
  { value: 'other', label: 'Other' },
];

export const PLATFORMS: { value: PersonPlatform; label: string; example: string }[] = [
  { value: 'x', label: 'X (Twitter)', example: '@janesmith or x.com/janesmith' },
  { value: 'bluesky', label: 'Bluesky', example: 'janesmith.bsky.social' },
  { value: 'mastodon', label: 'Mastodon', example: 'janesmith@mastodon.social' },
  { value: 'facebook', label: 'Facebook', example: 'facebook.com/janesmithmp' },
  { value: 'instagram', label: 'Instagram', example: '@janesmith' },
  { value: 'youtube', label: 'YouTube', example: '@janesmith' },
  { value: 'tiktok', label: 'TikTok', example: '@janesmith' },
  { value: 'reddit', label: 'Reddit', example: 'u/janesmith' },
];

/** Short names for the list, where space is tight. */
export const PLATFORM_SHORT: Record<PersonPlatform, string> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  reddit: 'Reddit',
};

export const ALIAS_KINDS: { value: PersonAliasKind; label: string }[] = [
  { value: 'name', label: 'Name or spelling' },
  { value: 'nickname', label: 'Nickname' },
  { value: 'misspelling', label: 'Misspelling' },
  { value: 'abusive', label: 'Abusive nickname' },
];

export const GENDERS = ['Female', 'Male', 'Non-binary'];

/** The person's pronoun for sentences like "3 earlier posts mention her", from gender if recorded. */
export function them(gender: string | null | undefined): string {
  const g = (gender ?? '').toLowerCase();
  if (g === 'female') return 'her';
  if (g === 'male') return 'him';
  return 'them';
}

/**
 * API validation messages name fields by path ("handles.0.handle: …"); say which row instead.
 * Other errors are shown as the server wrote them.
 */
export function friendlyError(err: ApiCallError | Error): string {
  const m = /^Invalid input for [\w.]+: (.*)$/s.exec(err.message);
  if (!m) return err.message;
  return m[1]!
    .split('; ')
    .map((part) => {
      const p = /^([\w.]+): (.*)$/s.exec(part);
      if (!p) return part;
      const [path, msg] = [p[1]!, p[2]!];
      const row = /^(handles|aliases)\.(\d+)/.exec(path);
      if (row) return `${row[1] === 'handles' ? 'Account' : 'Other name'} ${Number(row[2]) + 1}: ${msg}`;
      return msg;
    })
    .join(' ');
}

/** The field-level problems in an INVALID_INPUT message ("path: message; path: message"). */
export function inputIssues(err: ApiCallError | Error): { path: string; message: string }[] {
  const m = /^Invalid input for [\w.]+: (.*)$/s.exec(err.message);
  if (!m) return [];
  return m[1]!.split('; ').map((part) => {
    const p = /^([\w.]+): (.*)$/s.exec(part);
    return p ? { path: p[1]!, message: p[2]! } : { path: '', message: part };
  });
}
