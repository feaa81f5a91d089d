import type { Context } from '../context';
import { sentenceStart as sentenceStart_IMPORT } from '../guards';
import { W_IDENTITY as W_IDENTITY_IMPORT } from '../wordFlags';
import { ruleHit, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const W_IDENTITY = W_IDENTITY_IMPORT;
const sentenceStart = sentenceStart_IMPORT;

/**
 * Identity abuse without a slur, dressed as a political point: a protected group shut out of public
 * life ("Muslims shouldn't be allowed to stand for parliament", "Autistic MPs like X shouldn't be on
 * committees", "Women like X shouldn't be let near defence policy"), a sneer at someone's group as
 * the explanation ("Typical Pole.", "Typical woman."), or the group as untrustworthy ("can't expect a
 * Muslim to put Britain first", "never trust a woman"). The group word decides the category.
 * Written for Bulwark from general knowledge of how such abuse is phrased. Policy talk about a group
 * ("migrants shouldn't be allowed to work while claims are processed") is not matched: migrants and
 * asylum seekers are not among the groups, and shutting a group out must be about holding office or
 * taking part in politics.
 */
const GROUPS = new Map<string, string>([
  ...['muslim', 'muslims', 'moslem', 'moslems'].map((w) => [w, 'islamophobia'] as const),
  ...['jew', 'jews'].map((w) => [w, 'antisemitism'] as const),
  ...['woman', 'women', 'female', 'females'].map((w) => [w, 'misogyny'] as const),
  ...[
    'black',
    'blacks',
    'asian',
    'asians',
    'chinese',
    'indian',
    'indians',
    'pakistani',
    'pakistanis',
    'african',
    'africans',
    'nigerian',
    'nigerians',
    'pole',
    'poles',
    'romanian',
    'romanians',
    'bangladeshi',
    'bangladeshis',
    'somali',
    'somalis',
    'jamaican',
    'jamaicans',
    'foreigner',
    'foreigners',
  ].map((w) => [w, 'racism'] as const),
  ...['gay', 'gays', 'lesbian', 'lesbians', 'trans', 'transgender', 'homosexual', 'homosexuals'].map(
    (w) => [w, 'anti_lgbtq'] as const,
  ),
  ...['autistic', 'deaf', 'disabled', 'cripples'].map((w) => [w, 'ableism'] as const),
]);
/** The words that open this rule (wordTable.ts flags them W_IDENTITY). */
export const IDENTITY_WORDS: readonly string[] = [...GROUPS.keys(), 'typical'];

/** "shouldn't", "should never", "mustn't", "can't be": the group is told what it may not do. */
const SHOULD = new Set(['should', 'must']);
const NOT = new Set(['not', 'never']);
const PERMITTED = new Set(['allowed', 'let', 'permitted']);
/** Taking part in public life: what the group is kept from. */
const TAKE_PART = new Set(['stand', 'sit', 'serve', 'vote', 'run', 'hold', 'represent', 'lead']);
const ROLES = new Set([
  'mps',
  'mp',
  'ministers',
  'minister',
  'councillors',
  'councillor',
  'leaders',
  'leader',
]);
const PLACES = new Set([
  'parliament',
  'government',
  'office',
  'committees',
  'committee',
  'council',
  'cabinet',
  'politics',
  'power',
  'charge',
  'westminster',
  'frontbench',
  'policy',
]);
/** "can't expect a Muslim to …", "never trust a woman": the group is the reason not to trust. */
const DISTRUST = new Set(['trust', 'expect', 'believe']);

export function identityRules(ctx: Context, hits: RuleHit[]): void {
  if ((ctx.tok.flags & W_IDENTITY) === 0) return;
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const k = keys[t] ?? '';
    if (k === 'typical') {
      const category = GROUPS.get(keys[t + 1] ?? '');
      // Only as a sneer opening its sentence ("Typical Pole, Ostrowski."), not "the typical Muslim voter".
      if (category && sentenceStart(ctx, t) === t) {
        hits.push(ruleHit(category, 0.85, t, t + 2, `identity:typical-${category}`));
        return;
      }
      continue;
    }
    const category = GROUPS.get(k);
    if (!category) continue;
    if (excluded(ctx, t) || distrusted(ctx, t)) {
      hits.push(ruleHit(category, 0.85, t, t + 1, `identity:excluded-${category}`));
      return;
    }
  }
}

/**
 * "<group> [MPs] [like X] shouldn't be allowed to stand / be let near policy / be on committees / be
 * MPs / vote", "can't be trusted". Not "Women MPs shouldn't be forced out of politics by abuse".
 */
function excluded(ctx: Context, t: number): boolean {
  const { keys, count } = ctx.tok;
  for (let m = t + 1; m < count && m <= t + 5; m++) {
    const w = keys[m] ?? '';
    let next: number;
    if (w === 'shouldnt' || w === 'mustnt') next = m + 1;
    else if (SHOULD.has(w) && NOT.has(keys[m + 1] ?? '')) next = m + 2;
    else if ((w === 'cant' || w === 'cannot') && keys[m + 1] === 'be') next = m + 1;
    else continue;
    if (TAKE_PART.has(keys[next] ?? '')) return true; // "shouldn't vote"
    if (keys[next] !== 'be') return false;
    const what = keys[next + 1] ?? '';
    if (what === 'trusted' || ROLES.has(what)) return true; // "can't be trusted", "shouldn't be MPs"
    if (PERMITTED.has(what)) {
      // "…be allowed to stand for parliament", "…be let near defence policy"
      for (let o = next + 2; o < count && o <= next + 5; o++) {
        const x = keys[o] ?? '';
        if (TAKE_PART.has(x) || ROLES.has(x) || PLACES.has(x)) return true;
      }
      return false;
    }
    // "…be on committees", "…be in government", "…be near policy"
    if (what === 'in' || what === 'on' || what === 'near')
      for (let o = next + 2; o < count && o <= next + 3; o++) {
        const x = keys[o] ?? '';
        if (PLACES.has(x) || ROLES.has(x)) return true;
      }
    return false;
  }
  return false;
}

/** "can't expect a Muslim to", "never trust a woman", "you can't trust the Chinese". */
function distrusted(ctx: Context, t: number): boolean {
  const { keys } = ctx.tok;
  let d = t - 1;
  if (keys[d] === 'a' || keys[d] === 'an' || keys[d] === 'the' || keys[d] === 'any') d--;
  if (!DISTRUST.has(keys[d] ?? '')) return false;
  const before = keys[d - 1] ?? '';
  return (
    before === 'never' ||
    before === 'cant' ||
    before === 'cannot' ||
    before === 'dont' ||
    before === 'wouldnt'
  );
}
