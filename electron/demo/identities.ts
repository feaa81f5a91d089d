/**
 * Names, handles and platform user ids for the demo's posting accounts, derived from a per-account seed.
 * Handle styles follow what people and sign-up forms actually produce on each platform (X's 15-character
 * limit, Bluesky's domain handles, Mastodon's user@instance, Reddit's Adjective_Noun_1234 suggestions);
 * throwaway campaign accounts get the FirstLast+digits look of unedited defaults.
 */
import type { Platform } from '../../db/posts';
import type { Rng } from './rng';

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

export type Kind = 'regular' | 'hostile' | 'bot';

/** Multiplication by an odd constant is a bijection mod 10^9: distinct indexes give distinct id digits. */
export function scramble(idx: number): string {
  return String((idx * 2654435761) % 1_000_000_000).padStart(9, '0');
}

function digits(r: Rng, n: number): string {
  return r.chars('0123456789', n);
}

/** A handle and display name for account `idx` of `kind` on `platform`. */
export function naming(platform: Platform, kind: Kind, r: Rng, idx: number) {
  const first = r.pick(FIRST);
  const last = r.pick(LAST);
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

/** The platform's user id for account `idx`: unique per index, so two accounts never merge on upsert. */
export function userId(platform: Platform, idx: number, createdMs: number, r: Rng): string {
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
