/**
 * Planted hostile activity with a known answer, for the campaign detectors to be scored against:
 *  - coordinated campaigns: many throwaway accounts (days old, a handful of followers) posting the same
 *    message with small edits (word swaps, emoji, punctuation) at one person, sharing a hashtag, within
 *    two hours; one of them is pure political criticism, because coordination is not the same as abuse;
 *  - pile-ons: many different existing accounts replying to one of the person's own posts within a few
 *    hours, a mix of abuse and criticism, with some organic supportive replies mixed in (not part of it).
 *  - hashtag and link bursts (demos of 20,000 posts or more): one hashtag, or one link to a smear
 *    article, pushed at one person within six hours by a mix of throwaway and existing accounts, each
 *    writing their own (mostly abusive) words around it — coordination without copied text.
 * Sizes grow with the database but never vanish: even a 500-post demo has a campaign and a pile-on.
 */
import type { Platform } from '../../db/posts';
import type { AccountPool } from './accounts';
import type { CastMember } from './cast';
import type { CategoryKey, Choice } from './categories';
import type { ParentRef } from './platforms';
import { weighted, type Rng, type Weighted } from './rng';
import { DAY_MS, HOUR_MS, type Timeline } from './timeline';

export interface Campaign {
  id: string;
  kind: 'coordinated' | 'pileon' | 'hashtag' | 'link';
  person: CastMember;
  platform: Platform;
  category: CategoryKey | 'mixed';
  hashtag: string | null;
  /** Link bursts: the shared link. */
  link: string | null;
  accountIds: Set<number>;
  posts: number;
  firstMs: number;
  lastMs: number;
  /** Pile-ons: the person's post everyone replies to, once written. */
  target: { postId: number; ref: ParentRef } | null;
}

export type Planted =
  | { kind: 'coord'; ms: number; campaign: Campaign; fresh: number; createdMs: number; text: string }
  | { kind: 'trigger'; ms: number; campaign: Campaign; text: string }
  | {
      kind: 'reply';
      ms: number;
      campaign: Campaign;
      choice: Choice;
      /** Pool index of an existing account, or -1 - n for throwaway account n. */
      account: number;
      createdMs: number;
      inCampaign: boolean;
    }
  | {
      kind: 'burst';
      ms: number;
      campaign: Campaign;
      choice: Choice;
      /** Pool index of an existing account, or -1 - n for throwaway account n. */
      account: number;
      createdMs: number;
    };

interface CoordSpec {
  person: string;
  platform: Platform;
  category: CategoryKey;
  hashtag: string;
  /** Segments of the message; the first alternative is the "script", the others are edits. */
  segments: string[][];
}

const COORDINATED: CoordSpec[] = [
  {
    person: 'Priya Raghunathan',
    platform: 'x',
    category: 'misogyny',
    hashtag: '#PriyaOut',
    segments: [
      ['{h} you are'],
      [' a disgrace to {const}', ' an embarrassment to {const}', ' a joke in {const}'],
      ['.', '!', '!!', ' -'],
      [' Silly little girl,', ' Stupid little girl,', ' Silly little girl.', ' Silly girl,'],
      [' get back in the kitchen', ' back to the kitchen', ' go back to the kitchen'],
      [' and step down.', ' and resign.', ' and STEP DOWN.', '. Step down.'],
    ],
  },
  {
    person: 'Imogen Hartwell',
    platform: 'x',
    category: 'political_criticism',
    hashtag: '#HartwellMustGo',
    segments: [
      ['{h}'],
      [' sold out', ' betrayed', ' abandoned'],
      [' every pensioner in the country', ' every pensioner in Britain', ' millions of pensioners'],
      [' with the winter fuel cut.', ' with the winter fuel cut!', ' with that winter fuel cut.'],
      [' Resign now.', ' Resign.', ' Time to go.', ' RESIGN NOW.'],
    ],
  },
  {
    person: 'Yusuf Haddad',
    platform: 'bluesky',
    category: 'islamophobia',
    hashtag: '#DeportHaddad',
    segments: [
      ['{h}'],
      [' wants sharia law in {const}.', ' is bringing sharia law to {const}.', ' wants sharia in {const}.'],
      [' Deport him.', ' Send him back.', ' DEPORT HIM.', ' Deport.'],
    ],
  },
];

interface PileOnSpec {
  person: string;
  platform: Platform;
  trigger: string;
  mix: Weighted<Choice>;
}

const PILE_ONS: PileOnSpec[] = [
  {
    person: 'Daniel Okonkwo',
    platform: 'x',
    trigger:
      'Proud to launch our plan to cut NHS waiting lists today. Every patient deserves to be seen on time.',
    mix: weighted<Choice>([
      ['racism', 0.35],
      ['personal_insult', 0.2],
      ['profanity', 0.15],
      ['dehumanisation', 0.1],
      ['political_criticism', 0.15],
      ['harm_incitement', 0.05],
    ]),
  },
  {
    person: 'Callum Strachan',
    platform: 'instagram',
    trigger: 'Proud to march at Glenarden Pride today 🏳️‍🌈 Love is love.',
    mix: weighted<Choice>([
      ['anti_lgbtq', 0.45],
      ['personal_insult', 0.15],
      ['profanity', 0.15],
      ['dehumanisation', 0.1],
      ['political_criticism', 0.15],
    ]),
  },
  {
    person: 'Imogen Hartwell',
    platform: 'facebook',
    trigger: 'My statement on the welfare vote. We will not support cuts that push families into poverty.',
    mix: weighted<Choice>([
      ['political_criticism', 0.45],
      ['profanity', 0.2],
      ['personal_insult', 0.2],
      ['misogyny', 0.1],
      ['harm_incitement', 0.05],
    ]),
  },
];

interface BurstSpec {
  kind: 'hashtag' | 'link';
  person: string;
  platform: Platform;
  /** The hashtag, or the link everyone shares. */
  marker: string;
  mix: Weighted<Choice>;
}

const BURSTS: BurstSpec[] = [
  {
    kind: 'hashtag',
    person: 'Aisha Rahman',
    platform: 'x',
    marker: '#RahmanOut',
    mix: weighted<Choice>([
      ['personal_insult', 0.3],
      ['profanity', 0.2],
      ['islamophobia', 0.2],
      ['dehumanisation', 0.1],
      ['political_criticism', 0.2],
    ]),
  },
  {
    kind: 'link',
    person: 'Bethan Pryce',
    platform: 'x',
    marker: 'https://westminster-exposed.co.uk/exclusive/expenses-cover-up',
    mix: weighted<Choice>([
      ['personal_insult', 0.35],
      ['profanity', 0.25],
      ['harm_incitement', 0.1],
      ['political_criticism', 0.3],
    ]),
  },
];

export interface CampaignPlan {
  campaigns: Campaign[];
  /** Sorted by time; merged into the ordinary stream as the generator walks the timeline. */
  planted: Planted[];
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

export function planCampaigns(
  rng: Rng,
  posts: number,
  tl: Timeline,
  cast: CastMember[],
  pool: AccountPool,
): CampaignPlan {
  const count = posts < 20_000 ? 1 : posts < 200_000 ? 2 : 3;
  let accounts = clamp(Math.round(posts / 2500), 12, 400);
  let replies = clamp(Math.round(posts / 2000), 15, 600);
  // Tiny demos: planted posts may take at most ~40% of the total.
  const planned = count * (accounts * 1.15 + replies * 1.12 + 1);
  if (planned > posts * 0.4) {
    const f = (posts * 0.4) / planned;
    accounts = Math.max(2, Math.floor(accounts * f));
    replies = Math.max(2, Math.floor(replies * f));
  }
  if (posts < 20) return { campaigns: [], planted: [] };

  const byName = (name: string) => {
    const m = cast.find((c) => c.name === name);
    if (!m) throw new Error(`demo campaign target ${name} is not in the cast`);
    return m;
  };
  const days = Math.round((tl.endMs - tl.startMs) / DAY_MS);
  const usedDays = new Set<number>();
  // Campaigns on separate days (not adjacent), so each one is a clean, separately scorable event.
  const pickDay = () => {
    let d = rng.int(14, days - 3);
    for (
      let tries = 0;
      tries < 1000 && (usedDays.has(d) || usedDays.has(d - 1) || usedDays.has(d + 1));
      tries++
    ) {
      d = rng.int(14, days - 3);
    }
    usedDays.add(d);
    return d;
  };

  const campaigns: Campaign[] = [];
  const planted: Planted[] = [];
  let fresh = 0;
  const taken = new Set<number>();

  for (let i = 0; i < count; i++) {
    const spec = COORDINATED[i]!;
    const person = byName(spec.person);
    const handle = person.accounts[spec.platform]!.handle;
    // UK evening (17:00-20:00 UTC), when such pushes are usually timed.
    const start = tl.startMs + pickDay() * DAY_MS + rng.int(17, 20) * HOUR_MS + rng.int(0, 59) * 60_000;
    const window = 2 * HOUR_MS;
    const c = newCampaign(
      `coord-${i + 1}`,
      'coordinated',
      person,
      spec.platform,
      spec.category,
      spec.hashtag,
    );
    campaigns.push(c);
    for (let a = 0; a < accounts; a++) {
      const n = fresh++;
      const createdMs = start - rng.int(1, 30) * DAY_MS - rng.int(0, DAY_MS - 1);
      let ms = start + Math.floor(window * rng.next() ** 1.6);
      const times = rng.chance(0.15)
        ? [ms, Math.min(start + window - 1, ms + rng.int(3, 25) * 60_000)]
        : [ms];
      for (ms of times) {
        const text = scripted(rng, spec, person, handle);
        planted.push({ kind: 'coord', ms, campaign: c, fresh: n, createdMs, text });
      }
    }
  }

  for (let i = 0; i < count; i++) {
    const spec = PILE_ONS[i]!;
    const person = byName(spec.person);
    const c = newCampaign(`pileon-${i + 1}`, 'pileon', person, spec.platform, 'mixed', null);
    campaigns.push(c);
    const t0 = tl.startMs + pickDay() * DAY_MS + rng.int(9, 15) * HOUR_MS + rng.int(0, 59) * 60_000;
    planted.push({ kind: 'trigger', ms: t0, campaign: c, text: spec.trigger });
    const fromPool = Math.min(replies, pool.capacity(spec.platform));
    const members = pool.distinct(spec.platform, rng, fromPool, taken);
    const organic = Math.max(1, Math.round(replies * 0.12));
    for (let k = 0; k < replies + organic; k++) {
      const inCampaign = k < replies;
      // Most of a pile-on lands in the first hour, then it tails off.
      const ms = t0 + 90_000 + Math.floor(3 * HOUR_MS * rng.next() ** 2.2);
      let account: number;
      let createdMs = 0;
      if (inCampaign && k < members.length) account = members[k]!;
      else if (inCampaign) {
        account = -1 - fresh++;
        createdMs = t0 - rng.int(60, 2000) * DAY_MS - rng.int(0, DAY_MS - 1);
      } else account = pool.regular(spec.platform, rng);
      const choice: Choice = inCampaign ? spec.mix.sample(rng) : 'supportive';
      planted.push({ kind: 'reply', ms, campaign: c, choice, account, createdMs, inCampaign });
    }
  }

  // Planned after the others, so adding them changed nothing about the campaigns planted before.
  for (const spec of posts >= 20_000 ? BURSTS : []) {
    const person = byName(spec.person);
    const c = newCampaign(`${spec.kind}-1`, spec.kind, person, spec.platform, 'mixed', null);
    if (spec.kind === 'hashtag') c.hashtag = spec.marker;
    else c.link = spec.marker;
    campaigns.push(c);
    const start = tl.startMs + pickDay() * DAY_MS + rng.int(16, 19) * HOUR_MS + rng.int(0, 59) * 60_000;
    const fromPool = Math.min(Math.ceil(accounts / 2), pool.capacity(spec.platform));
    const members = pool.distinct(spec.platform, rng, fromPool, taken);
    for (let a = 0; a < accounts; a++) {
      const account = a < members.length ? members[a]! : -1 - fresh++;
      const createdMs = account < 0 ? start - rng.int(1, 20) * DAY_MS - rng.int(0, DAY_MS - 1) : 0;
      const ms = start + Math.floor(6 * HOUR_MS * rng.next() ** 1.3);
      planted.push({ kind: 'burst', ms, campaign: c, choice: spec.mix.sample(rng), account, createdMs });
    }
  }

  planted.sort((a, b) => a.ms - b.ms || rank(a) - rank(b));
  return { campaigns, planted };
}

/** Triggers sort before replies landing in the same millisecond (they cannot, but be certain). */
function rank(p: Planted): number {
  return p.kind === 'trigger' ? 0 : 1;
}

function newCampaign(
  id: string,
  kind: Campaign['kind'],
  person: CastMember,
  platform: Platform,
  category: Campaign['category'],
  hashtag: string | null,
): Campaign {
  return {
    id,
    kind,
    person,
    platform,
    category,
    hashtag,
    link: null,
    accountIds: new Set(),
    posts: 0,
    firstMs: Infinity,
    lastMs: 0,
    target: null,
  };
}

/** One copy of the script: mostly the original words, a few swapped, sometimes an emoji or a moved hashtag. */
function scripted(rng: Rng, spec: CoordSpec, person: CastMember, handle: string): string {
  let s = '';
  for (const alts of spec.segments) s += rng.chance(0.6) ? alts[0] : rng.pick(alts);
  s = s.replace('{h}', `@${handle}`).replace('{const}', person.constituency);
  const u = rng.next();
  if (u < 0.1) s = `${spec.hashtag} ${s}`;
  else s = `${s} ${spec.hashtag}`;
  if (rng.chance(0.3)) s += ` ${rng.pick(['😡', '👋', '🤡', '🇬🇧', '‼️'])}`;
  return s;
}
