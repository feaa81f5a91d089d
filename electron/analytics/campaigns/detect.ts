/**
 * Campaign detection over the whole database: one pass to load the corpus, the four detectors, then
 * account checks, the gate, merging, labels and pile-on targets. Pure reading: saving is save.ts.
 */
import {
  accountFacts,
  postIdsByPlatformIds,
  postTexts,
  priorPostCounter,
  type AccountFact,
} from '../../../db/analytics';
import type { DB } from '../../../db/connection';
import { loadCorpus, type Corpus } from '../corpus';
import type { AnalyticsParams } from '../params';
import { assess, type AccountLookup } from './assess';
import { detectBursts } from './bursts';
import { absorbSimilar, detectCoposting, PersonVolume, timeOrder } from './coposting';
import { groupFragments, mergeOverlaps, passesGate } from './merge';
import { detectPileOns } from './pileons';
import type { Candidate, Detected } from './types';

export interface CampaignDetection {
  campaigns: Detected[];
  corpus: Corpus;
  /** Milliseconds per stage, for the benchmark and the run log. */
  timings: Record<string, number>;
}

export function detectCampaigns(
  db: DB,
  params: AnalyticsParams,
  progress?: (stage: string) => void,
): CampaignDetection {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    timings[name] = Math.round(now - t);
    t = now;
  };

  progress?.('Reading posts');
  const c = loadCorpus(db, { minWords: params.coposting.minWords });
  lap('load');
  progress?.('Looking for coordinated posting');
  const volume = new PersonVolume(c, timeOrder(c));
  const candidates: Candidate[] = [
    ...detectCoposting(c, params.coposting, volume),
    ...detectBursts(c, c.tags, 'hashtag', params.hashtag, volume),
    ...detectBursts(c, c.links, 'link', params.link, volume),
    ...detectPileOns(c, params.pileon),
  ];
  lap('detect');

  progress?.('Checking the accounts involved');
  const look = lookup(db);
  const passed = candidates
    .map((cand) => assess(c, cand, params.history, look))
    .filter((d) => passesGate(d, params));
  const combined: Detected[] = passed.filter((d) => d.kind !== 'coposting');
  for (const group of groupFragments(passed)) {
    const first = group[0]!;
    let members = [...new Set(group.flatMap((d) => d.members))];
    members = absorbSimilar(c, volume, first.personId, members, params.coposting);
    const merged: Candidate = {
      ...first,
      members,
      signals: {
        ...first.signals,
        distinctAccounts: new Set(members.map((i) => c.accounts[i]!)).size,
        burstRatio: Math.max(...group.map((d) => Number(d.signals.burstRatio ?? 0))),
        shareOfPersonPosts: Math.min(
          1,
          Math.round(
            (members.length /
              Math.max(1, volume.between(first.personId, c.times[members[0]!]!, c.times[members.at(-1)!]!))) *
              100,
          ) / 100,
        ),
        variants: group.length,
      },
    };
    combined.push(
      group.length === 1 && members.length === first.members.length
        ? first
        : assess(c, merged, params.history, look),
    );
  }
  const campaigns = mergeOverlaps(combined);
  lap('assess');

  label(db, campaigns);
  lap('label');
  return { campaigns, corpus: c, timings };
}

function lookup(db: DB): AccountLookup {
  const cache = new Map<number, AccountFact>();
  const prior = priorPostCounter(db);
  return {
    facts(ids) {
      const missing = ids.filter((id) => !cache.has(id));
      for (const [id, f] of accountFacts(db, missing)) cache.set(id, f);
      const out = new Map<number, AccountFact>();
      for (const id of ids) {
        const f = cache.get(id);
        if (f) out.set(id, f);
      }
      return out;
    },
    priorPosts: prior,
  };
}

/** Co-posting: the most common text among the posts (the "script"); pile-ons: the post replied to. */
function label(db: DB, campaigns: Detected[]): void {
  for (const d of campaigns) {
    if (d.kind === 'coposting') {
      const step = Math.max(1, Math.floor(d.postIds.length / 200));
      const sample = d.postIds.filter((_, k) => k % step === 0);
      const counts = new Map<string, number>();
      for (const text of postTexts(db, sample).values()) counts.set(text, (counts.get(text) ?? 0) + 1);
      let best = '';
      for (const [text, n] of counts) if (n > (counts.get(best) ?? 0)) best = text;
      d.label = best.length > 140 ? `${best.slice(0, 139)}…` : best;
    }
    if (d.kind === 'pileon' && d.target) d.targetPostId = postIdsByPlatformIds(db, [d.target])[0] ?? null;
  }
}
