/** Display formatting: UK English, UTC dates (posts are stored in UTC and evidence quotes UTC). */
const numberFmt = new Intl.NumberFormat('en-GB');
const compactFmt = new Intl.NumberFormat('en-GB', { notation: 'compact', maximumFractionDigits: 1 });
const dayFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const longDayFmt = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const dateFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

export const formatNumber = (n: number): string => numberFmt.format(n);
export const formatCompact = (n: number): string => compactFmt.format(n);

function parseDay(isoDay: string): Date | null {
  const d = new Date(isoDay.length === 10 ? `${isoDay}T00:00:00Z` : isoDay);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** '2025-03-04' → '4 Mar' */
export function formatDayShort(isoDay: string): string {
  const d = parseDay(isoDay);
  return d ? dayFmt.format(d) : isoDay;
}

/** '2025-03-04' → 'Tue, 4 Mar 2025' */
export function formatDayLong(isoDay: string): string {
  const d = parseDay(isoDay);
  return d ? longDayFmt.format(d) : isoDay;
}

/** Any ISO date or time → '4 Mar 2025' */
export function formatDate(iso: string): string {
  const d = parseDay(iso);
  return d ? dateFmt.format(d) : iso;
}

const PLATFORM_NAMES: Record<string, string> = {
  x: 'X (Twitter)',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  reddit: 'Reddit',
};

export function platformName(key: string): string {
  return PLATFORM_NAMES[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
}

const ROLE_NAMES: Record<string, string> = {
  leader: 'Leader',
  mp: 'MP',
  candidate: 'Candidate',
  staff: 'Staff',
  other: 'Other',
};

export function roleName(key: string): string {
  return ROLE_NAMES[key] ?? key;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
