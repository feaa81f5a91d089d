/**
 * Pile-ons: many different accounts replying to one of a person's posts within a short window, far
 * more than that person's posts usually draw, and mostly hostile (abuse or political attack rather
 * than support).
 *
 * A thread is every reply to one post (platform + the id replied to), whether or not the post itself
 * was imported: the replies say whose it was. "Usually draw" is the 90th percentile of the most
 * distinct repliers any window of the person's other threads on that platform reached, so a leader
 * whose every post gets dozens of replies is measured against that, not against a backbencher.
 */
import type { Corpus } from '../corpus';
import type { PileOnParams } from '../params';
import { burstRanges, byTime, distinctAccounts, maxDistinctInWindow } from '../windows';
import type { Candidate } from './types';

const MINUTE = 60_000;

interface Thread {
  key: number;
  person: number;
  platform: number;
  series: number[];
  peak: number;
}

export function detectPileOns(c: Corpus, p: PileOnParams): Candidate[] {
  const windowMs = p.windowMinutes * MINUTE;
  const byKey = new Map<number, number[]>();
  for (let i = 0; i < c.n; i++) {
    const key = c.replyKey[i]!;
    if (key < 0 || c.replyPerson[i] === 0) continue;
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(i);
  }
  const threads: Thread[] = [];
  const usual = new Map<string, number[]>();
  for (const [key, list] of byKey) {
    const series = byTime(list, c.times);
    const person = mostCommon(series.map((i) => c.replyPerson[i]!));
    const platform = c.platforms[series[0]!]!;
    const peak = maxDistinctInWindow(series, c.times, c.accounts, windowMs);
    threads.push({ key, person, platform, series, peak });
    const group = `${person}:${platform}`;
    let peaks = usual.get(group);
    if (!peaks) usual.set(group, (peaks = []));
    peaks.push(peak);
  }
  for (const peaks of usual.values()) peaks.sort((a, b) => a - b);

  const out: Candidate[] = [];
  for (const t of threads) {
    if (t.peak < p.minAccounts) continue;
    const typical = percentileWithout(usual.get(`${t.person}:${t.platform}`)!, t.peak, 0.9);
    if (t.peak < p.surgeFactor * typical) continue;
    // The busiest run of the thread is the pile-on; replies trickling in days later are not.
    const runs = burstRanges(t.series, c.times, c.accounts, windowMs, p.minAccounts);
    let best = runs[0];
    for (const r of runs) if (r.to - r.from > best!.to - best!.from) best = r;
    if (!best) continue;
    const members = t.series.slice(best.from, best.to + 1);
    let hostile = 0;
    for (const i of members) hostile += c.hostile[i]!;
    const hostileShare = hostile / members.length;
    if (hostileShare < p.minHostileShare) continue;
    const [platform, platformPostId] = splitKey(c.replyKeys[t.key]!);
    out.push({
      kind: 'pileon',
      personId: t.person,
      members,
      label: '',
      target: { platform, platformPostId },
      signals: {
        distinctAccounts: distinctAccounts(t.series, c.accounts, best.from, best.to),
        peakRepliers: t.peak,
        usualRepliers: Math.round(typical * 10) / 10,
        surge: Math.round((t.peak / Math.max(typical, 1)) * 10) / 10,
        hostileShare: Math.round(hostileShare * 100) / 100,
        repliesEver: t.series.length,
      },
    });
  }
  return out;
}

function mostCommon(xs: number[]): number {
  const counts = new Map<number, number>();
  let best = xs[0]!;
  for (const x of xs) {
    const n = (counts.get(x) ?? 0) + 1;
    counts.set(x, n);
    if (n > counts.get(best)!) best = x;
  }
  return best;
}

/** The q-quantile of the sorted `values` with one occurrence of `self` left out (at least 1). */
function percentileWithout(sorted: number[], self: number, q: number): number {
  const n = sorted.length - 1;
  if (n <= 0) return 1;
  const selfAt = sorted.lastIndexOf(self);
  let pos = Math.min(n - 1, Math.floor(q * (n - 1) + 0.5));
  if (pos >= selfAt) pos++;
  return Math.max(1, sorted[pos]!);
}

function splitKey(key: string): [string, string] {
  const cut = key.indexOf('\u0000');
  return [key.slice(0, cut), key.slice(cut + 1)];
}
