/**
 * Hashtag and link bursts aimed at one person: one hashtag (or one link) used by many different
 * accounts within a window, in posts that mostly mention the same person, far more than that hashtag
 * is usually used about them.
 *
 * "Aimed at one person" is `focus`: the share of the hashtag's posts in the window that mention them.
 * A trending news hashtag passes these tests too (#PMQs on a busy Wednesday), so whether a burst is
 * coordinated is decided after the accounts are known (see gate.ts): new accounts, or mostly abuse.
 */
import type { Corpus, Occurrences } from '../corpus';
import type { BurstParams } from '../params';
import { burstRanges, byTime, distinctAccounts } from '../windows';
import { shareRatio, type PersonVolume } from './coposting';
import type { Candidate } from './types';

const MINUTE = 60_000;

export function detectBursts(
  c: Corpus,
  occ: Occurrences,
  kind: 'hashtag' | 'link',
  p: BurstParams,
  volume: PersonVolume,
): Candidate[] {
  const windowMs = p.windowMinutes * MINUTE;
  // Posts per key (a post lists each hashtag once, so these are distinct posts).
  const byKey = new Map<number, number[]>();
  for (let i = 0; i < occ.key.length; i++) {
    const k = occ.key[i]!;
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(occ.idx[i]!);
  }
  const out: Candidate[] = [];
  for (const [key, posts] of byKey) {
    if (posts.length < p.minAccounts) continue;
    const all = byTime(posts, c.times);
    const allTimes = Float64Array.from(all, (i) => c.times[i]!);
    const byPerson = new Map<number, number[]>();
    for (const idx of all) {
      for (let k = c.personStart[idx]!; k < c.personStart[idx + 1]!; k++) {
        const person = c.personIds[k]!;
        let list = byPerson.get(person);
        if (!list) byPerson.set(person, (list = []));
        list.push(idx);
      }
    }
    for (const [personId, series] of byPerson) {
      if (series.length < p.minAccounts) continue;
      for (const r of burstRanges(series, c.times, c.accounts, windowMs, p.minAccounts)) {
        const members = series.slice(r.from, r.to + 1);
        const from = c.times[members[0]!]!;
        const to = c.times[members[members.length - 1]!]!;
        const withKey = countBetween(allTimes, from, to);
        const focus = members.length / Math.max(withKey, 1);
        if (focus < p.focus) continue;
        const personIn = volume.between(personId, from, to);
        const ratio = shareRatio(members.length, series.length, personIn, volume.total(personId));
        if (ratio < p.burstRatio) continue;
        out.push({
          kind,
          personId,
          members,
          label: occ.keys[key]!,
          target: null,
          signals: {
            distinctAccounts: distinctAccounts(series, c.accounts, r.from, r.to),
            burstRatio: Math.round(ratio * 10) / 10,
            focus: Math.round(focus * 100) / 100,
            usesEver: series.length,
            shareOfPersonPosts: Math.round((members.length / Math.max(personIn, 1)) * 100) / 100,
          },
        });
      }
    }
  }
  return out;
}

function countBetween(sorted: Float64Array, from: number, to: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  let n = 0;
  for (let i = lo; i < sorted.length && sorted[i]! <= to; i++) n++;
  return n;
}
