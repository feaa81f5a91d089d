/**
 * Co-posting: near-identical text posted at one person by many different accounts within a short
 * window.
 *
 * 1. Group near-duplicates. Every post of `minWords` or more words has a MinHash signature (text.ts).
 *    Banding (LSH) puts posts whose signatures agree on a whole band into the same bucket; a post is
 *    joined (union-find) to the first post of its bucket when their estimated word overlap reaches
 *    `similarity - 0.1` (the slack keeps true matches that the 24-hash estimate undershoots). Edits
 *    such as swapped words, emoji or a moved hashtag leave most words, and so most bands, intact.
 * 2. Within each group and person, slide a window along time and keep runs where `minAccounts` or
 *    more different accounts posted.
 * 3. Keep a run only if it is `burstRatio` times more frequent than that message usually is at that
 *    person: common phrases ("you are an idiot") recur every day and are not coordination.
 * Cost is linear in the number of posts: one signature each, one lookup per band.
 */
import type { Corpus } from '../corpus';
import type { CopostingParams } from '../params';
import { BANDS, bandKey, estimatedSimilarity, K } from '../text';
import { burstRanges, distinctAccounts } from '../windows';
import type { Candidate } from './types';

const MINUTE = 60_000;

/** Open-addressing map from a 32-bit key to a cluster id (-1 = empty); later sets overwrite. */
class BucketTable {
  private readonly keys: Uint32Array;
  private readonly vals: Int32Array;
  private readonly mask: number;

  constructor(entries: number) {
    let size = 1024;
    while (size < entries * 2) size *= 2;
    this.keys = new Uint32Array(size);
    this.vals = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  get(key: number): number {
    let i = key & this.mask;
    for (;;) {
      const v = this.vals[i]!;
      if (v === -1 || this.keys[i] === key) return v;
      i = (i + 1) & this.mask;
    }
  }

  set(key: number, val: number): void {
    let i = key & this.mask;
    while (this.vals[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    this.keys[i] = key;
    this.vals[i] = val;
  }
}

function mixKey(band: number, person: number): number {
  let h = Math.imul(band ^ Math.imul(person, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  return Math.imul(h, 0xc2b2ae35) >>> 0;
}

/** Members of a cluster whose band keys are registered for later posts to find it by. */
const REGISTER_MEMBERS = 64;

/** How long a message stays "known" after its last use: its history is what a burst is measured against. */
const MEMORY_MS = 28 * 86_400_000;

/**
 * Near-duplicate clusters per person, as lists of corpus indexes in time order (only clusters of at
 * least `minSize`). Each cluster has a centre (its first post); a post joins a cluster found through a
 * shared band only if it is similar to that centre, never merely to some other member. Comparing with
 * the centre is what stops chaining: in a large database there is always a path of small edits from
 * any stock phrase to any other, and transitive grouping (union-find) swallows most posts into one
 * group. A cluster stays joinable for MEMORY_MS after its last post, so a phrase that is used every
 * week keeps its history and is not mistaken for a new message.
 */
export function nearDuplicateClusters(
  c: Corpus,
  p: CopostingParams,
  minSize: number,
): { personId: number; members: number[] }[] {
  const threshold = Math.max(0, p.similarity - 0.1);
  const order = timeOrder(c);
  const entries = c.personIds.length;
  const tables: BucketTable[] = [];
  for (let b = 0; b < BANDS; b++) tables.push(new BucketTable(entries));
  let cap = 1024;
  let centre = new Int32Array(cap);
  let last = new Float64Array(cap);
  let size = new Int32Array(cap);
  let person = new Int32Array(cap);
  let clusters = 0;
  const clusterOf = new Int32Array(entries).fill(-1);
  const keys = new Uint32Array(BANDS);

  for (const i of order) {
    if (c.wordCounts[i]! < p.minWords) continue;
    const t = c.times[i]!;
    for (let b = 0; b < BANDS; b++) keys[b] = bandKey(c.signatures, i * K, b);
    for (let k = c.personStart[i]!; k < c.personStart[i + 1]!; k++) {
      const who = c.personIds[k]!;
      let found = -1;
      for (let b = 0; b < BANDS && found < 0; b++) {
        const cid = tables[b]!.get(mixKey(keys[b]!, who));
        if (cid < 0 || person[cid] !== who || t - last[cid]! > MEMORY_MS) continue;
        if (estimatedSimilarity(c.signatures, i, centre[cid]!) >= threshold) found = cid;
      }
      if (found < 0) {
        if (clusters === cap) {
          cap *= 2;
          centre = grow(centre, cap);
          last = grow(last, cap);
          size = grow(size, cap);
          person = grow(person, cap);
        }
        found = clusters++;
        centre[found] = i;
        person[found] = who;
      }
      clusterOf[k] = found;
      last[found] = t;
      size[found]!++;
      // A cluster's first members register their bands (edits of the script become ways in); once it
      // is large (a stock phrase, or a campaign already found) more ways in add nothing but cost.
      if (size[found]! <= REGISTER_MEMBERS)
        for (let b = 0; b < BANDS; b++) tables[b]!.set(mixKey(keys[b]!, who), found);
    }
  }

  const lists = new Map<number, number[]>();
  for (const i of order) {
    for (let k = c.personStart[i]!; k < c.personStart[i + 1]!; k++) {
      const cid = clusterOf[k]!;
      if (cid < 0 || size[cid]! < minSize) continue;
      let list = lists.get(cid);
      if (!list) lists.set(cid, (list = []));
      list.push(i);
    }
  }
  return [...lists].map(([cid, members]) => ({ personId: person[cid]!, members }));
}

function grow<T extends Int32Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/** Corpus indexes in time order (usually already so: posts are mostly imported oldest first). */
export function timeOrder(c: Corpus): Int32Array {
  const order = new Int32Array(c.n);
  let sorted = true;
  for (let i = 0; i < c.n; i++) {
    order[i] = i;
    if (i > 0 && c.times[i]! < c.times[i - 1]!) sorted = false;
  }
  if (!sorted) order.sort((a, b) => c.times[a]! - c.times[b]! || a - b);
  return order;
}

/** Each person's posts in time order, to count how busy they were in any window and list those posts. */
export class PersonVolume {
  private readonly times = new Map<number, Float64Array>();
  private readonly idx = new Map<number, Int32Array>();

  constructor(c: Corpus, order: Int32Array = timeOrder(c)) {
    const counts = new Map<number, number>();
    for (const person of c.personIds) counts.set(person, (counts.get(person) ?? 0) + 1);
    const fill = new Map<number, number>();
    for (const [person, n] of counts) {
      this.times.set(person, new Float64Array(n));
      this.idx.set(person, new Int32Array(n));
      fill.set(person, 0);
    }
    for (const i of order) {
      for (let k = c.personStart[i]!; k < c.personStart[i + 1]!; k++) {
        const person = c.personIds[k]!;
        const at = fill.get(person)!;
        this.times.get(person)![at] = c.times[i]!;
        this.idx.get(person)![at] = i;
        fill.set(person, at + 1);
      }
    }
  }

  total(person: number): number {
    return this.times.get(person)?.length ?? 0;
  }

  /** Posts mentioning `person` with fromMs <= time <= toMs. */
  between(person: number, fromMs: number, toMs: number): number {
    const t = this.times.get(person);
    if (!t) return 0;
    return upper(t, toMs) - lower(t, fromMs);
  }

  /** Corpus indexes of those posts, in time order. */
  indexesBetween(person: number, fromMs: number, toMs: number): Int32Array {
    const t = this.times.get(person);
    if (!t) return new Int32Array(0);
    return this.idx.get(person)!.subarray(lower(t, fromMs), upper(t, toMs));
  }
}

/**
 * Adds to a co-posting burst the person's posts from the same minutes that are near-duplicates of any
 * of (up to 32 of) its members: edits too far from a cluster's centre start clusters of their own,
 * which may be too small to be found alone.
 */
export function absorbSimilar(
  c: Corpus,
  volume: PersonVolume,
  personId: number,
  members: number[],
  p: CopostingParams,
): number[] {
  const threshold = Math.max(0, p.similarity - 0.1);
  const have = new Set(members);
  const step = Math.max(1, Math.floor(members.length / 32));
  const sample = members.filter((_, k) => k % step === 0);
  const pad = (p.windowMinutes * MINUTE) / 4;
  const from = c.times[members[0]!]! - pad;
  const to = c.times[members[members.length - 1]!]! + pad;
  const out = [...members];
  for (const i of volume.indexesBetween(personId, from, to)) {
    if (have.has(i) || c.wordCounts[i]! < p.minWords) continue;
    if (sample.some((m) => estimatedSimilarity(c.signatures, i, m) >= threshold)) {
      have.add(i);
      out.push(i);
    }
  }
  return out.sort((a, b) => c.times[a]! - c.times[b]! || a - b);
}

function lower(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upper(a: Float64Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * How many times more of the person's posts in the burst were this message than usual. During a news
 * storm everything about a person rises together, so the message is compared with the person's whole
 * volume in the same minutes, not with the clock.
 */
export function shareRatio(
  inBurst: number,
  messageTotal: number,
  personInBurst: number,
  personTotal: number,
): number {
  const outsideShare = Math.max(messageTotal - inBurst, 1) / Math.max(personTotal - personInBurst, 1);
  const burstShare = inBurst / Math.max(personInBurst, inBurst);
  return burstShare / outsideShare;
}

export function detectCoposting(c: Corpus, p: CopostingParams, volume: PersonVolume): Candidate[] {
  const windowMs = p.windowMinutes * MINUTE;
  const out: Candidate[] = [];
  for (const { personId, members: series } of nearDuplicateClusters(c, p, p.minAccounts)) {
    for (const r of burstRanges(series, c.times, c.accounts, windowMs, p.minAccounts)) {
      const members = series.slice(r.from, r.to + 1);
      const from = c.times[members[0]!]!;
      const to = c.times[members[members.length - 1]!]!;
      const personIn = volume.between(personId, from, to);
      const ratio = shareRatio(members.length, series.length, personIn, volume.total(personId));
      if (ratio < p.burstRatio) continue;
      out.push({
        kind: 'coposting',
        personId,
        members,
        label: '',
        target: null,
        signals: {
          distinctAccounts: distinctAccounts(series, c.accounts, r.from, r.to),
          burstRatio: Math.round(ratio * 10) / 10,
          similarPostsEver: series.length,
          shareOfPersonPosts: Math.round((members.length / Math.max(personIn, 1)) * 100) / 100,
          meanSimilarity: meanSimilarity(c, members),
        },
      });
    }
  }
  return out;
}

/** Average estimated word overlap of each member with the first (a sample of at most 200). */
function meanSimilarity(c: Corpus, members: number[]): number {
  const step = Math.max(1, Math.floor(members.length / 200));
  let sum = 0;
  let n = 0;
  for (let k = step; k < members.length; k += step) {
    sum += estimatedSimilarity(c.signatures, members[0]!, members[k]!);
    n++;
  }
  return n ? Math.round((sum / n) * 100) / 100 : 1;
}
