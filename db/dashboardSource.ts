/**
 * Where a dashboard query reads from, for a given filter: the smallest rollup that can answer it
 * exactly, or the posts table when no rollup can (a text search, one account, one import, or a time
 * range that does not fall on whole hours). Each rollup's WHERE uses only its own columns, bound.
 */
import type { PostFilter } from '../electron/api/filters';
import type { DB } from './connection';
import type { SqlFragment, SqlParam } from './postFilter';
import { countRepostsSetting, postFilterWhere, repostMode } from './postFilter';

export type Grain = 'day' | 'hour';

export interface RollupSource {
  kind: 'rollup';
  /**
   * Table, or a derived table in brackets (whose bound values then lead `where.params`), and its time
   * column ('day' or 'hour').
   */
  table: string;
  time: 'day' | 'hour';
  grain: Grain;
  where: SqlFragment;
}

export interface PostsSource {
  kind: 'posts';
  grain: Grain;
  /** Over `posts p`. */
  where: SqlFragment;
}

export type Source = RollupSource | PostsSource;

/** Ranges this short (in days, inclusive) are charted per hour. */
export const HOURLY_MAX_DAYS = 3;

const ph = (n: number) => Array.from({ length: n }, () => '?').join(', ');

function isMinute(v: string | undefined): boolean {
  return v !== undefined && v.length > 10;
}

/** Whether a filter's minute bounds fall on whole hours (from at :00, to at :59). */
function hourAligned(f: PostFilter): boolean {
  return (!isMinute(f.from) || f.from!.endsWith(':00')) && (!isMinute(f.to) || f.to!.endsWith(':59'));
}

/** Filters no rollup holds. */
export function needsPosts(f: PostFilter): boolean {
  return Boolean(f.query) || f.accountId !== undefined || f.importId !== undefined || !hourAligned(f);
}

/** Days between two YYYY-MM-DD(…) values, inclusive. */
export function spanDays(from: string, to: string): number {
  return Math.round((Date.parse(to.slice(0, 10)) - Date.parse(from.slice(0, 10))) / 86_400_000) + 1;
}

/** The first and last post times under the date bounds alone (two index probes). */
export function dataSpan(db: DB, f: PostFilter): { first: string | null; last: string | null } {
  const lo = f.from ? (f.from.length === 10 ? `${f.from}T00:00:00.000Z` : `${f.from}:00.000Z`) : '';
  const hi = f.to ? (f.to.length === 10 ? `${f.to}T23:59:59.999Z` : `${f.to}:59.999Z`) : '\uffff';
  const first = db
    .prepare('SELECT min(created_at) FROM posts WHERE created_at >= ? AND created_at <= ?')
    .pluck()
    .get(lo, hi) as string | null;
  const last = db
    .prepare('SELECT max(created_at) FROM posts WHERE created_at >= ? AND created_at <= ?')
    .pluck()
    .get(lo, hi) as string | null;
  return { first, last };
}

/** Hourly when the filter's range (or, without one, the data) spans a few days at most. */
export function grainFor(db: DB, f: PostFilter): Grain {
  if (isMinute(f.from) || isMinute(f.to)) return 'hour';
  const span = f.from && f.to ? { first: f.from, last: f.to } : dataSpan(db, f);
  if (!span.first || !span.last) return 'day';
  return spanDays(span.first, span.last) <= HOURLY_MAX_DAYS ? 'hour' : 'day';
}

/**
 * WHERE over a rollup's dimension columns (category, severity, platform, review_status, repost,
 * abusive) and its time column. People are added by the caller, since each table holds them differently.
 */
export function dimsWhere(
  f: PostFilter,
  time: 'day' | 'hour',
  countReposts: boolean,
  opts: { hasAbusive?: boolean } = {},
): SqlFragment {
  const w: string[] = [];
  const params: SqlParam[] = [];
  const cut = (v: string) => (time === 'day' ? v.slice(0, 10) : v.length === 10 ? `${v}T00` : v.slice(0, 13));
  if (f.from) {
    w.push(`${time} >= ?`);
    params.push(cut(f.from));
  }
  if (f.to) {
    w.push(`${time} <= ?`);
    params.push(time === 'hour' && f.to.length === 10 ? `${f.to}T23` : cut(f.to));
  }
  if (f.categories?.length) {
    w.push(`category IN (${ph(f.categories.length)})`);
    params.push(...f.categories.map((c) => (c === 'none' ? '' : c)));
  }
  if (f.severities?.length) {
    w.push(`severity IN (${ph(f.severities.length)})`);
    params.push(...f.severities);
  }
  if (f.platforms?.length) {
    w.push(`platform IN (${ph(f.platforms.length)})`);
    params.push(...f.platforms);
  }
  if (f.reviewStatus?.length) {
    w.push(`review_status IN (${ph(f.reviewStatus.length)})`);
    params.push(...f.reviewStatus);
  }
  if (f.abusiveOnly && opts.hasAbusive !== false) w.push('abusive = 1');
  const reposts = repostMode(f, countReposts);
  if (reposts !== 'include') w.push(`repost = ${reposts === 'only' ? 1 : 0}`);
  return { sql: w.length ? w.join(' AND ') : '1', params };
}

/** "set_id is one of the sets mentioning any of these people". */
export function setsWhere(personIds: number[]): SqlFragment {
  return {
    sql: `set_id IN (SELECT set_id FROM rollup_set_members WHERE person_id IN (${ph(personIds.length)}))`,
    params: personIds,
  };
}

export function and(...parts: SqlFragment[]): SqlFragment {
  const real = parts.filter((p) => p.sql !== '1');
  return real.length
    ? { sql: real.map((p) => p.sql).join(' AND '), params: real.flatMap((p) => p.params) }
    : { sql: '1', params: [] };
}

/** The source for counts of posts (totals, over time, severity, platforms) under a filter. */
export function postsSource(db: DB, f: PostFilter, grain: Grain = grainFor(db, f)): Source {
  if (needsPosts(f)) return { kind: 'posts', grain, where: postFilterWhere(db, f) };
  const countReposts = countRepostsSetting(db);
  const people = f.personIds ?? [];
  if (grain === 'hour') {
    const dims = dimsWhere(f, 'hour', countReposts);
    const where = people.length ? and(dims, setsWhere(people)) : dims;
    return { kind: 'rollup', table: 'rollup_set_hour', time: 'hour', grain, where };
  }
  const dims = dimsWhere(f, 'day', countReposts);
  if (people.length === 1)
    return {
      kind: 'rollup',
      table: 'rollup_person_day',
      time: 'day',
      grain,
      where: and({ sql: 'person_id = ?', params: [people[0]!] }, dims),
    };
  if (people.length > 1) return peopleUnion(people, dims, grain);
  return { kind: 'rollup', table: 'rollup_day', time: 'day', grain, where: dims };
}

const DIM_COLS = 'day, category, severity, platform, review_status, repost, abusive';

/**
 * "Posts mentioning any of these people", per day, counting each post once: each person's own rows
 * (small, person_id leads the key) minus, for the rare sets naming k ≥ 2 of them, k − 1 times that
 * set's rows. Scanning every set that contains any of them instead reads tens of thousands of
 * fragmented rows at a million posts.
 */
function peopleUnion(people: number[], dims: SqlFragment, grain: Grain): RollupSource {
  const list = ph(people.length);
  const table = `(SELECT ${DIM_COLS}, posts FROM rollup_person_day WHERE person_id IN (${list}) AND ${dims.sql}
    UNION ALL
    SELECT ${DIM_COLS}, -(o.k - 1) * posts FROM rollup_set_day
      JOIN (SELECT set_id AS sid, count(*) AS k FROM rollup_set_members WHERE person_id IN (${list})
            GROUP BY set_id HAVING count(*) > 1) o ON o.sid = rollup_set_day.set_id
      WHERE ${dims.sql})`;
  return {
    kind: 'rollup',
    table,
    time: 'day',
    grain,
    where: { sql: '1', params: [...people, ...dims.params, ...people, ...dims.params] },
  };
}
