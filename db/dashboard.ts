/**
 * The dashboard's queries. Each reads the smallest source that answers it exactly (dashboardSource.ts)
 * and returns one chart's data; dashboardData() runs them all and times each, which is what the
 * benchmark reports. Rollups are brought up to date first (ensureRollups), so a chart never shows
 * stale counts.
 */
import type { PostFilter } from '../electron/api/filters';
import type {
  DashboardAccount,
  DashboardBucket,
  DashboardData,
  DashboardPeople,
  DashboardPersonRate,
} from '../electron/api/types';
import type { DB } from './connection';
import { topTerms } from './dashboardTerms';
import type { Grain, Source } from './dashboardSource';
import { and, dataSpan, dimsWhere, grainFor, postsSource, setsWhere, spanDays } from './dashboardSource';
import { countRepostsSetting, postFilterWhere } from './postFilter';
import { ensureRollups } from './rollups';
import { listSpikes } from './spikes';

type Row = Record<string, number | string | null>;

function all(db: DB, sql: string, params: (string | number)[]): Row[] {
  return db.prepare(sql).all(...params) as Row[];
}

function timeExpr(grain: Grain): string {
  return grain === 'hour' ? 'substr(p.created_at, 1, 13)' : 'substr(p.created_at, 1, 10)';
}

/** Posts over time, by category. Buckets with no posts inside the data's span are filled with zeros. */
export function overTime(db: DB, f: PostFilter, src: Source = postsSource(db, f)): DashboardBucket[] {
  const rows =
    src.kind === 'rollup'
      ? all(
          db,
          `SELECT ${src.time} AS b, category AS c, sum(posts) AS n FROM ${src.table} WHERE ${src.where.sql}
           GROUP BY ${src.time}, category`,
          src.where.params,
        )
      : all(
          db,
          `SELECT ${timeExpr(src.grain)} AS b, coalesce(p.top_category, '') AS c, count(*) AS n
           FROM posts p WHERE ${src.where.sql} GROUP BY 1, 2`,
          src.where.params,
        );
  const byBucket = new Map<string, DashboardBucket>();
  for (const r of rows) {
    const b = String(r.b);
    let e = byBucket.get(b);
    if (!e) byBucket.set(b, (e = { bucket: b, total: 0, counts: {} }));
    const key = r.c ? String(r.c) : 'none';
    e.counts[key] = (e.counts[key] ?? 0) + Number(r.n);
    e.total += Number(r.n);
  }
  const present = [...byBucket.keys()].sort();
  if (present.length === 0) return [];
  const lo = f.from ? bucketOf(f.from, src.grain) : present[0]!;
  const hi = f.to ? bucketOf(f.to, src.grain, true) : present[present.length - 1]!;
  return bucketRange(lo < present[0]! ? lo : present[0]!, hi, src.grain).map(
    (b) => byBucket.get(b) ?? { bucket: b, total: 0, counts: {} },
  );
}

function bucketOf(v: string, grain: Grain, end = false): string {
  if (grain === 'day') return v.slice(0, 10);
  return v.length === 10 ? `${v}T${end ? '23' : '00'}` : v.slice(0, 13);
}

/** Every bucket from lo to hi inclusive (days or hours), capped so a typo'd range cannot explode. */
export function bucketRange(lo: string, hi: string, grain: Grain | 'week', cap = 5000): string[] {
  const out: string[] = [];
  const d = new Date(grain === 'hour' ? `${lo}:00:00Z` : `${lo}T00:00:00Z`);
  for (let i = 0; i < cap; i++) {
    const b = grain === 'hour' ? d.toISOString().slice(0, 13) : d.toISOString().slice(0, 10);
    if (b > hi) break;
    out.push(b);
    if (grain === 'hour') d.setUTCHours(d.getUTCHours() + 1);
    else d.setUTCDate(d.getUTCDate() + (grain === 'week' ? 7 : 1));
  }
  return out;
}

export interface Breakdown {
  totals: { posts: number; abusive: number; urgent: number };
  severity: { severity: number; posts: number }[];
  platforms: { platform: string; posts: number; abusive: number }[];
}

/** Totals, severity and platform split in one pass (grouped by severity × platform). */
export function breakdown(db: DB, f: PostFilter, src: Source = postsSource(db, f)): Breakdown {
  const rows =
    src.kind === 'rollup'
      ? all(
          db,
          `SELECT severity AS s, platform AS pl, sum(posts) AS n, sum(posts * abusive) AS a FROM ${src.table}
           WHERE ${src.where.sql} GROUP BY severity, platform`,
          src.where.params,
        )
      : all(
          db,
          `SELECT p.severity AS s, p.platform AS pl, count(*) AS n, sum(p.abusive) AS a FROM posts p
           WHERE ${src.where.sql} GROUP BY 1, 2`,
          src.where.params,
        );
  const totals = { posts: 0, abusive: 0, urgent: 0 };
  const sev = new Map<number, number>();
  const plat = new Map<string, { posts: number; abusive: number }>();
  for (const r of rows) {
    const n = Number(r.n);
    const a = Number(r.a);
    totals.posts += n;
    totals.abusive += a;
    if (Number(r.s) === 4) totals.urgent += n;
    sev.set(Number(r.s), (sev.get(Number(r.s)) ?? 0) + n);
    const p = plat.get(String(r.pl)) ?? { posts: 0, abusive: 0 };
    p.posts += n;
    p.abusive += a;
    plat.set(String(r.pl), p);
  }
  return {
    totals,
    severity: [0, 1, 2, 3, 4].map((s) => ({ severity: s, posts: sev.get(s) ?? 0 })),
    platforms: [...plat.entries()]
      .map(([platform, v]) => ({ platform, ...v }))
      .sort((a, b) => b.posts - a.posts || a.platform.localeCompare(b.platform)),
  };
}

/** Spark buckets: hours for short ranges, days up to two months, else weeks (starting Monday). */
function sparkGrain(grain: Grain, days: number): 'hour' | 'day' | 'week' {
  return grain === 'hour' ? 'hour' : days <= 62 ? 'day' : 'week';
}

function mondayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/**
 * Abuse rate per person: of the posts mentioning each person, the share that are abusive, with a
 * sparkline. A post mentioning two people counts for both. Everyone monitored is listed (or those the
 * filter names), so a person with no posts is visibly quiet rather than missing.
 */
export function peopleRates(db: DB, f: PostFilter, grain: Grain = grainFor(db, f)): DashboardPeople {
  const countReposts = countRepostsSetting(db);
  const people = f.personIds ?? [];
  const inPeople = people.length
    ? { sql: `person_id IN (${people.map(() => '?').join(', ')})`, params: people }
    : { sql: '1', params: [] };
  let rows: Row[];
  const src = postsSource(db, f, grain);
  if (src.kind === 'posts') {
    const w = postFilterWhere(db, { ...f, personIds: undefined });
    const mp = and(w, { sql: inPeople.sql.replace('person_id', 'm.person_id'), params: inPeople.params });
    // DISTINCT: a post found by handle and by name is still one post for that person.
    rows = all(
      db,
      `SELECT pid, b, count(*) AS n, sum(abusive) AS a FROM (
         SELECT DISTINCT p.id, m.person_id AS pid, ${timeExpr(grain)} AS b, p.abusive
         FROM posts p JOIN mentions m ON m.post_id = p.id WHERE ${mp.sql})
       GROUP BY 1, 2`,
      mp.params,
    );
  } else if (grain === 'hour') {
    const w = and(dimsWhere(f, 'hour', countReposts), {
      sql: inPeople.sql.replace('person_id', 'm.person_id'),
      params: inPeople.params,
    });
    rows = all(
      db,
      `SELECT m.person_id AS pid, h.hour AS b, sum(h.posts) AS n, sum(h.posts * h.abusive) AS a
       FROM rollup_set_hour h JOIN rollup_set_members m ON m.set_id = h.set_id
       WHERE ${w.sql} GROUP BY 1, 2`,
      w.params,
    );
  } else {
    const w = and(inPeople, dimsWhere(f, 'day', countReposts));
    rows = all(
      db,
      `SELECT person_id AS pid, day AS b, sum(posts) AS n, sum(posts * abusive) AS a FROM rollup_person_day
       WHERE ${w.sql} GROUP BY person_id, day`,
      w.params,
    );
  }
  const span = f.from && f.to ? { first: f.from, last: f.to } : dataSpan(db, f);
  const days = span.first && span.last ? spanDays(span.first, span.last) : 1;
  const sg = sparkGrain(grain, days);
  const toBucket = (b: string) => (sg === 'week' ? mondayOf(b) : b);
  let buckets: string[] = [];
  if (span.first && span.last) {
    const lo = toBucket(bucketOf(span.first, grain === 'hour' ? 'hour' : 'day'));
    const hi = toBucket(bucketOf(span.last, grain === 'hour' ? 'hour' : 'day', true));
    buckets = bucketRange(lo, hi, sg);
  }
  const index = new Map(buckets.map((b, i) => [b, i]));
  const names = db
    .prepare(
      people.length
        ? `SELECT id, name FROM people WHERE id IN (${people.map(() => '?').join(', ')})`
        : 'SELECT id, name FROM people',
    )
    .all(...people) as { id: number; name: string }[];
  const byPerson = new Map<number, DashboardPersonRate>(
    names.map((p) => [
      p.id,
      {
        personId: p.id,
        name: p.name,
        posts: 0,
        abusive: 0,
        rate: 0,
        sparkAbusive: buckets.map(() => 0),
        sparkPosts: buckets.map(() => 0),
      },
    ]),
  );
  for (const r of rows) {
    const e = byPerson.get(Number(r.pid));
    if (!e) continue; // a person removed since their posts were counted
    e.posts += Number(r.n);
    e.abusive += Number(r.a);
    const i = index.get(toBucket(String(r.b)));
    if (i !== undefined) {
      e.sparkPosts[i]! += Number(r.n);
      e.sparkAbusive[i]! += Number(r.a);
    }
  }
  const out = [...byPerson.values()];
  for (const e of out) e.rate = e.posts ? e.abusive / e.posts : 0;
  out.sort(
    (a, b) =>
      Number(b.posts >= MIN_POSTS_FOR_RATE) - Number(a.posts >= MIN_POSTS_FOR_RATE) ||
      b.rate - a.rate ||
      b.abusive - a.abusive ||
      a.name.localeCompare(b.name),
  );
  return { grain: sg, buckets, rows: out };
}

/** Below this many posts a rate says little: such people are listed after the ranked ones. */
export const MIN_POSTS_FOR_RATE = 20;

/** The accounts with the most abusive posts under the filter, with how many people they targeted. */
export function topAccounts(
  db: DB,
  f: PostFilter,
  limit = 10,
  grain: Grain = grainFor(db, f),
): DashboardAccount[] {
  const src = postsSource(db, f, grain);
  let top: { id: number; n: number }[];
  let peopleOf: Map<number, number>;
  if (src.kind === 'rollup' && grain === 'day') {
    const w = and(
      dimsWhere(f, 'day', countRepostsSetting(db), { hasAbusive: false }),
      f.personIds?.length ? setsWhere(f.personIds) : { sql: '1', params: [] },
    );
    top = (
      all(
        db,
        `SELECT account_id AS id, sum(posts) AS n FROM rollup_account_day WHERE ${w.sql}
         GROUP BY account_id ORDER BY n DESC, account_id LIMIT ?`,
        [...w.params, limit],
      ) as { id: number; n: number }[]
    ).filter((r) => r.n > 0);
    if (top.length === 0) return [];
    const ids = top.map((r) => r.id);
    const sets = all(
      db,
      `SELECT a.account_id AS id, count(DISTINCT m.person_id) AS people
       FROM (SELECT DISTINCT account_id, set_id FROM rollup_account_day
             WHERE account_id IN (${ids.map(() => '?').join(', ')}) AND ${w.sql}) a
       JOIN rollup_set_members m ON m.set_id = a.set_id GROUP BY a.account_id`,
      [...ids, ...w.params],
    );
    peopleOf = new Map(sets.map((r) => [Number(r.id), Number(r.people)]));
  } else {
    const w = and(postFilterWhere(db, f, { people: 'exists' }), { sql: 'p.abusive = 1', params: [] });
    top = all(
      db,
      `SELECT p.account_id AS id, count(*) AS n FROM posts p WHERE ${w.sql} AND p.account_id IS NOT NULL
       GROUP BY p.account_id ORDER BY n DESC, p.account_id LIMIT ?`,
      [...w.params, limit],
    ) as { id: number; n: number }[];
    if (top.length === 0) return [];
    const ids = top.map((r) => r.id);
    const counted = all(
      db,
      `SELECT p.account_id AS id, count(DISTINCT m.person_id) AS people FROM posts p
       JOIN mentions m ON m.post_id = p.id
       WHERE p.account_id IN (${ids.map(() => '?').join(', ')}) AND ${w.sql} GROUP BY p.account_id`,
      [...ids, ...w.params],
    );
    peopleOf = new Map(counted.map((r) => [Number(r.id), Number(r.people)]));
  }
  const info = new Map(
    (
      all(
        db,
        `SELECT id, platform, handle, display_name FROM accounts WHERE id IN (${top.map(() => '?').join(', ')})`,
        top.map((r) => r.id),
      ) as { id: number; platform: string; handle: string | null; display_name: string | null }[]
    ).map((a) => [a.id, a]),
  );
  return top.map((r) => {
    const a = info.get(r.id);
    return {
      accountId: r.id,
      platform: a?.platform ?? '',
      handle: a?.handle ?? null,
      displayName: a?.display_name ?? null,
      abusive: r.n,
      people: peopleOf.get(r.id) ?? 0,
    };
  });
}

function timed<T>(timings: Record<string, number>, name: string, fn: () => T): T {
  const t = performance.now();
  const v = fn();
  timings[name] = Math.round((performance.now() - t) * 10) / 10;
  return v;
}

/** Everything the dashboard shows for one filter. */
export function dashboardData(db: DB, f: PostFilter): DashboardData {
  const timings: Record<string, number> = {};
  timed(timings, 'refresh', () => ensureRollups(db));
  const grain = grainFor(db, f);
  const src = postsSource(db, f, grain);
  const time = timed(timings, 'overTime', () => overTime(db, f, src));
  const b = timed(timings, 'breakdown', () => breakdown(db, f, src));
  const people = timed(timings, 'people', () => peopleRates(db, f, grain));
  const accounts = timed(timings, 'topAccounts', () => topAccounts(db, f, 10, grain));
  const terms = timed(timings, 'terms', () => topTerms(db, f));
  const spikes = timed(timings, 'spikes', () =>
    listSpikes(db, { personIds: f.personIds, from: f.from, to: f.to, limit: 200 }).map((s) => ({
      id: s.id,
      personId: s.personId,
      person: s.person,
      startDay: s.startDay,
      endDay: s.endDay,
      peakDay: s.peakDay,
      kind: s.kind,
      abusive: s.abusive,
      score: s.score,
    })),
  );
  return {
    source: src.kind,
    grain,
    dataRange: dataSpan(db, {}),
    totals: { ...b.totals, people: people.rows.filter((r) => r.posts > 0).length },
    overTime: time,
    people,
    severity: b.severity,
    platforms: b.platforms,
    topAccounts: accounts,
    terms: { ...terms, matching: b.totals.abusive },
    spikes,
    timings,
  };
}
