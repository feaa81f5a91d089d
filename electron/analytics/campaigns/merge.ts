/**
 * Which candidates become campaigns, and how overlapping ones are combined.
 *
 * Gate (coordination, not just similarity): a co-posting burst needs new accounts or must dominate
 * what was said to the person in that window; a hashtag or link burst needs new accounts or mostly
 * abusive posts. Pile-ons are gated by their detector (hostile replies).
 *
 * Merging: one push often shows up several ways. The same campaign's edited scripts form several
 * near-duplicate clusters at once (co-posting fragments: same person, overlapping time, merged into
 * one); its shared hashtag is also a hashtag burst, and copy-pasted replies inside a pile-on are also
 * co-posting. When two detections of one person share half the posts of the smaller, the one with
 * more posts wins (weighted towards the more specific kind: co-posting, then pile-on) and the other is
 * recorded in its signals as "also found as".
 */
import type { AnalyticsParams as Params } from '../params';
import type { CampaignKind, Detected } from './types';

const WEIGHT: Record<CampaignKind, number> = { coposting: 1.5, pileon: 1.2, hashtag: 1, link: 1 };

export function passesGate(d: Detected, p: Params): boolean {
  switch (d.kind) {
    case 'coposting':
      return (
        d.newShare >= p.coposting.minNewShare ||
        Number(d.signals.shareOfPersonPosts ?? 0) >= p.coposting.minDominance
      );
    case 'hashtag':
    case 'link': {
      const g = p[d.kind];
      return d.newShare >= g.minNewShare || d.abusiveShare >= g.minAbusiveShare;
    }
    case 'pileon':
      return true;
  }
}

/** Groups co-posting detections of one person whose time spans overlap; each group becomes one. */
export function groupFragments(list: Detected[]): Detected[][] {
  const co = list.filter((d) => d.kind === 'coposting').sort((a, b) => a.startMs - b.startMs);
  const groups: Detected[][] = [];
  const open = new Map<number, { group: Detected[]; endMs: number }>();
  for (const d of co) {
    const g = open.get(d.personId);
    if (g && d.startMs <= g.endMs) {
      g.group.push(d);
      g.endMs = Math.max(g.endMs, d.endMs);
    } else {
      const group = [d];
      groups.push(group);
      open.set(d.personId, { group, endMs: d.endMs });
    }
  }
  return groups;
}

/** Keeps one of every set of detections that share half the posts of the smaller. */
export function mergeOverlaps(list: Detected[]): Detected[] {
  const sorted = [...list].sort(
    (a, b) => b.postIds.length * WEIGHT[b.kind] - a.postIds.length * WEIGHT[a.kind],
  );
  const kept: { d: Detected; posts: Set<number> }[] = [];
  for (const d of sorted) {
    const host = kept.find(
      (k) =>
        k.d.personId === d.personId &&
        overlap(k.posts, d.postIds) >= 0.5 * Math.min(k.posts.size, d.postIds.length),
    );
    if (host) {
      const also = String(host.d.signals.alsoFoundAs ?? '');
      const name = d.label ? `${d.kind} ${d.label}` : d.kind;
      host.d.signals.alsoFoundAs = also ? `${also}; ${name}` : name;
      continue;
    }
    kept.push({ d, posts: new Set(d.postIds) });
  }
  return kept.map((k) => k.d);
}

function overlap(a: Set<number>, b: number[]): number {
  let n = 0;
  for (const x of b) if (a.has(x)) n++;
  return n;
}
