/** The report's summary numbers: counts by category and severity, over time, and by account. */
import type { PackData, PackPost } from './types';

export const SEVERITY_NAMES = ['S0 none', 'S1 low', 'S2 moderate', 'S3 high', 'S4 severe'];
/** Okabe–Ito based, readable in print and under colour-vision deficiencies; S0 is a neutral grey. */
export const SEVERITY_COLOURS = ['#BBBBBB', '#56B4E9', '#E69F00', '#D55E00', '#000000'];

export interface TimeBucket {
  /** First day of the bucket, YYYY-MM-DD (UTC). */
  start: string;
  label: string;
  bySeverity: number[];
  total: number;
}

export interface AccountSummary {
  platform: string;
  handle: string | null;
  name: string | null;
  id: string | null;
  posts: number;
  abusive: number;
  first: string;
  last: string;
}

export interface CategoryCount {
  key: string | null;
  name: string;
  colour: string;
  bySeverity: number[];
  total: number;
}

export interface PackSummary {
  posts: number;
  abusive: number;
  first: string | null;
  last: string | null;
  bySeverity: number[];
  byCategory: CategoryCount[];
  unit: 'day' | 'week' | 'month';
  buckets: TimeBucket[];
  accounts: AccountSummary[];
  platforms: { platform: string; posts: number }[];
  /** Authors with more than one abusive post here: the "course of conduct" a harassment case rests on. */
  repeatAuthors: Set<string>;
}

const DAY = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Code-point order: the same on every machine, whatever its locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function authorKey(p: PackPost): string {
  return `${p.platform}:${p.authorId ?? p.authorHandle ?? '?'}`;
}

function bucketStart(t: number, unit: PackSummary['unit']): number {
  const d = new Date(t);
  if (unit === 'day') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (unit === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  // Weeks start on Monday, as UK calendars do.
  const day = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  return day - ((d.getUTCDay() + 6) % 7) * DAY;
}

function nextBucket(t: number, unit: PackSummary['unit']): number {
  if (unit === 'day') return t + DAY;
  if (unit === 'week') return t + 7 * DAY;
  const d = new Date(t);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

function bucketLabel(t: number, unit: PackSummary['unit']): string {
  const d = new Date(t);
  const m = MONTHS[d.getUTCMonth()]!;
  if (unit === 'month') return `${m} ${d.getUTCFullYear()}`;
  return `${d.getUTCDate()} ${m}`;
}

export function summarise(data: PackData): PackSummary {
  const posts = data.posts;
  const bySeverity = [0, 0, 0, 0, 0];
  const cats = new Map(data.categories.map((c) => [c.key, c]));
  const byCategory = new Map<string, CategoryCount>();
  const accounts = new Map<string, AccountSummary>();
  const platforms = new Map<string, number>();
  const abusiveBy = new Map<string, number>();
  let abusive = 0;
  for (const p of posts) {
    bySeverity[p.severity]!++;
    if (p.abusive) abusive++;
    const key = p.topCategory ?? '';
    const c = byCategory.get(key) ?? {
      key: p.topCategory,
      name: p.topCategory ? (cats.get(p.topCategory)?.name ?? p.topCategory) : 'Not categorised',
      colour: p.topCategory ? (cats.get(p.topCategory)?.colour ?? '#888888') : '#888888',
      bySeverity: [0, 0, 0, 0, 0],
      total: 0,
    };
    c.bySeverity[p.severity]!++;
    c.total++;
    byCategory.set(key, c);
    const ak = authorKey(p);
    const a = accounts.get(ak) ?? {
      platform: p.platform,
      handle: p.authorHandle,
      name: p.authorName,
      id: p.authorId,
      posts: 0,
      abusive: 0,
      first: p.createdAt,
      last: p.createdAt,
    };
    a.posts++;
    if (p.abusive) {
      a.abusive++;
      abusiveBy.set(ak, (abusiveBy.get(ak) ?? 0) + 1);
    }
    if (p.createdAt < a.first) a.first = p.createdAt;
    if (p.createdAt > a.last) a.last = p.createdAt;
    accounts.set(ak, a);
    platforms.set(p.platform, (platforms.get(p.platform) ?? 0) + 1);
  }
  const first = posts.length ? posts[0]!.createdAt : null;
  const last = posts.length ? posts[posts.length - 1]!.createdAt : null;
  const span = first && last ? Date.parse(last) - Date.parse(first) : 0;
  const unit: PackSummary['unit'] = span <= 62 * DAY ? 'day' : span <= 400 * DAY ? 'week' : 'month';
  const buckets: TimeBucket[] = [];
  if (first && last && !Number.isNaN(span)) {
    const index = new Map<number, TimeBucket>();
    for (let t = bucketStart(Date.parse(first), unit); t <= Date.parse(last); t = nextBucket(t, unit)) {
      const b = {
        start: new Date(t).toISOString().slice(0, 10),
        label: bucketLabel(t, unit),
        bySeverity: [0, 0, 0, 0, 0],
        total: 0,
      };
      buckets.push(b);
      index.set(t, b);
    }
    for (const p of posts) {
      const b = index.get(bucketStart(Date.parse(p.createdAt), unit));
      if (!b) continue;
      b.bySeverity[p.severity]!++;
      b.total++;
    }
  }
  const order = new Map(data.categories.map((c, i) => [c.key, i]));
  return {
    posts: posts.length,
    abusive,
    first,
    last,
    bySeverity,
    byCategory: [...byCategory.values()].sort(
      (a, b) => b.total - a.total || (order.get(a.key ?? '') ?? 99) - (order.get(b.key ?? '') ?? 99),
    ),
    unit,
    buckets,
    accounts: [...accounts.values()].sort(
      (a, b) =>
        b.abusive - a.abusive ||
        b.posts - a.posts ||
        cmp(`${a.platform}:${a.handle ?? a.id ?? ''}`, `${b.platform}:${b.handle ?? b.id ?? ''}`),
    ),
    platforms: [...platforms]
      .map(([platform, n]) => ({ platform, posts: n }))
      .sort((a, b) => b.posts - a.posts || cmp(a.platform, b.platform)),
    repeatAuthors: new Set([...abusiveBy].filter(([, n]) => n > 1).map(([k]) => k)),
  };
}
