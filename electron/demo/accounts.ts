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

const FIRST = [
  'Dave',
  'Sarah',
  'Mo',
  'Chris',
  'Jen',
  'Gary',
  'Aisha',
  'Tom',
  'Kelly',
  'Raj',
  'Lauren',
  'Steve',
  'Emma',
  'Wayne',
  'Fatima',
  'Ian',
  'Claire',
  'Kev',
  'Nikki',
  'Paul',
  'Sian',
  'Liam',
  'Zara',
  'Pete',
  'Hannah',
  'Marc',
  'Bex',
  'Tariq',
  'Sue',
  'Jamie',
  'Olu',
  'Mei',
  'Gareth',
  'Ania',
  'Craig',
  'Priti',
  'Dom',
  'Leanne',
  'Ibrahim',
  'Ruth',
  'Callum',
  'Jo',
  'Alan',
  'Bev',
  'Kieran',
  'Shaz',
  'Colin',
  'Amara',
  'Rob',
  'Fiona',
];
const LAST = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Williams',
  'Wilson',
  'Johnson',
  'Davies',
  'Patel',
  'Robinson',
  'Wright',
  'Thompson',
  'Evans',
  'Walker',
  'White',
  'Roberts',
  'Green',
  'Hall',
  'Khan',
  'Wood',
  'Jackson',
  'Clarke',
  'Hughes',
  'Edwards',
  'Murphy',
  'Hussain',
  'Lewis',
  'Scott',
  'Ali',
  'Morgan',
  'Cooper',
  'Kaur',
  'Young',
  'Begum',
  'Mitchell',
  'King',
  'Reid',
  'Baker',
  'Singh',
  'Okafor',
];
const ADJ = [
  'Grumpy',
  'Quiet',
  'Northern',
  'Red',
  'Blue',
  'Tired',
  'Lucky',
  'Salty',
  'Rainy',
  'Honest',
  'Proper',
  'Green',
];
const NOUN = [
  'Otter',
  'Teapot',
  'Voter',
  'Badger',
  'Gull',
  'Commuter',
  'Nurse',
  'Dad',
  'Mum',
  'Gardener',
  'Fox',
  'Pigeon',
];
const HOSTILE_A = [
  'Truth',
  'Patriot',
  'Lion',
  'Awake',
  'Sovereign',
  'Based',
  'Real',
  'Free',
  'Loyal',
  'Angry',
];
const HOSTILE_B = [
  'Seeker',
  'Brit',
  'England',
  'Voice',
  'Bulldog',
  'Warrior',
  'Nation',
  'Taxpayer',
  'Ghost',
  'Watcher',
];
const MASTODON_INSTANCES = ['mastodon.social', 'mas.to', 'mstdn.social', 'mastodon.online', 'toot.community'];

type Kind = 'regular' | 'hostile' | 'bot';

/** First index of throwaway campaign accounts; pool indexes stay below it (2M posts would need 440k). */
const FRESH_BASE = 1 << 21;

/** Multiplication by an odd constant is a bijection mod 10^9: distinct indexes give distinct id digits. */
function scramble(idx: number): string {
  return String((idx * 2654435761) % 1_000_000_000).padStart(9, '0');
}

interface SubPool {
  offset: number;
  size: number;
  hostile: number;
}

export class AccountPool {
  private readonly sub: Record<Platform, SubPool>;
  private readonly size: number;
  private readonly accounts: (PostingAccount | undefined)[];
  private readonly lastSeen: Float64Array;
  private readonly fresh = new Map<number, PostingAccount>();
  private readonly freshLastSeen = new Map<number, number>();

  constructor(
    private readonly writer: PostWriter,
    private readonly seed: number,
    totalPosts: number,
    private readonly nowMs: number,
  ) {
    // About one account per 6 posts; the power-law pick leaves part of the pool unused, so the accounts
    // actually written come out near one per 7-8 posts, many of them seen once.
    const total = Math.max(200, Math.round(totalPosts * 0.16));
    let offset = 0;
    const sub = {} as Record<Platform, SubPool>;
    for (const p of PLATFORMS) {
      const size = Math.max(20, Math.round(total * PLATFORM_SHARE[p]));
      sub[p] = { offset, size, hostile: Math.min(40, Math.max(2, Math.round(Math.sqrt(size) / 4))) };
      offset += size;
    }
    this.sub = sub;
    this.size = offset;
    this.accounts = new Array<PostingAccount | undefined>(offset);
    this.lastSeen = new Float64Array(offset);
  }

  /** A regular account; low indexes post far more often than high ones (P(rank < x) = x^(1/2.6)). */
  regular(platform: Platform, rng: Rng): number {
    const s = this.sub[platform];
    const n = s.size - s.hostile;
    return s.offset + s.hostile + Math.floor(n * Math.pow(rng.next(), 2.6));
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
    }
    this.lastSeen[idx] = ms;
    return a;
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
        if (!a) continue;
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
    const first = r.pick(FIRST);
    const last = r.pick(LAST);
    const createdMs = createdAt ?? this.birth(platform, kind, r, firstMs);
    const followers =
      kind === 'bot'
        ? r.int(0, 35)
        : Math.floor(
            Math.exp((kind === 'hostile' ? 5 : 4.2) + (kind === 'hostile' ? 1.2 : 1.6) * r.normal()),
          );
    const { handle, displayName } = naming(platform, kind, r, first, last, idx);
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

function digits(r: Rng, n: number): string {
  return r.chars('0123456789', n);
}

function naming(platform: Platform, kind: Kind, r: Rng, first: string, last: string, idx: number) {
  // The idx-derived tail keeps handles unique in practice without looking sequential.
  const tail = scramble(idx);
  let base: string;
  let displayName: string;
  if (kind === 'bot') {
    // What platforms suggest at sign-up: FirstLast + a run of digits, default-looking names.
    base = `${first}${last.slice(0, 3)}${tail.slice(1, 8)}`;
    displayName = r.chance(0.5) ? `${first} ${last[0]}` : `${first} 🇬🇧`;
  } else if (kind === 'hostile') {
    base = `${r.pick(HOSTILE_A)}${r.pick(HOSTILE_B)}${tail.slice(6)}`;
    displayName = r.chance(0.5)
      ? `${r.pick(HOSTILE_A)} ${r.pick(HOSTILE_B)} 🇬🇧`
      : `${first} (${r.pick(HOSTILE_B)})`;
  } else {
    const style = r.int(0, 3);
    base =
      style === 0
        ? `${first}${last}${tail.slice(7)}`
        : style === 1
          ? `${first}_${r.pick(NOUN)}${tail.slice(6)}`
          : style === 2
            ? `${r.pick(ADJ)}${r.pick(NOUN)}${tail.slice(5)}`
            : `${first}${last[0]}${digits(r, 2)}${tail.slice(7)}`;
    displayName = r.chance(0.7) ? `${first} ${last}` : r.chance(0.5) ? first : `${first} ${last[0]}.`;
  }
  let handle: string;
  switch (platform) {
    case 'x':
      // X handles are at most 15 characters; keep the unique tail.
      handle = base.length > 15 ? base.slice(0, 15 - 4) + base.slice(-4) : base;
      break;
    case 'bluesky':
      handle = `${base.toLowerCase().replace(/_/g, '-')}.bsky.social`;
      break;
    case 'mastodon':
      handle = `${base.toLowerCase()}@${r.pick(MASTODON_INSTANCES)}`;
      break;
    case 'facebook':
      handle = `${first}.${last}.${tail.slice(5)}`.toLowerCase();
      break;
    case 'instagram':
    case 'tiktok':
      handle = base.toLowerCase().replace(/_/g, '.');
      break;
    case 'reddit':
      handle = kind === 'regular' && r.chance(0.5) ? `${r.pick(ADJ)}_${r.pick(NOUN)}_${tail.slice(5)}` : base;
      break;
    case 'youtube':
      handle = base;
      break;
  }
  return { handle, displayName: platform === 'reddit' ? handle : displayName };
}

function userId(platform: Platform, idx: number, createdMs: number, r: Rng): string {
  const tail = scramble(idx);
  switch (platform) {
    case 'x':
      // Pre-2014 accounts have small sequential ids; later ones are snowflakes of their sign-up time.
      return createdMs < Date.UTC(2014, 0, 1)
        ? String(10_000_000 + idx * 97 + r.int(0, 96))
        : ((BigInt(createdMs - 1288834974657) << 22n) | BigInt(idx & 0x3fffff)).toString();
    case 'bluesky':
      return `did:plc:${r.chars('abcdefghijklmnopqrstuvwxyz234567', 24)}`;
    case 'mastodon':
      return ((BigInt(createdMs) << 16n) | BigInt(idx & 0xffff)).toString();
    case 'facebook':
      return `1000${digits(r, 2)}${tail}`;
    case 'instagram':
      return `${r.int(1, 6)}${tail}${digits(r, 1)}`;
    case 'youtube':
      return 'UC' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22);
    case 'tiktok':
      return `7${digits(r, 9)}${tail}`;
    case 'reddit':
      return `t2_${r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 3)}${Number(tail).toString(36).padStart(6, '0')}`;
  }
}
