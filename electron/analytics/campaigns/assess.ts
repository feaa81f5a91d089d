/**
 * From a detector's candidate to a campaign: who the accounts are (new? little history?), how abusive
 * the posts are, and the strength score. Account facts are read per candidate (a few thousand rows at
 * most), never for the whole database.
 *
 * Strength score, 0–100 (the README explains it to staff):
 *   30 × size       log10(accounts) / log10(300), capped at 1 (10 accounts ≈ 0.4, 100 ≈ 0.8)
 *   25 × surprise   log10(how many times the usual rate) / 3, capped at 1 (10× ≈ 0.33, 1000× = 1)
 *   25 × newness    share of new accounts, or half the share of low-history ones if that is more
 *   20 × hostility  share of the posts that are abusive
 */
import type { AccountFact } from '../../../db/analytics';
import type { Corpus } from '../corpus';
import type { HistoryParams } from '../params';
import type { Candidate, Detected } from './types';

const DAY = 86_400_000;

export interface AccountLookup {
  facts(ids: number[]): Map<number, AccountFact>;
  priorPosts(accountId: number, beforeIso: string, cap: number): number;
}

export function assess(c: Corpus, cand: Candidate, hist: HistoryParams, look: AccountLookup): Detected {
  const members = cand.members;
  const startMs = c.times[members[0]!]!;
  const endMs = c.times[members[members.length - 1]!]!;
  const perAccount = new Map<number, { posts: number; firstMs: number }>();
  const platforms = new Map<number, number>();
  let abusive = 0;
  let criticism = 0;
  for (const i of members) {
    const a = c.accounts[i]!;
    const e = perAccount.get(a);
    if (e) e.posts++;
    else perAccount.set(a, { posts: 1, firstMs: c.times[i]! });
    platforms.set(c.platforms[i]!, (platforms.get(c.platforms[i]!) ?? 0) + 1);
    abusive += c.abusive[i]!;
    // Hostile but not abusive: political attack (see iterateDetectionPosts).
    criticism += c.hostile[i]! & (1 - c.abusive[i]!);
  }
  const real = [...perAccount.keys()].filter((a) => a >= 0);
  const facts = look.facts(real);
  const startIso = new Date(startMs).toISOString();
  const accounts: Detected['accounts'] = [];
  let fresh = 0;
  let low = 0;
  for (const [accountId, e] of perAccount) {
    if (accountId < 0) continue;
    const f = facts.get(accountId);
    const created = f?.createdAt ? Date.parse(f.createdAt) : NaN;
    const isNew = Number.isFinite(created) && e.firstMs - created <= hist.newAccountDays * DAY;
    const lowHistory = look.priorPosts(accountId, startIso, hist.lowHistoryPosts + 1) <= hist.lowHistoryPosts;
    if (isNew) fresh++;
    if (lowHistory) low++;
    accounts.push({ accountId, posts: e.posts, isNew, lowHistory });
  }
  const n = Math.max(accounts.length, 1);
  const newShare = fresh / n;
  const lowHistoryShare = low / n;
  const abusiveShare = abusive / members.length;
  let platform = 0;
  for (const [p, count] of platforms) if (count > (platforms.get(platform) ?? 0)) platform = p;
  const ratio = Number(cand.signals.burstRatio ?? cand.signals.surge ?? 1);
  return {
    ...cand,
    signals: { ...cand.signals, criticismShare: Math.round((criticism / members.length) * 100) / 100 },
    postIds: members.map((i) => c.ids[i]!),
    platform: c.platformName(platform),
    startMs,
    endMs,
    accounts,
    newShare,
    lowHistoryShare,
    abusiveShare,
    score: strength(accounts.length, ratio, newShare, lowHistoryShare, abusiveShare),
    targetPostId: null,
  };
}

const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

export function strength(
  accounts: number,
  ratio: number,
  newShare: number,
  lowHistoryShare: number,
  abusiveShare: number,
): number {
  const size = clamp01(Math.log10(Math.max(accounts, 1)) / Math.log10(300));
  const surprise = clamp01(Math.log10(Math.max(ratio, 1)) / 3);
  const newness = clamp01(Math.max(newShare, lowHistoryShare / 2));
  const score = 30 * size + 25 * surprise + 25 * newness + 20 * clamp01(abusiveShare);
  return Math.round(score);
}
