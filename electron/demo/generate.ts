/**
 * The deterministic demo generator: fills an empty, migrated Bulwark database with six months of
 * realistic mentions of a fictional party's people, with planted abuse, spikes and campaigns recorded
 * in demo_truth and the 'demo.planted' setting so everything downstream can be scored.
 *
 * Determinism: every random choice comes from seeded generators and the clock is a fixed reference, so
 * the same (seed, posts, now) produce identical rows. Speed: posts are produced in time order, one hour
 * at a time, and written in batches of BATCH rows per transaction; nothing holds more than an hour of
 * posts, and the full-text index is built once at the end (several times faster than per row).
 *
 * Why 50,000-row transactions and a bigger page cache during the load: posts_account (account_id,
 * created_at) receives its rows in random order, so every commit rewrites most of that index's pages to
 * the WAL and the next checkpoint copies them again. At 1M posts, 10k-row commits spent more time
 * rewriting index pages than inserting rows; fewer, larger commits (with the dirty pages held in cache)
 * cut that by about a fifth of total time. Both settings are restored afterwards.
 */
import { performance } from 'node:perf_hooks';
import type { DB } from '../../db/connection';
import { indexNewPosts, maxPostId, PostWriter } from '../../db/posts';
import { AccountPool } from './accounts';
import { planCampaigns, type Campaign, type Planted } from './campaigns';
import { insertCast, mentionOf } from './cast';
import { truthKey } from './categories';
import { Composer } from './compose';
import { Emitter, type Mention, type PostPlan } from './emit';
import { OrdinaryPlanner, repliesCarryHandle } from './ordinary';
import type { ParentRef } from './platforms';
import { savePlanted } from './planted';
import { Rng, Weighted } from './rng';
import { Threads } from './threads';
import { allocate, buildTimeline, HOUR_MS } from './timeline';

export interface DemoOptions {
  posts: number;
  seed: number;
  onProgress?: (done: number, total: number) => void;
  now?: Date;
}

export interface DemoSummary {
  people: number;
  accounts: number;
  posts: number;
  campaigns: number;
  seconds: number;
}

/** The reference "now" when none is given: a fixed instant, never the wall clock. */
export const DEFAULT_NOW = new Date('2026-11-01T00:00:00.000Z');
/** About six months of history before "now". */
export const DEMO_DAYS = 183;
const BATCH = 50_000;
const PROGRESS_EVERY = 10_000;
/** Page cache during the load, in KiB (the connection default is 64 MiB). */
const LOAD_CACHE_KIB = 196_608;

export function generateDemo(db: DB, opts: DemoOptions): DemoSummary {
  const started = performance.now();
  const posts = Math.floor(opts.posts);
  if (!Number.isFinite(posts) || posts < 1) throw new RangeError('demo: posts must be a positive integer');
  if (!Number.isInteger(opts.seed)) throw new RangeError('demo: seed must be an integer');
  const nowMs = (opts.now ?? DEFAULT_NOW).getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('demo: now is not a valid date');
  if (db.prepare("SELECT 1 FROM people WHERE external_id = 'demo-1'").get()) {
    throw new Error(
      'This database already contains the demo data. Load the demo into a new, empty database.',
    );
  }

  const seed = opts.seed | 0;
  // Separate streams: planning decisions do not shift when the per-post stream changes, and vice versa.
  const rng = new Rng(seed, 1);
  const planRng = new Rng(seed, 2);
  const writer = new PostWriter(db);
  const startId = maxPostId(db);

  const cast = db.transaction(() => {
    const iso = (ms: number) => new Date(ms).toISOString();
    return insertCast(db, writer, iso(nowMs - 400 * 86_400_000), iso(nowMs - DEMO_DAYS * 86_400_000));
  })();
  const tl = buildTimeline(
    planRng,
    nowMs,
    DEMO_DAYS,
    new Weighted(
      cast.map((m) => m.index),
      cast.map((m) => m.prominence),
    ),
  );
  const pool = new AccountPool(writer, seed, posts, nowMs);
  const { campaigns, planted } = planCampaigns(planRng, posts, tl, cast, pool);
  const ordinary = Math.max(0, posts - planted.length);
  allocate(tl, ordinary);

  const threads = new Threads();
  const composer = new Composer(rng);
  const emitter = new Emitter(db, writer, threads, rng);
  const planner = new OrdinaryPlanner(rng, cast, pool, composer, threads);
  const total = ordinary + planted.length;
  let done = 0;

  const emitPlanted = (p: Planted) => emitter.emit(plantedPlan(p, pool, composer));
  const tick = () => {
    if (++done % PROGRESS_EVERY !== 0) return;
    if (done % BATCH === 0) {
      emitter.flush();
      db.exec('COMMIT');
      db.exec('BEGIN');
    }
    // (total, total) is reported once, after indexing, so 100% means finished.
    if (done < total) opts.onProgress?.(done, total);
  };

  const restore = bulkLoadSettings(db);
  db.exec('BEGIN');
  try {
    let next = 0;
    let offsets = new Float64Array(0);
    for (let h = 0; h < tl.hours; h++) {
      const k = tl.counts[h]!;
      const base = tl.startMs + h * HOUR_MS;
      if (offsets.length < k) offsets = new Float64Array(k * 2);
      const times = offsets.subarray(0, k);
      for (let i = 0; i < k; i++) times[i] = base + Math.floor(rng.next() * HOUR_MS);
      times.sort();
      const spikeIdx = tl.spikeOf[h]!;
      const share = tl.spikeShare[h]!;
      for (let i = 0; i < k; i++) {
        const ms = times[i]!;
        while (next < planted.length && planted[next]!.ms <= ms) {
          record(planted[next]!, emitPlanted(planted[next]!));
          next++;
          tick();
        }
        const spike = spikeIdx >= 0 && rng.chance(share) ? tl.spikes[spikeIdx]! : null;
        emitter.emit(planner.plan(ms, spike));
        tick();
      }
    }
    for (; next < planted.length; next++) {
      record(planted[next]!, emitPlanted(planted[next]!));
      tick();
    }
    emitter.flush();
    db.exec('COMMIT');
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    restore();
    throw err;
  }
  try {
    db.transaction(() => {
      indexNewPosts(db, startId);
      pool.finish(db);
      // The cast's own accounts were written before their first post; widen first/last seen to match.
      const ids = cast.flatMap((m) => Object.values(m.accounts).map((a) => a.accountId));
      const seen = db.prepare(
        `UPDATE accounts SET
         first_seen = coalesce((SELECT min(created_at) FROM posts WHERE account_id = accounts.id), first_seen),
         last_seen = coalesce((SELECT max(created_at) FROM posts WHERE account_id = accounts.id), last_seen)
       WHERE id = ?`,
      );
      for (const id of ids) seen.run(id);
      savePlanted(db, { seed, posts: total, nowMs }, tl, cast, campaigns);
    })();
  } finally {
    restore();
  }
  opts.onProgress?.(total, total);

  const accounts = db.prepare('SELECT count(*) FROM accounts').pluck().get() as number;
  return {
    people: cast.length,
    accounts,
    posts: total,
    campaigns: campaigns.length,
    seconds: Math.round((performance.now() - started) / 10) / 100,
  };
}

/**
 * A larger page cache and no fsync while loading; returns a function that puts both back. Without fsync
 * an application crash still leaves whole commits (the WAL is intact), and only an OS crash or power cut
 * in mid-load can damage the file. The demo goes into a new, empty database, which can simply be made
 * again, so the trade is worth the checkpoints no longer waiting on the disk.
 */
function bulkLoadSettings(db: DB): () => void {
  const cache = db.pragma('cache_size', { simple: true }) as number;
  const sync = db.pragma('synchronous', { simple: true }) as number;
  db.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
  db.pragma('synchronous = OFF');
  return () => {
    db.pragma(`cache_size = ${cache}`);
    db.pragma(`synchronous = ${sync}`);
  };
}

/** Updates a campaign's tally once its post has a row id. */
function record(p: Planted, written: { id: number; ref: ParentRef | null }): void {
  const c = p.campaign;
  if (p.kind === 'trigger') {
    c.target = { postId: written.id, ref: written.ref! };
    return;
  }
  if (p.kind === 'reply' && !p.inCampaign) return;
  c.posts++;
  c.firstMs = Math.min(c.firstMs, p.ms);
  c.lastMs = Math.max(c.lastMs, p.ms);
}

function plantedPlan(p: Planted, pool: AccountPool, composer: Composer): PostPlan {
  const c: Campaign = p.campaign;
  const person = c.person;
  const own = person.accounts[c.platform]!;
  const base = { ms: p.ms, platform: c.platform, campaign: c.id, quote: null, ownBy: null };
  switch (p.kind) {
    case 'coord': {
      const author = pool.useFresh(p.fresh, c.platform, p.createdMs, p.ms);
      c.accountIds.add(author.dbId);
      return {
        ...base,
        author,
        text: p.text,
        truth: c.category as PostPlan['truth'],
        parent: null,
        mentions: [{ personId: person.personId, how: 'handle' }],
      };
    }
    case 'trigger':
      return {
        ...base,
        campaign: null,
        author: { ...own, dbId: own.accountId },
        text: p.text,
        truth: 'supportive',
        parent: null,
        mentions: [],
        ownBy: person.index,
      };
    case 'reply': {
      const author =
        p.account >= 0
          ? pool.use(p.account, p.ms)
          : pool.useFresh(-1 - p.account, c.platform, p.createdMs, p.ms);
      if (p.inCampaign) c.accountIds.add(author.dbId);
      let text = composer.compose(p.choice, 'you', {
        ref: mentionOf(c.platform, own.handle),
        person,
        tag: null,
        co: '',
        suffix: '',
      });
      const mentions: Mention[] = [{ personId: person.personId, how: 'reply' }];
      if (repliesCarryHandle(c.platform)) {
        text = `${mentionOf(c.platform, own.handle)} ${text}`;
        mentions.push({ personId: person.personId, how: 'handle' });
      }
      return {
        ...base,
        campaign: p.inCampaign ? c.id : null,
        author,
        text,
        truth: truthKey(p.choice),
        parent: c.target!.ref,
        mentions,
      };
    }
    case 'burst': {
      const author =
        p.account >= 0
          ? pool.use(p.account, p.ms)
          : pool.useFresh(-1 - p.account, c.platform, p.createdMs, p.ms);
      c.accountIds.add(author.dbId);
      // Own words around the shared marker: a hashtag rides in the text, a link is appended to it.
      const ref = mentionOf(c.platform, own.handle);
      const words = composer.compose(p.choice, 'you', {
        ref,
        person,
        tag: c.hashtag,
        co: '',
        suffix: '',
      });
      let text = `${ref} ${words}`;
      if (c.hashtag && !text.includes(c.hashtag)) text += ` ${c.hashtag}`;
      if (c.link) text += ` ${c.link}`;
      return {
        ...base,
        author,
        text,
        truth: truthKey(p.choice),
        parent: null,
        mentions: [{ personId: person.personId, how: 'handle' }],
      };
    }
  }
}
