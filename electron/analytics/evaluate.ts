/**
 * Scores campaign detection against what the demo generator planted (settings 'demo.planted' and
 * demo_truth.campaign), for the tests, `bulwark campaigns --evaluate` and the README's figures.
 *
 * A detection is correct when at least half of its posts belong to one planted campaign (the same
 * campaign may be found by several detections: all of them are correct). A planted campaign is found
 * when the detections matched to it cover at least half of its posts. Post and account figures say
 * how complete and how clean the members of the detections are:
 *   post recall     planted campaign posts that are in some detection / all planted campaign posts
 *   post precision  detected posts that belong to a planted campaign / all detected posts
 * Detections that are not planted campaigns but coincide with a planted news spike (same person,
 * within three days of its start) are counted separately: they are real bursts in the data, the
 * generator just did not plant them as campaigns.
 */
import { plantedCampaignPosts } from '../../db/analytics';
import type { DB } from '../../db/connection';
import { getSetting } from '../../db/settings';
import { PLANTED_KEY, type PlantedSummary } from '../demo/planted';

export interface Scorable {
  kind: string;
  personId: number | null;
  postIds: number[];
  accountIds: number[];
  startMs: number;
}

export interface PlantedResult {
  id: string;
  kind: string;
  person: string;
  posts: number;
  found: boolean;
  foundAs: string[];
  postCoverage: number;
}

export interface Evaluation {
  planted: number;
  found: number;
  detections: number;
  correct: number;
  duringNewsSpikes: number;
  recall: number;
  precision: number;
  postRecall: number;
  postPrecision: number;
  accountRecall: number;
  accountPrecision: number;
  campaigns: PlantedResult[];
}

const DAY = 86_400_000;
const round = (x: number) => Math.round(x * 1000) / 1000;

export function plantedSummary(db: DB): PlantedSummary | null {
  return getSetting<PlantedSummary | null>(db, PLANTED_KEY, null);
}

export function evaluateDetection(db: DB, detections: Scorable[]): Evaluation | null {
  const summary = plantedSummary(db);
  if (!summary) return null;
  const postsOf = plantedCampaignPosts(db);
  const campaignOfPost = new Map<number, string>();
  for (const [id, posts] of postsOf) for (const p of posts) campaignOfPost.set(p, id);
  const plantedAccounts = new Set(summary.campaigns.flatMap((c) => c.accountIds));

  const covered = new Map<string, Set<number>>();
  const foundAs = new Map<string, Set<string>>();
  let correct = 0;
  let duringSpikes = 0;
  let detectedPosts = 0;
  let detectedPlanted = 0;
  const detectedAccounts = new Set<number>();
  for (const d of detections) {
    const counts = new Map<string, number>();
    for (const p of d.postIds) {
      const c = campaignOfPost.get(p);
      if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    detectedPosts += d.postIds.length;
    for (const n of counts.values()) detectedPlanted += n;
    for (const a of d.accountIds) detectedAccounts.add(a);
    let best: string | null = null;
    for (const [c, n] of counts) if (!best || n > counts.get(best)!) best = c;
    if (best && counts.get(best)! >= d.postIds.length / 2) {
      correct++;
      const set = covered.get(best) ?? new Set<number>();
      for (const p of d.postIds) if (campaignOfPost.get(p) === best) set.add(p);
      covered.set(best, set);
      foundAs.set(best, (foundAs.get(best) ?? new Set()).add(d.kind));
    } else if (
      summary.spikes.some(
        (s) =>
          s.personId === d.personId &&
          d.startMs >= Date.parse(s.start) - DAY &&
          d.startMs <= Date.parse(s.start) + 3 * DAY,
      )
    ) {
      duringSpikes++;
    }
  }

  const campaigns: PlantedResult[] = summary.campaigns.map((c) => {
    const posts = postsOf.get(c.id)?.length ?? 0;
    const cov = covered.get(c.id)?.size ?? 0;
    return {
      id: c.id,
      kind: c.kind,
      person: c.person,
      posts,
      found: posts > 0 && cov >= posts / 2,
      foundAs: [...(foundAs.get(c.id) ?? [])],
      postCoverage: round(posts ? cov / posts : 0),
    };
  });
  const plantedPosts = [...postsOf.values()].reduce((a, l) => a + l.length, 0);
  const coveredPosts = [...covered.values()].reduce((a, s) => a + s.size, 0);
  let accountHits = 0;
  for (const a of detectedAccounts) if (plantedAccounts.has(a)) accountHits++;
  const found = campaigns.filter((c) => c.found).length;
  return {
    planted: campaigns.length,
    found,
    detections: detections.length,
    correct,
    duringNewsSpikes: duringSpikes,
    recall: round(campaigns.length ? found / campaigns.length : 1),
    precision: round(detections.length ? correct / detections.length : 1),
    postRecall: round(plantedPosts ? coveredPosts / plantedPosts : 1),
    postPrecision: round(detectedPosts ? detectedPlanted / detectedPosts : 1),
    accountRecall: round(plantedAccounts.size ? accountHits / plantedAccounts.size : 1),
    accountPrecision: round(detectedAccounts.size ? accountHits / detectedAccounts.size : 1),
    campaigns,
  };
}

/** The generator's name for each kind of planted campaign, and the detector meant to find it. */
export const PLANTED_KIND: Record<string, string> = {
  coordinated: 'coposting',
  hashtag: 'hashtag',
  link: 'link',
  pileon: 'pileon',
};

export interface KindScore {
  planted: number;
  found: number;
  detections: number;
  correct: number;
  /** Campaign level: planted campaigns of this kind found (by any detector) / planted of this kind. */
  recall: number;
  /** Campaign level: detections of this kind that are a planted campaign / detections of this kind. */
  precision: number;
  postRecall: number;
  postPrecision: number;
}

/**
 * Precision and recall per kind of campaign, plus 'all'. Recall is counted by the planted kind (a
 * planted copy-paste push is found whether it surfaced as copied text or as its hashtag), precision by
 * the detector's kind.
 */
export function evaluateByKind(db: DB, detections: Scorable[]): Record<string, KindScore> | null {
  const all = evaluateDetection(db, detections);
  if (!all) return null;
  const out: Record<string, KindScore> = {};
  const kinds = [...new Set(Object.values(PLANTED_KIND))];
  const score = (kind: string | null): KindScore => {
    const mine = kind ? detections.filter((d) => d.kind === kind) : detections;
    const ev = kind ? evaluateDetection(db, mine)! : all;
    const planted = all.campaigns.filter((c) => !kind || PLANTED_KIND[c.kind] === kind);
    const posts = planted.reduce((s, c) => s + c.posts, 0);
    const covered = planted.reduce((s, c) => s + c.postCoverage * c.posts, 0);
    const found = planted.filter((c) => c.found).length;
    return {
      planted: planted.length,
      found,
      detections: mine.length,
      correct: ev.correct,
      recall: round(planted.length ? found / planted.length : 1),
      precision: round(mine.length ? ev.correct / mine.length : 1),
      postRecall: round(posts ? covered / posts : 1),
      postPrecision: ev.postPrecision,
    };
  };
  for (const k of kinds) out[k] = score(k);
  out.all = score(null);
  return out;
}

export interface SpikeScore {
  /** Planted news spikes (the generator's surges of attention on one person). */
  planted: number;
  found: number;
  detections: number;
  /** Detections on or just after a planted news spike or a planted campaign's day. */
  explained: number;
  /**
   * Other detections on the day of a planted news spike about a colleague: the generator's news storms
   * raise abuse at everyone mentioned alongside the person, which is real in the data, not planted.
   */
  onColleagueNewsDays: number;
  recall: number;
  /** explained / detections. */
  precision: number;
  /** (explained + onColleagueNewsDays) / detections. */
  precisionWithNewsDays: number;
}

/**
 * Spike detection against the demo's answer key. A planted spike is found when a detected spike of the
 * same person starts within a day of it (before or after) or runs over it. A detection is explained
 * when it matches a planted spike that way, or a planted campaign aimed at that person (a campaign is a
 * surge in abuse too).
 */
export function evaluateSpikes(
  db: DB,
  spikes: { personId: number; startDay: string; endDay: string }[],
): SpikeScore | null {
  const summary = plantedSummary(db);
  if (!summary) return null;
  const day = (iso: string) => Math.floor(Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) / DAY);
  const events = [
    ...summary.spikes.map((s) => ({
      personId: s.personId,
      from: day(s.start),
      to: day(s.start) + 1,
      news: true,
    })),
    ...summary.campaigns.map((c) => ({
      personId: c.personId,
      from: day(c.start),
      to: day(c.end),
      news: false,
    })),
  ];
  const hits = (e: (typeof events)[number], s: (typeof spikes)[number]) =>
    e.personId === s.personId && day(s.startDay) <= e.to + 1 && day(s.endDay) >= e.from - 1;
  const news = events.filter((e) => e.news);
  const found = news.filter((e) => spikes.some((s) => hits(e, s))).length;
  const explainedList = spikes.filter((s) => events.some((e) => hits(e, s)));
  const explained = explainedList.length;
  const colleague = spikes.filter(
    (s) => !explainedList.includes(s) && news.some((e) => hits({ ...e, personId: s.personId }, s)),
  ).length;
  return {
    planted: news.length,
    found,
    detections: spikes.length,
    explained,
    onColleagueNewsDays: colleague,
    recall: round(news.length ? found / news.length : 1),
    precision: round(spikes.length ? explained / spikes.length : 1),
    precisionWithNewsDays: round(spikes.length ? (explained + colleague) / spikes.length : 1),
  };
}
