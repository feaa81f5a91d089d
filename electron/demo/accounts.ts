/**
 * The demo's posting accounts. Real mention streams have a long tail: a handful of hyper-active hostile
 * accounts, a few hundred regulars and a mass of accounts seen once. The pool reproduces that with a
 * power-law pick per platform, plus fresh throwaway accounts (days old, no followers) for planted
 * campaigns, because "new, low-follower, same words" is what coordination detectors look for.
 *
 * Accounts are described by their index alone (every attribute is derived from hash(seed, index)), so the
 * pool costs a few typed arrays, and rows are written the first time an account posts: first_seen is then
 * its first post, as an importer would record it.
 */
import type { DB } from '../../db/connection';
import { PLATFORMS, type Platform, type PostWriter } from '../../db/posts';
import type { Author } from './platforms';
import { naming, userId, type Kind } from './identities';
import { hash32, Rng } from './rng';

export interface PostingAccount extends Author {
  dbId: number;
  followers: number;
  createdMs: number;
}

/** Share of posts (and so of accounts) per platform. */
export const PLATFORM_SHARE: Record<Platform, number> = {
  x: 0.38,
  bluesky: 0.14,
  facebook: 0.13,
  instagram: 0.08,
  youtube: 0.07,
  tiktok: 0.07,
  reddit: 0.07,
  mastodon: 0.06,
};

const LAUNCH_YEAR: Record<Platform, number> = {
  x: 2008,
  bluesky: 2023,
  mastodon: 2017,
  facebook: 2008,
  instagram: 2012,
  youtube: 2008,
  tiktok: 2018,
  reddit: 2008,
};

/** First index of throwaway campaign accounts; pool indexes stay below it (2M posts use 200k). */
const FRESH_BASE = 1 << 21;
/** First index of one-off accounts (seen exactly once); up to 4M of them. */
const ONE_OFF_BASE = 1 << 22;

interface SubPool {
  offset: number;
  size: number;
  hostile: number;
}

export class AccountPool {
  private readonly sub: Record<Platform, SubPool>;
  private readonly size: number;
  private readonly accounts: (PostingAccount | undefined)[];
  private readonly firstSeen: Float64Array;
  private readonly lastSeen: Float64Array;
  private readonly fresh = new Map<number, PostingAccount>();
  private readonly freshLastSeen = new Map<number, number>();
  private oneOffs = 0;

  constructor(
    private readonly writer: PostWriter,
    private readonly seed: number,
    totalPosts: number,
    private readonly nowMs: number,
  ) {
    // Regulars: about one per 10 posts, of which the power-law pick uses most. One-off accounts come on
    // top (see oneOff), so overall roughly one account per 5 posts and about half of them seen once.
    const total = Math.max(200, Math.round(totalPosts * 0.1));
    let offset = 0;
    const sub = {} as Record<Platform, SubPool>;
    for (const p of PLATFORMS) {
      const size = Math.max(20, Math.round(total * PLATFORM_SHARE[p]));
      sub[p] = { offset, size, hostile: Math.min(40, Math.max(2, Math.round(Math.sqrt(size) / 4))) };
      offset += size;
    }
    if (offset >= FRESH_BASE) throw new RangeError('demo: too many posts for the account pool (max ~20M)');
    this.sub = sub;
    this.size = offset;
    this.accounts = new Array<PostingAccount | undefined>(offset);
    this.firstSeen = new Float64Array(offset);
    this.lastSeen = new Float64Array(offset);
  }

  /** A regular account; low indexes post far more often than high ones (P(rank < x) = x^(1/2.2)). */
  regular(platform: Platform, rng: Rng): number {
    const s = this.sub[platform];
    const n = s.size - s.hostile;
    return s.offset + s.hostile + Math.floor(n * Math.pow(rng.next(), 2.2));
  }

  /** One of the platform's few hyper-active hostile accounts, the first of them busiest. */
  hostile(platform: Platform, rng: Rng): number {
    const s = this.sub[platform];
    return s.offset + Math.floor(s.hostile * rng.next() * rng.next());
  }

  /** `count` different regular accounts (a pile-on is many people, not one person many times). */
  distinct(platform: Platform, rng: Rng, count: number, taken: Set<number>): number[] {
    const s = this.sub[platform];
    const out: number[] = [];
    for (let h = 0; h < Math.min(2, s.hostile) && out.length < count; h++) {
      if (!taken.has(s.offset + h)) out.push(s.offset + h);
    }
    let guard = count * 50;
    while (out.length < count && guard-- > 0) {
      const idx = s.offset + s.hostile + rng.int(0, s.size - s.hostile - 1);
      if (taken.has(idx) || out.includes(idx)) continue;
      out.push(idx);
    }
    for (const idx of out) taken.add(idx);
    return out;
  }

  /** Hard limit for `distinct` on a platform, so callers can top up with fresh accounts. */
  capacity(platform: Platform): number {
    const s = this.sub[platform];
    return Math.floor((s.size - s.hostile) * 0.6);
  }

  /** The account at `idx`, written to the database on its first post. */
  use(idx: number, ms: number): PostingAccount {
    let a = this.accounts[idx];
    if (!a) {
      const platform = this.platformOf(idx);
      const s = this.sub[platform];
      a = this.create(idx, platform, idx - s.offset < s.hostile ? 'hostile' : 'regular', ms, null);
      this.accounts[idx] = a;
      this.firstSeen[idx] = ms;
    }
    this.lastSeen[idx] = ms;
    return a;
  }

  /**
   * A new account that posts once and is never seen again: the bulk of any mention stream. Not kept in
   * memory, since it will not post again (first_seen = last_seen is already right).
   */
  oneOff(platform: Platform, ms: number): PostingAccount {
    return this.create(ONE_OFF_BASE + this.oneOffs++, platform, 'regular', ms, null);
  }

  /** A throwaway campaign account `n` (shared numbering across campaigns), created `createdMs`. */
  useFresh(n: number, platform: Platform, createdMs: number, ms: number): PostingAccount {
    const idx = FRESH_BASE + n;
    let a = this.fresh.get(idx);
    if (!a) {
      a = this.create(idx, platform, 'bot', ms, createdMs);
      this.fresh.set(idx, a);
    }
    this.freshLastSeen.set(idx, ms);
    return a;
  }

  /** Widens last_seen to each account's last post (rows were written with first_seen = last_seen). */
  finish(db: DB): number {
    const update = db.prepare('UPDATE accounts SET last_seen = ? WHERE id = ? AND last_seen < ?');
    let written = 0;
    db.transaction(() => {
      for (let i = 0; i < this.size; i++) {
        const a = this.accounts[i];
        if (!a || this.lastSeen[i] === this.firstSeen[i]) continue;
        written++;
        const t = new Date(this.lastSeen[i]!).toISOString();
        update.run(t, a.dbId, t);
      }
      for (const [idx, a] of this.fresh) {
        written++;
        const t = new Date(this.freshLastSeen.get(idx)!).toISOString();
        update.run(t, a.dbId, t);
      }
    })();
    return written;
  }

  private platformOf(idx: number): Platform {
    for (const p of PLATFORMS) {
      const s = this.sub[p];
      if (idx >= s.offset && idx < s.offset + s.size) return p;
    }
    throw new Error(`account index ${idx} outside the pool`);
  }

  private create(
    idx: number,
    platform: Platform,
    kind: Kind,
    firstMs: number,
    createdAt: number | null,
  ): PostingAccount {
    const r = new Rng(hash32(this.seed, 0xacc0, idx));
    const createdMs = createdAt ?? this.birth(platform, kind, r, firstMs);
    const followers =
      kind === 'bot'
        ? r.int(0, 35)
        : Math.floor(
            Math.exp((kind === 'hostile' ? 5 : 4.2) + (kind === 'hostile' ? 1.2 : 1.6) * r.normal()),
          );
    const { handle, displayName } = naming(platform, kind, r, idx);
    const platformUserId = userId(platform, idx, createdMs, r);
    const dbId = this.writer.account(
      {
        platform,
        platformUserId,
        handle,
        displayName,
        accountCreatedAt: new Date(createdMs).toISOString(),
        followers,
      },
      new Date(firstMs).toISOString(),
    );
    return { dbId, platformUserId, handle, displayName, followers, createdMs };
  }

  /** Sign-up dates: regulars spread back to the platform's launch, hostile accounts skew recent. */
  private birth(platform: Platform, kind: Kind, r: Rng, firstMs: number): number {
    const launch = Date.UTC(LAUNCH_YEAR[platform], 6, 1);
    const latest = Math.min(firstMs, this.nowMs) - 30 * 86_400_000;
    const span = Math.max(0, latest - launch);
    const u = kind === 'hostile' ? 1 - r.next() * r.next() * 0.6 : Math.sqrt(r.next());
    return Math.floor(launch + span * u);
  }
}
