/**
 * Writes the fictional party's people (see cast-data.ts) into the database: people rows, their platform
 * handles and accounts, and their aliases (nicknames, misspellings, an abusive nickname).
 */
import type { DB } from '../../db/connection';
import { addAlias, addHandle, insertPerson, type Role } from '../../db/people';
import { PLATFORMS, type Platform } from '../../db/posts';
import { CAST, type CastSpec, type Pronouns, type Trait } from './cast-data';
import { hash32, Rng } from './rng';

export type { Pronouns, Trait } from './cast-data';

export const PARTY = 'Civic Alliance';

/** A person's account on one platform, as the generator needs it to write their own posts and replies. */
export interface OwnAccount {
  platform: Platform;
  handle: string;
  platformUserId: string;
  displayName: string;
  accountId: number;
  followers: number;
}

export interface CastMember {
  index: number;
  personId: number;
  name: string;
  first: string;
  role: Role;
  gender: CastSpec['gender'];
  pronouns: Pronouns;
  constituency: string;
  traits: Trait[];
  prominence: number;
  activity: number;
  /** Harmless aliases (nicknames, misspellings) usable in any post. */
  aliases: string[];
  abusiveAlias: string | null;
  accounts: Partial<Record<Platform, OwnAccount>>;
}

const MASTODON_HOME = 'mastodon.social';

/** How a post names an account in its text: @handle everywhere except Reddit, where it is u/name. */
export function mentionOf(platform: Platform, handle: string): string {
  return platform === 'reddit' ? `u/${handle}` : `@${handle}`;
}

/** The handle as stored in person_handles and written after '@' in post text. */
export function platformHandle(base: string, platform: Platform): string {
  switch (platform) {
    case 'bluesky':
      return `${base.toLowerCase()}.bsky.social`;
    case 'mastodon':
      return `${base}@${MASTODON_HOME}`;
    case 'instagram':
    case 'tiktok':
      return base.toLowerCase();
    case 'reddit':
      return `${base}_`;
    default:
      return base;
  }
}

/**
 * Platform user ids for the cast. Derived from the name, not the seed: the same fictional MP keeps the same
 * ids in every demo database, as a real one would.
 */
function ownUserId(platform: Platform, index: number): string {
  const r = new Rng(hash32(0xca57, index, PLATFORMS.indexOf(platform)));
  const digits = (n: number) => String(r.int(1, 9)) + r.chars('0123456789', n - 1);
  switch (platform) {
    case 'x':
      return digits(r.chance(0.5) ? 9 : 18);
    case 'bluesky':
      return `did:plc:${r.chars('abcdefghijklmnopqrstuvwxyz234567', 24)}`;
    case 'mastodon':
      return '1093' + r.chars('0123456789', 14);
    case 'facebook':
      return '1000' + r.chars('0123456789', 11);
    case 'instagram':
      return digits(10);
    case 'youtube':
      return 'UC' + r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', 22);
    case 'tiktok':
      return '68' + r.chars('0123456789', 17);
    case 'reddit':
      return 't2_' + r.chars('abcdefghijklmnopqrstuvwxyz0123456789', 8);
  }
}

export interface CastAccountWriter {
  account(
    a: {
      platform: string;
      platformUserId: string;
      handle: string;
      displayName: string;
      accountCreatedAt: string;
      followers: number;
    },
    seenAt: string,
  ): number;
}

/**
 * Inserts the cast (people, handles, aliases) and their own platform accounts. `createdAt` pins the rows'
 * timestamps: insertPerson stamps the wall clock, which would make two demo databases differ.
 */
export function insertCast(
  db: DB,
  writer: CastAccountWriter,
  createdAt: string,
  firstSeen: string,
): CastMember[] {
  const members: CastMember[] = [];
  const pin = db.prepare('UPDATE people SET created_at = ?, updated_at = ? WHERE id = ?');
  CAST.forEach((spec, index) => {
    const personId = insertPerson(db, {
      name: spec.name,
      role: spec.role,
      party: PARTY,
      constituency: spec.constituency,
      gender: spec.gender,
      notes: `Fictional demo person. ${spec.notes}`,
      externalId: `demo-${index + 1}`,
    });
    pin.run(createdAt, createdAt, personId);
    const accounts: CastMember['accounts'] = {};
    for (const platform of spec.platforms) {
      const handle = platformHandle(spec.handle, platform);
      const platformUserId = ownUserId(platform, index);
      addHandle(db, personId, platform, handle, platformUserId);
      const displayName =
        platform === 'reddit' ? handle : `${spec.name}${spec.role === 'candidate' ? '' : ' MP'}`;
      const r = new Rng(hash32(0xf011, index, PLATFORMS.indexOf(platform)));
      const followers = Math.round(spec.prominence * (platform === 'x' ? 9000 : 2500) * (0.5 + r.next()));
      const accountId = writer.account(
        {
          platform,
          platformUserId,
          handle,
          displayName,
          accountCreatedAt: accountBirth(platform, r),
          followers,
        },
        firstSeen,
      );
      accounts[platform] = { platform, handle, platformUserId, displayName, accountId, followers };
    }
    for (const n of spec.nicknames) addAlias(db, personId, n, 'nickname');
    for (const m of spec.misspellings) addAlias(db, personId, m, 'misspelling');
    if (spec.abusive) addAlias(db, personId, spec.abusive, 'abusive');
    members.push({
      index,
      personId,
      name: spec.name,
      first: spec.name.split(' ')[0] as string,
      role: spec.role,
      gender: spec.gender,
      pronouns: spec.pronouns,
      constituency: spec.constituency,
      traits: spec.traits,
      prominence: spec.prominence,
      activity: spec.activity,
      aliases: [...spec.nicknames, ...spec.misspellings],
      abusiveAlias: spec.abusive ?? null,
      accounts,
    });
  });
  return members;
}

/** Plausible sign-up dates for a public figure: after the platform existed, before the demo window. */
function accountBirth(platform: Platform, r: Rng): string {
  const from: Record<Platform, number> = {
    x: 2010,
    bluesky: 2023,
    mastodon: 2022,
    facebook: 2010,
    instagram: 2013,
    youtube: 2012,
    tiktok: 2020,
    reddit: 2015,
  };
  const year = r.int(from[platform], platform === 'bluesky' ? 2024 : 2023);
  return new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28), r.int(8, 20), r.int(0, 59))).toISOString();
}

/** Exposed for tests: the specs without touching a database. */
export function castSpecs(): readonly Pick<
  CastSpec,
  'name' | 'nicknames' | 'misspellings' | 'abusive' | 'constituency'
>[] {
  return CAST;
}
