/**
 * The demo's fictional party and its people. Every name and constituency here is invented and was checked
 * against the 2024 roster of real UK MPs so the demo can never put abuse next to a real member's name.
 * The cast is deliberately varied (gender, ethnicity, faith, sexuality, disability) because identity-based
 * abuse categories need plausible targets, exactly as they do in real monitoring.
 */
import type { DB } from '../../db/connection';
import { addAlias, addHandle, insertPerson, type Role } from '../../db/people';
import { PLATFORMS, type Platform } from '../../db/posts';
import { hash32, Rng } from './rng';

export const PARTY = 'Civic Alliance';
export const PARTY_NICKNAME = 'the Civvies';

/** What the text generator needs to know to aim identity-based abuse plausibly. */
export type Trait =
  'black' | 'south_asian' | 'east_asian' | 'arab' | 'muslim' | 'jewish' | 'lgbtq' | 'disabled';

export type Pronouns = 'she' | 'he' | 'they';

interface CastSpec {
  name: string;
  role: Role;
  gender: 'female' | 'male' | 'non-binary';
  pronouns: Pronouns;
  constituency: string;
  traits: Trait[];
  /** Relative share of mentions: the leader draws far more attention than a backbencher. */
  prominence: number;
  /** Relative share of the people's own posts. */
  activity: number;
  /** Base handle; per-platform spellings are derived from it. */
  handle: string;
  platforms: Platform[];
  nicknames: string[];
  misspellings: string[];
  abusive?: string;
  notes: string;
}

const CAST: CastSpec[] = [
  {
    name: 'Imogen Hartwell',
    role: 'leader',
    gender: 'female',
    pronouns: 'she',
    constituency: 'Kestrel Vale',
    traits: [],
    prominence: 30,
    activity: 10,
    handle: 'ImogenHartwell',
    platforms: ['x', 'bluesky', 'mastodon', 'facebook', 'instagram', 'youtube', 'tiktok', 'reddit'],
    nicknames: ['Immy'],
    misspellings: ['Imogen Heartwell', 'Imogen Hartwall'],
    abusive: 'Heartless Hartwell',
    notes: 'Party leader.',
  },
  {
    name: 'Daniel Okonkwo',
    role: 'mp',
    gender: 'male',
    pronouns: 'he',
    constituency: 'Ashby Marsh',
    traits: ['black'],
    prominence: 9,
    activity: 6,
    handle: 'DanielOkonkwoMP',
    platforms: ['x', 'bluesky', 'facebook', 'instagram', 'youtube'],
    nicknames: ['Dan Okonkwo'],
    misspellings: ['Daniel Okonkow', 'Danial Okonkwo'],
    notes: 'Shadow health spokesperson.',
  },
  {
    name: 'Priya Raghunathan',
    role: 'mp',
    gender: 'female',
    pronouns: 'she',
    constituency: 'Millbrook North',
    traits: ['south_asian'],
    prominence: 8,
    activity: 5,
    handle: 'PriyaRaghunathan',
    platforms: ['x', 'bluesky', 'facebook', 'instagram'],
    nicknames: ['Priya Rags'],
    misspellings: ['Priya Ragunathan', 'Priya Raghunatan'],
    notes: 'Housing spokesperson.',
  },
  {
    name: 'Yusuf Haddad',
    role: 'mp',
    gender: 'male',
    pronouns: 'he',
    constituency: 'Carrow Bridge',
    traits: ['arab', 'muslim'],
    prominence: 7,
    activity: 4,
    handle: 'YusufHaddadMP',
    platforms: ['x', 'bluesky', 'facebook', 'tiktok'],
    nicknames: ['Yus Haddad'],
    misspellings: ['Yousef Haddad', 'Yusuf Hadad'],
    notes: 'Former A&E nurse.',
  },
  {
    name: 'Naomi Feldstein',
    role: 'mp',
    gender: 'female',
    pronouns: 'she',
    constituency: 'Thornwick and Hale',
    traits: ['jewish'],
    prominence: 7,
    activity: 5,
    handle: 'NaomiFeldstein',
    platforms: ['x', 'bluesky', 'mastodon', 'facebook', 'instagram'],
    nicknames: ['Nomi Feldstein'],
    misspellings: ['Naomi Feldstien', 'Naomi Feldstine'],
    notes: 'Treasury spokesperson.',
  },
  {
    name: 'Callum Strachan',
    role: 'mp',
    gender: 'male',
    pronouns: 'he',
    constituency: 'Glenarden West',
    traits: ['lgbtq'],
    prominence: 6,
    activity: 6,
    handle: 'CallumStrachan',
    platforms: ['x', 'bluesky', 'mastodon', 'instagram', 'tiktok', 'reddit'],
    nicknames: ['Cal Strachan'],
    misspellings: ['Callum Strachen', 'Calum Strachan'],
    abusive: 'Groomer Strachan',
    notes: 'Scottish affairs; first openly gay MP for the seat.',
  },
  {
    name: 'Bethan Pryce',
    role: 'mp',
    gender: 'female',
    pronouns: 'she',
    constituency: 'Afon Teg',
    traits: ['disabled'],
    prominence: 5,
    activity: 4,
    handle: 'BethanPryceAS',
    platforms: ['x', 'bluesky', 'facebook', 'youtube'],
    nicknames: ['Beth Pryce'],
    misspellings: ['Bethan Price', 'Bethen Pryce'],
    notes: 'Disability rights campaigner; wheelchair user.',
  },
  {
    name: 'Aisha Rahman',
    role: 'mp',
    gender: 'female',
    pronouns: 'she',
    constituency: 'Eastferry',
    traits: ['south_asian', 'muslim'],
    prominence: 8,
    activity: 6,
    handle: 'AishaRahmanMP',
    platforms: ['x', 'bluesky', 'facebook', 'instagram', 'tiktok'],
    nicknames: ['Aish Rahman'],
    misspellings: ['Ayesha Rahman', 'Aisha Rehman'],
    abusive: 'Islamist Aisha',
    notes: 'Education spokesperson.',
  },
  {
    name: 'Tom Whitlock',
    role: 'mp',
    gender: 'male',
    pronouns: 'he',
    constituency: 'Brackenfield',
    traits: [],
    prominence: 5,
    activity: 3,
    handle: 'TomWhitlockMP',
    platforms: ['x', 'facebook', 'youtube'],
    nicknames: ['Tommy Whitlock'],
    misspellings: ['Tom Whitlok', 'Tom Witlock'],
    notes: 'Former bus driver; transport spokesperson.',
  },
  {
    name: 'Siobhan Kearney',
    role: 'mp',
    gender: 'female',
    pronouns: 'she',
    constituency: 'Holmefield Cross',
    traits: [],
    prominence: 5,
    activity: 4,
    handle: 'SiobhanKearney',
    platforms: ['x', 'bluesky', 'facebook', 'instagram'],
    nicknames: ['Shiv Kearney'],
    misspellings: ['Shivon Kearney', 'Siobhan Kearny'],
    notes: 'Chief whip.',
  },
  {
    name: 'Jordan Ellery',
    role: 'mp',
    gender: 'non-binary',
    pronouns: 'they',
    constituency: 'Saltmarsh and Dene',
    traits: ['lgbtq'],
    prominence: 6,
    activity: 6,
    handle: 'JordanEllery',
    platforms: ['x', 'bluesky', 'mastodon', 'instagram', 'tiktok'],
    nicknames: ['Jordy Ellery'],
    misspellings: ['Jordan Ellory', 'Jordan Elery'],
    notes: 'Uses they/them. Culture spokesperson.',
  },
  {
    name: 'Grace Nakamura',
    role: 'mp',
    gender: 'female',
    pronouns: 'she',
    constituency: 'Wexcombe',
    traits: ['east_asian'],
    prominence: 4,
    activity: 4,
    handle: 'GraceNakamuraMP',
    platforms: ['x', 'bluesky', 'instagram', 'youtube'],
    nicknames: ['Gracie Nakamura'],
    misspellings: ['Grace Nakamuro', 'Grace Nakumura'],
    notes: 'Science and technology spokesperson.',
  },
  {
    name: 'Harjit Dhillon',
    role: 'mp',
    gender: 'male',
    pronouns: 'he',
    constituency: 'Fenbridge South',
    traits: ['south_asian'],
    prominence: 4,
    activity: 3,
    handle: 'HarjitDhillonMP',
    platforms: ['x', 'facebook', 'instagram'],
    nicknames: ['Harj Dhillon'],
    misspellings: ['Harjeet Dhillon', 'Harjit Dhilon'],
    notes: 'Small business spokesperson; British Sikh.',
  },
  {
    name: 'Kwame Asante',
    role: 'mp',
    gender: 'male',
    pronouns: 'he',
    constituency: 'Lowther Park',
    traits: ['black'],
    prominence: 5,
    activity: 5,
    handle: 'KwameAsanteMP',
    platforms: ['x', 'bluesky', 'facebook', 'tiktok', 'youtube'],
    nicknames: ['Kwams Asante'],
    misspellings: ['Kwame Asanti', 'Kwami Asante'],
    notes: 'Justice spokesperson; former barrister.',
  },
  {
    name: 'Oliver Penhallow',
    role: 'mp',
    gender: 'male',
    pronouns: 'he',
    constituency: 'Tregarrow Bay',
    traits: [],
    prominence: 3,
    activity: 3,
    handle: 'OliverPenhallow',
    platforms: ['x', 'bluesky', 'facebook', 'reddit'],
    nicknames: ['Olly Penhallow'],
    misspellings: ['Oliver Penhallo', 'Oliver Penhalow'],
    notes: 'Farming and fisheries spokesperson.',
  },
  {
    name: 'Marta Kowalski',
    role: 'mp',
    gender: 'female',
    pronouns: 'she',
    constituency: 'Sandmere',
    traits: [],
    prominence: 4,
    activity: 4,
    handle: 'MartaKowalskiMP',
    platforms: ['x', 'bluesky', 'facebook', 'instagram'],
    nicknames: ['Marty K'],
    misspellings: ['Martha Kowalski', 'Marta Kowalsky'],
    notes: 'Polish-British; work and pensions spokesperson.',
  },
  {
    name: 'Rhys Calloway',
    role: 'candidate',
    gender: 'male',
    pronouns: 'he',
    constituency: 'Brightwater',
    traits: [],
    prominence: 2,
    activity: 3,
    handle: 'RhysCalloway',
    platforms: ['x', 'bluesky', 'facebook'],
    nicknames: ['Rhyso'],
    misspellings: ['Reece Calloway', 'Rhys Caloway'],
    notes: 'Prospective candidate at the next by-election.',
  },
];

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
