/**
 * What the demo plants, in what proportions, and at whom. The keys are the taxonomy's (002_taxonomy.ts);
 * demo_truth stores them so classifiers can be scored per category. Smears and harassment are
 * manual-only in the taxonomy (reviewers judge facts and conduct), so they are never planted.
 */
import type { CastMember } from './cast';
import { Weighted, weighted } from './rng';

export const ABUSE_KEYS = [
  'profanity',
  'personal_insult',
  'party_abuse',
  'misogyny',
  'racism',
  'antisemitism',
  'islamophobia',
  'anti_lgbtq',
  'ableism',
  'dehumanisation',
  'sexualised',
  'harm_incitement',
  'doxxing',
  'threat',
  'self_harm',
] as const;

export type AbuseKey = (typeof ABUSE_KEYS)[number];
export type CategoryKey = 'supportive' | 'political_criticism' | AbuseKey;

/** Tricky non-abuse is chosen like a category but recorded as its `truth` key. */
export type Choice = CategoryKey | 'tricky_supportive' | 'tricky_criticism';

export function truthKey(p: Choice): CategoryKey {
  return p === 'tricky_supportive' ? 'supportive' : p === 'tricky_criticism' ? 'political_criticism' : p;
}

export function isAbuse(p: Choice): p is AbuseKey {
  return (ABUSE_KEYS as readonly string[]).includes(p);
}

// Relative frequency among abusive posts. Insults and swearing dominate real data; threats are rare
// (about 1% of all posts once the abuse share is applied), doxxing rarer still.
const ABUSE_MIX: [AbuseKey, number][] = [
  ['profanity', 0.17],
  ['personal_insult', 0.22],
  ['party_abuse', 0.06],
  ['misogyny', 0.1],
  ['racism', 0.07],
  ['antisemitism', 0.035],
  ['islamophobia', 0.05],
  ['anti_lgbtq', 0.05],
  ['ableism', 0.04],
  ['dehumanisation', 0.04],
  ['sexualised', 0.04],
  ['harm_incitement', 0.04],
  ['doxxing', 0.015],
  ['threat', 0.05],
  ['self_harm', 0.02],
];

function mix(
  supportive: number,
  criticism: number,
  trickyS: number,
  trickyC: number,
  abuse: number,
): Weighted<Choice> {
  const pairs: [Choice, number][] = [
    ['supportive', supportive],
    ['political_criticism', criticism],
    ['tricky_supportive', trickyS],
    ['tricky_criticism', trickyC],
  ];
  const sum = ABUSE_MIX.reduce((a, [, w]) => a + w, 0);
  for (const [k, w] of ABUSE_MIX) pairs.push([k, (abuse * w) / sum]);
  return weighted(pairs);
}

/** Posts aimed at a person on an ordinary day: about a fifth abusive. */
export const MATCHED_MIX = mix(0.42, 0.32, 0.03, 0.02, 0.21);
/** During a news spike the temperature rises: more criticism, more abuse. */
export const SPIKE_MIX = mix(0.3, 0.38, 0.02, 0.02, 0.28);
/** Posts that name nobody (picked up by party keywords): only group-directed abuse makes sense here. */
export const UNMATCHED_MIX = weighted<Choice>([
  ['supportive', 0.45],
  ['political_criticism', 0.35],
  ['tricky_supportive', 0.03],
  ['tricky_criticism', 0.03],
  ['party_abuse', 0.08],
  ['profanity', 0.04],
  ['dehumanisation', 0.02],
]);

/**
 * How plausible a person is as the target of a category, as a multiplier on their prominence. Identity
 * abuse goes overwhelmingly to people with that identity, but not only (tropes get thrown at anyone).
 */
function affinity(p: Choice, m: CastMember): number {
  const t = (x: Parameters<typeof m.traits.includes>[0]) => m.traits.includes(x);
  switch (p) {
    case 'misogyny':
      return m.gender === 'female' ? 1 : 0;
    case 'sexualised':
      return m.gender === 'female' ? 1 : 0.05;
    case 'racism':
      return t('black') || t('south_asian') || t('east_asian') || t('arab') ? 1 : 0;
    case 'antisemitism':
      return t('jewish') ? 3 : 0.03;
    case 'islamophobia':
      return t('muslim') ? 2 : t('arab') || t('south_asian') ? 0.3 : 0;
    case 'anti_lgbtq':
      return t('lgbtq') ? 2 : 0.02;
    case 'ableism':
      return t('disabled') ? 2 : 0.15;
    default:
      return 1;
  }
}

/** Per-category tables for picking a target among the cast. */
export function targetTables(cast: CastMember[]): Map<Choice, Weighted<number>> {
  const keys: Choice[] = [
    'supportive',
    'political_criticism',
    'tricky_supportive',
    'tricky_criticism',
    ...ABUSE_KEYS,
  ];
  const out = new Map<Choice, Weighted<number>>();
  for (const k of keys) {
    out.set(
      k,
      new Weighted(
        cast.map((m) => m.index),
        cast.map((m) => m.prominence * affinity(k, m)),
      ),
    );
  }
  return out;
}

/** Whether a spike's person can carry a category (no misogyny at a man just because he is in the news). */
export function suits(p: Choice, m: CastMember): boolean {
  return affinity(p, m) >= 0.5;
}
