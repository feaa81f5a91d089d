/** Plain-words names for formats, fields, platforms, sizes and durations on the Import screen. */
import { formatNumber } from '../format';

/** The platforms a generic file's posts can belong to (the API's `platform` enum). */
export const PLATFORMS = [
  'x',
  'bluesky',
  'mastodon',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Short names for the import history, where the full format label would not fit. */
const FORMAT_NAMES: Record<string, string> = {
  'x-v2': 'X API v2',
  'x-v2-flat': 'X API v2 (flattened)',
  'x-v1': 'X API v1.1',
  'x-archive': 'X archive',
  bluesky: 'Bluesky',
  'mastodon-api': 'Mastodon API',
  'mastodon-outbox': 'Mastodon export',
  'reddit-listing': 'Reddit API',
  'reddit-pushshift': 'Reddit dump',
  'youtube-comments': 'YouTube comments',
  'tiktok-research': 'TikTok Research API',
  'crowdtangle-api': 'CrowdTangle API',
  'crowdtangle-csv': 'CrowdTangle CSV',
  generic: 'Columns you matched',
};

export function formatName(format: string | null): string {
  if (!format) return 'Not recognised';
  return FORMAT_NAMES[format] ?? format;
}

/** Names and hints for Bulwark's fields in the column-matching step (the API's descriptions are terse). */
export const FIELD_TEXT: Record<string, { label: string; hint?: string }> = {
  id: { label: 'Post id', hint: 'Different for every post' },
  text: { label: 'Post text', hint: 'The words of the post' },
  created_at: { label: 'Time posted', hint: 'Times without a time zone are read as UTC' },
  platform: { label: 'Platform', hint: 'Only if a column names each post’s platform' },
  author_handle: { label: 'Author handle', hint: 'For example @name' },
  author_name: { label: 'Author display name' },
  author_id: { label: 'Author account id' },
  url: { label: 'Link to the post' },
  reply_to_id: { label: 'Id of the post replied to' },
  reply_to_author_id: { label: 'Account id replied to' },
  quote_of_id: { label: 'Id of the post quoted' },
  repost_of_id: { label: 'Id of the post reposted' },
  lang: { label: 'Language code' },
  likes: { label: 'Likes' },
  reposts: { label: 'Reposts or shares' },
  replies: { label: 'Replies or comments' },
  views: { label: 'Views' },
};

/** Shown open in the matching step; the rest sit under "More optional columns". */
export const MAIN_FIELDS = ['id', 'text', 'created_at', 'platform', 'author_handle', 'author_name', 'url'];

export function fieldLabel(key: string, description: string | undefined): string {
  return FIELD_TEXT[key]?.label ?? description?.replace(/\s*\(required\)\s*$/i, '') ?? key;
}

/** The API marks required fields in their description; reading it keeps us in step if that changes. */
export function requiredFields(fields: Record<string, string>): string[] {
  return Object.entries(fields)
    .filter(([, d]) => /\(required\)/i.test(d))
    .map(([k]) => k);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${formatNumber(n)} bytes`;
  const units = ['KB', 'MB', 'GB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v >= 100 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

export function formatSecondsLeft(s: number | null): string | null {
  if (s === null || !Number.isFinite(s)) return null;
  if (s < 5) return 'a few seconds left';
  if (s < 60) return `about ${Math.round(s)} seconds left`;
  const m = Math.round(s / 60);
  if (m < 60) return `about ${m} minute${m === 1 ? '' : 's'} left`;
  const h = Math.floor(m / 60);
  return `about ${h} hour${h === 1 ? '' : 's'} ${m % 60} min left`;
}
