/**
 * Detected spikes (abnormal rises in abuse aimed at one person) and the alerts they raise.
 *
 * Reading (the dashboard draws these on its charts through the API: spikes.list):
 *   listSpikes(db, filter)           spikes, newest first; filter by person(s) and dates
 *   getSpike(db, id)                 one spike
 *   spikePosts(db, id, page)         the abusive posts that drove it, most severe first
 *   unseenSpikeCount(db)             alerts nobody has marked as seen
 * Writing:
 *   replaceSpikes(db, spikes, runId, now)   swaps in a run's spikes; a spike found again (same person,
 *                                           overlapping days) keeps its id, first-detected time and
 *                                           whether it was seen; returns which ones are new
 *   markSpikesSeen(db, ids | 'all', now)
 */
import type { DB } from './connection';
import { POST_BRIEF_COLUMNS, type PostBriefRow } from './postBrief';

export interface SpikeInput {
  personId: number;
  startDay: string;
  endDay: string;
  peakDay: string;
  kind: 'volume' | 'rate' | 'both';
  abusive: number;
  posts: number;
  baselineAbusive: number;
  baselineRate: number;
  volumeZ: number;
  rateZ: number;
  score: number;
  params: Record<string, unknown>;
}

export interface SpikeRow extends Omit<SpikeInput, 'params'> {
  id: number;
  person: string;
  params: string;
  firstDetectedAt: string;
  seenAt: string | null;
}

const SELECT = `SELECT s.id, s.person_id AS personId, pe.name AS person, s.start_day AS startDay,
  s.end_day AS endDay, s.peak_day AS peakDay, s.kind, s.abusive, s.posts,
  s.baseline_abusive AS baselineAbusive, s.baseline_rate AS baselineRate, s.volume_z AS volumeZ,
  s.rate_z AS rateZ, s.score, s.params, s.first_detected_at AS firstDetectedAt, s.seen_at AS seenAt
  FROM spikes s JOIN people pe ON pe.id = s.person_id`;

export interface SpikeFilter {
  personIds?: number[];
  /** YYYY-MM-DD: spikes ending on or after this day. */
  from?: string;
  /** YYYY-MM-DD: spikes starting on or before this day. */
  to?: string;
  unseenOnly?: boolean;
  limit?: number;
}

export function listSpikes(db: DB, f: SpikeFilter = {}): SpikeRow[] {
  const where: string[] = [];
  const args: (string | number)[] = [];
  if (f.personIds && f.personIds.length > 0) {
    where.push(`s.person_id IN (${f.personIds.map(() => '?').join(', ')})`);
    args.push(...f.personIds);
  }
  if (f.from) {
    where.push('s.end_day >= ?');
    args.push(f.from.slice(0, 10));
  }
  if (f.to) {
    where.push('s.start_day <= ?');
    args.push(f.to.slice(0, 10));
  }
  if (f.unseenOnly) where.push('s.seen_at IS NULL');
  args.push(f.limit ?? 1000);
  return db
    .prepare(
      `${SELECT}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY s.start_day DESC, s.score DESC LIMIT ?`,
    )
    .all(...args) as SpikeRow[];
}

export function getSpike(db: DB, id: number): SpikeRow | undefined {
  return db.prepare(`${SELECT} WHERE s.id = ?`).get(id) as SpikeRow | undefined;
}

export function unseenSpikeCount(db: DB): number {
  return db.prepare('SELECT count(*) FROM spikes WHERE seen_at IS NULL').pluck().get() as number;
}

export type SpikePostRow = PostBriefRow;

/**
 * The abusive posts mentioning the person during the spike, most severe first. The plan walks the
 * spike's days through posts_created and checks each post's mention by primary key, which stays fast
 * however many posts the person has in total.
 */
export function spikePosts(
  db: DB,
  spike: { personId: number; startDay: string; endDay: string },
  page: { limit: number; offset: number },
): { total: number; rows: SpikePostRow[] } {
  const from = `${spike.startDay}T00:00:00.000Z`;
  const to = `${spike.endDay}T23:59:59.999Z`;
  const where = `p.created_at BETWEEN ? AND ? AND p.abusive = 1
    AND EXISTS (SELECT 1 FROM mentions m WHERE m.post_id = p.id AND m.person_id = ?)`;
  const total = db
    .prepare(`SELECT count(*) FROM posts p INDEXED BY posts_created WHERE ${where}`)
    .pluck()
    .get(from, to, spike.personId) as number;
  const rows = db
    .prepare(
      `SELECT ${POST_BRIEF_COLUMNS}
       FROM posts p INDEXED BY posts_created LEFT JOIN accounts a ON a.id = p.account_id
       WHERE ${where} ORDER BY p.severity DESC, p.created_at LIMIT ? OFFSET ?`,
    )
    .all(from, to, spike.personId, page.limit, page.offset) as SpikePostRow[];
  return { total, rows };
}

export function markSpikesSeen(db: DB, ids: number[] | 'all', nowIso: string): number {
  if (ids === 'all')
    return db.prepare('UPDATE spikes SET seen_at = ? WHERE seen_at IS NULL').run(nowIso).changes;
  const stmt = db.prepare('UPDATE spikes SET seen_at = ? WHERE id = ? AND seen_at IS NULL');
  return db.transaction(() => ids.reduce((n, id) => n + stmt.run(nowIso, id).changes, 0))();
}

/** Replaces the stored spikes with a run's; returns the ids of spikes that were not known before. */
export function replaceSpikes(db: DB, spikes: SpikeInput[], runId: number | null, nowIso: string) {
  return db.transaction(() => {
    const old = db
      .prepare(
        `SELECT id, person_id AS personId, start_day AS startDay, end_day AS endDay,
                first_detected_at AS first, seen_at AS seen FROM spikes`,
      )
      .all() as {
      id: number;
      personId: number;
      startDay: string;
      endDay: string;
      first: string;
      seen: string | null;
    }[];
    const taken = new Set<number>();
    const matches = spikes.map((s) =>
      old.find(
        (o) =>
          !taken.has(o.id) &&
          o.personId === s.personId &&
          o.startDay <= s.endDay &&
          s.startDay <= o.endDay &&
          taken.add(o.id),
      ),
    );
    db.prepare('DELETE FROM spikes').run();
    const insert = db.prepare(
      `INSERT INTO spikes (id, person_id, start_day, end_day, peak_day, kind, abusive, posts, baseline_abusive,
         baseline_rate, volume_z, rate_z, score, params, first_detected_at, seen_at, run_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const ids = new Array<number>(spikes.length);
    const fresh: number[] = [];
    const order = spikes.map((_, k) => k).sort((a, b) => Number(!matches[a]) - Number(!matches[b]));
    for (const k of order) {
      const s = spikes[k]!;
      const prev = matches[k];
      const info = insert.run(
        prev?.id ?? null,
        s.personId,
        s.startDay,
        s.endDay,
        s.peakDay,
        s.kind,
        s.abusive,
        s.posts,
        s.baselineAbusive,
        s.baselineRate,
        s.volumeZ,
        s.rateZ,
        s.score,
        JSON.stringify(s.params),
        prev?.first ?? nowIso,
        prev?.seen ?? null,
        runId,
      );
      ids[k] = Number(info.lastInsertRowid);
      if (!prev) fresh.push(ids[k]);
    }
    return { ids, newIds: fresh };
  })();
}
