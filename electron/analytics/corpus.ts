/**
 * One pass over every post that mentions someone, kept as typed arrays (about 60 bytes a post plus
 * the signatures), from which every detector works. Post text is not kept: each post's MinHash
 * signature, hashtags, links and reply key are taken from it as it streams past.
 *
 * Indexes into these arrays ("idx") are not post ids; `ids[idx]` is.
 */
import { iterateDetectionPosts, postIdSpan } from '../../db/analytics';
import type { DB } from '../../db/connection';
import { hashtagsOf, K, linksOf, signature, wordHashes } from './text';

const KNOWN_PLATFORMS = ['x', 'bluesky', 'mastodon', 'facebook', 'instagram', 'youtube', 'tiktok', 'reddit'];

export interface Corpus {
  n: number;
  ids: Int32Array;
  /** created_at in ms since the epoch. */
  times: Float64Array;
  /** accounts.id, or -1 - idx when a post has no account (each then counts as its own account). */
  accounts: Int32Array;
  platforms: Uint8Array;
  abusive: Uint8Array;
  hostile: Uint8Array;
  /** Word count (handles and links excluded); 0 means no signature was taken. */
  wordCounts: Uint16Array;
  /** K values per post. */
  signatures: Uint32Array;
  /** People each post mentions: personIds[personStart[idx] .. personStart[idx + 1]). */
  personStart: Int32Array;
  personIds: Int32Array;
  /** The person a reply was aimed at (mention found through the reply), or 0. */
  replyPerson: Int32Array;
  /** Reply thread key (index into replyKeys), or -1. */
  replyKey: Int32Array;
  replyKeys: string[];
  /** Hashtag and link occurrences: parallel lists of (key index, post idx). */
  tags: Occurrences;
  links: Occurrences;
  platformName(code: number): string;
  firstMs: number;
  lastMs: number;
}

export interface Occurrences {
  keys: string[];
  key: number[];
  idx: number[];
}

function occurrences(): Occurrences & { intern: Map<string, number>; add(k: string, idx: number): void } {
  const o = {
    keys: [] as string[],
    key: [] as number[],
    idx: [] as number[],
    intern: new Map<string, number>(),
    add(k: string, idx: number) {
      let id = o.intern.get(k);
      if (id === undefined) {
        id = o.keys.length;
        o.keys.push(k);
        o.intern.set(k, id);
      }
      o.key.push(id);
      o.idx.push(idx);
    },
  };
  return o;
}

function grow<T extends Int32Array | Float64Array | Uint8Array | Uint16Array | Uint32Array>(
  a: T,
  size: number,
): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Fast parse of 'YYYY-MM-DDTHH:MM:SS(.sss)Z' (what Bulwark stores); anything else via Date.parse. */
export function isoMs(s: string): number {
  if (s.length >= 20 && s.charCodeAt(4) === 45 && s.charCodeAt(10) === 84) {
    const d = (i: number) => s.charCodeAt(i) - 48;
    const ms = s.charCodeAt(19) === 46 && s.length >= 24 ? d(20) * 100 + d(21) * 10 + d(22) : 0;
    return (
      Date.UTC(
        d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3),
        d(5) * 10 + d(6) - 1,
        d(8) * 10 + d(9),
        d(11) * 10 + d(12),
        d(14) * 10 + d(15),
        d(17) * 10 + d(18),
      ) + ms
    );
  }
  return Date.parse(s);
}

export function loadCorpus(db: DB, opts: { minWords: number }): Corpus {
  let cap = Math.max(1024, postIdSpan(db));
  let ids = new Int32Array(cap);
  let times = new Float64Array(cap);
  let accounts = new Int32Array(cap);
  let platforms = new Uint8Array(cap);
  let abusive = new Uint8Array(cap);
  let hostile = new Uint8Array(cap);
  let wordCounts = new Uint16Array(cap);
  let signatures = new Uint32Array(cap * K);
  let personStart = new Int32Array(cap + 1);
  let replyPerson = new Int32Array(cap);
  let replyKey = new Int32Array(cap);
  const personList: number[] = [];
  const replyKeys: string[] = [];
  const replyIntern = new Map<string, number>();
  const tags = occurrences();
  const links = occurrences();
  const PLATFORM_CODES = [...KNOWN_PLATFORMS];
  const platformCode = new Map(PLATFORM_CODES.map((p, i) => [p, i]));

  let n = 0;
  let lastId = -1;
  let firstMs = Infinity;
  let lastMs = -Infinity;
  const rows = iterateDetectionPosts(db);
  for (const [id, created, account, platform, ab, ho, text, replyTo, person, isReply] of rows) {
    if (id === lastId) {
      // The same post again, naming another person (or the same one found another way).
      const idx = n - 1;
      if (!personList.includes(person, personStart[idx])) personList.push(person);
      if (isReply) replyPerson[idx] = person;
      continue;
    }
    lastId = id;
    if (n === cap) {
      cap *= 2;
      ids = grow(ids, cap);
      times = grow(times, cap);
      accounts = grow(accounts, cap);
      platforms = grow(platforms, cap);
      abusive = grow(abusive, cap);
      hostile = grow(hostile, cap);
      wordCounts = grow(wordCounts, cap);
      signatures = grow(signatures, cap * K);
      personStart = grow(personStart, cap + 1);
      replyPerson = grow(replyPerson, cap);
      replyKey = grow(replyKey, cap);
    }
    const idx = n++;
    ids[idx] = id;
    const t = isoMs(created);
    times[idx] = t;
    if (t < firstMs) firstMs = t;
    if (t > lastMs) lastMs = t;
    accounts[idx] = account ?? -1 - idx;
    let pc = platformCode.get(platform);
    if (pc === undefined) {
      pc = PLATFORM_CODES.length;
      PLATFORM_CODES.push(platform);
      platformCode.set(platform, pc);
    }
    platforms[idx] = pc;
    abusive[idx] = ab;
    hostile[idx] = ho;
    personStart[idx] = personList.length;
    personList.push(person);
    replyPerson[idx] = isReply ? person : 0;

    const words = wordHashes(text);
    wordCounts[idx] = Math.min(words, 65535);
    if (words >= opts.minWords) signature(words, signatures, idx * K);

    if (replyTo !== null) {
      const key = `${platform}\u0000${replyTo}`;
      let r = replyIntern.get(key);
      if (r === undefined) {
        r = replyKeys.length;
        replyKeys.push(key);
        replyIntern.set(key, r);
      }
      replyKey[idx] = r;
    } else replyKey[idx] = -1;

    if (text.indexOf('#') !== -1) for (const tag of hashtagsOf(text)) tags.add(tag, idx);
    if (text.indexOf('://') !== -1) for (const link of linksOf(text)) links.add(link, idx);
  }
  personStart[n] = personList.length;

  return {
    n,
    ids: ids.subarray(0, n),
    times: times.subarray(0, n),
    accounts: accounts.subarray(0, n),
    platforms: platforms.subarray(0, n),
    abusive: abusive.subarray(0, n),
    hostile: hostile.subarray(0, n),
    wordCounts: wordCounts.subarray(0, n),
    signatures: signatures.subarray(0, n * K),
    personStart: personStart.subarray(0, n + 1),
    personIds: Int32Array.from(personList),
    replyPerson: replyPerson.subarray(0, n),
    replyKey: replyKey.subarray(0, n),
    replyKeys,
    tags: { keys: tags.keys, key: tags.key, idx: tags.idx },
    links: { keys: links.keys, key: links.key, idx: links.idx },
    platformName: (code) => PLATFORM_CODES[code] ?? 'unknown',
    firstMs: n ? firstMs : 0,
    lastMs: n ? lastMs : 0,
  };
}

/** Posts and abusive posts per person per UTC day, from the corpus (saves a second scan for spikes). */
export function dailyCounts(c: Corpus): { personId: number; day: string; posts: number; abusive: number }[] {
  const DAY = 86_400_000;
  const cells = new Map<number, { personId: number; dayIndex: number; posts: number; abusive: number }>();
  for (let i = 0; i < c.n; i++) {
    const d = Math.floor(c.times[i]! / DAY);
    for (let k = c.personStart[i]!; k < c.personStart[i + 1]!; k++) {
      const personId = c.personIds[k]!;
      const key = personId * 1_000_000 + d;
      let cell = cells.get(key);
      if (!cell) cells.set(key, (cell = { personId, dayIndex: d, posts: 0, abusive: 0 }));
      cell.posts++;
      cell.abusive += c.abusive[i]!;
    }
  }
  return [...cells.values()].map((x) => ({
    personId: x.personId,
    day: new Date(x.dayIndex * DAY).toISOString().slice(0, 10),
    posts: x.posts,
    abusive: x.abusive,
  }));
}
