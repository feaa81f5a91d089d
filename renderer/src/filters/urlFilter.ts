/**
 * The shared PostFilter in the address bar, so any view can be bookmarked, shared and reopened:
 * #/dashboard?from=2026-10-01&to=2026-10-31&person=3,5&platform=x&category=threat&severity=4
 * The same keys work on #/posts (plus q= for a search, sort= and post= for the open post), so a chart
 * drills down by changing the path and adding one key. Older links (#/posts?person=3, ?import=12) keep
 * working. Anything unreadable is dropped and reported, never guessed.
 */
import type { PostFilter } from '../../../electron/api/filters';

type Platform = NonNullable<PostFilter['platforms']>[number];
type Status = NonNullable<PostFilter['reviewStatus']>[number];

export const PLATFORM_KEYS: readonly Platform[] = [
  'x',
  'bluesky',
  'mastodon',
  'facebook',
  'instagram',
  'youtube',
  'tiktok',
  'reddit',
];
export const STATUS_KEYS: readonly Status[] = ['unreviewed', 'confirmed', 'rejected', 'escalated'];

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MINUTE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d$/;
const CATEGORY = /^([a-z][a-z0-9_]{0,39}|none)$/;

/** The filter keys this module owns in a URL (other keys, like sort or post, belong to the screen). */
export const FILTER_KEYS = [
  'from',
  'to',
  'person',
  'platform',
  'category',
  'severity',
  'review',
  'q',
  'account',
  'import',
  'abusive',
  'reposts',
] as const;

export interface ParsedFilter {
  filter: PostFilter;
  /** Keys present but unreadable (the view says so). */
  invalid: string[];
}

function list(v: string | null): string[] {
  return v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

function ids(v: string | null): number[] | null {
  const parts = list(v);
  if (!parts.every((p) => /^\d{1,12}$/.test(p) && Number(p) > 0)) return null;
  return [...new Set(parts.map(Number))];
}

export function parseFilter(params: URLSearchParams): ParsedFilter {
  const f: PostFilter = {};
  const invalid: string[] = [];
  const time = (key: 'from' | 'to') => {
    const v = params.get(key);
    if (!v) return;
    if (DAY.test(v) || MINUTE.test(v)) f[key] = v;
    else invalid.push(key);
  };
  time('from');
  time('to');
  const person = params.get('person');
  if (person) {
    const v = ids(person);
    if (v?.length) f.personIds = v;
    else invalid.push('person');
  }
  const platforms = list(params.get('platform'));
  if (platforms.length) {
    if (platforms.every((p) => (PLATFORM_KEYS as readonly string[]).includes(p)))
      f.platforms = [...new Set(platforms)] as Platform[];
    else invalid.push('platform');
  }
  const cats = list(params.get('category'));
  if (cats.length) {
    if (cats.every((c) => CATEGORY.test(c))) f.categories = [...new Set(cats)];
    else invalid.push('category');
  }
  const sev = list(params.get('severity'));
  if (sev.length) {
    if (sev.every((s) => /^[0-4]$/.test(s))) f.severities = [...new Set(sev.map(Number))].sort();
    else invalid.push('severity');
  }
  const review = list(params.get('review'));
  if (review.length) {
    if (review.every((s) => (STATUS_KEYS as readonly string[]).includes(s)))
      f.reviewStatus = [...new Set(review)] as Status[];
    else invalid.push('review');
  }
  const q = params.get('q');
  if (q && q.trim()) f.query = q.trim().slice(0, 500);
  for (const key of ['account', 'import'] as const) {
    const v = params.get(key);
    if (!v) continue;
    const n = ids(v);
    if (n?.length === 1) f[key === 'account' ? 'accountId' : 'importId'] = n[0]!;
    else invalid.push(key);
  }
  const abusive = params.get('abusive');
  if (abusive === '1') f.abusiveOnly = true;
  else if (abusive) invalid.push('abusive');
  const reposts = params.get('reposts');
  if (reposts === 'include' || reposts === 'exclude' || reposts === 'only') f.reposts = reposts;
  else if (reposts) invalid.push('reposts');
  if (f.from && f.to && f.from > f.to) invalid.push('from');
  return { filter: f, invalid };
}

/** The URL params for a filter: every filter key set or cleared (null), ready for setParams/hrefFor. */
export function filterParams(f: PostFilter): Record<string, string | null> {
  const join = (v: readonly (string | number)[] | undefined) => (v?.length ? v.join(',') : null);
  return {
    from: f.from ?? null,
    to: f.to ?? null,
    person: join(f.personIds),
    platform: join(f.platforms),
    category: join(f.categories),
    severity: join(f.severities),
    review: join(f.reviewStatus),
    q: f.query ?? null,
    account: f.accountId !== undefined ? String(f.accountId) : null,
    import: f.importId !== undefined ? String(f.importId) : null,
    abusive: f.abusiveOnly ? '1' : null,
    reposts: f.reposts ?? null,
  };
}

/** A stable key for a filter (same filter, same key), for caches and "is this answer for me?". */
export function filterKey(f: PostFilter): string {
  return JSON.stringify(filterParams(f));
}

/** True when the filter narrows nothing. */
export function isBlank(f: PostFilter): boolean {
  return Object.values(filterParams(f)).every((v) => v === null);
}

/** `#/posts?...` for a filter (and optional explorer extras). */
export function postsHref(f: PostFilter, extra: Record<string, string | null> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filterParams(f), ...extra })) if (v) search.set(k, v);
  const qs = search.toString();
  return `#/posts${qs ? `?${qs}` : ''}`;
}
