import type { Context } from '../context';
import { sentenceStart as sentenceStart_IMPORT } from '../tokenWindow';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const sentenceStart = sentenceStart_IMPORT;

/**
 * A call on others to swarm someone online until they give up: "flood her DMs", "spam the chat till
 * she ends the live", "mass report her account", "hound him off this app", "keep going till she
 * deletes", "make her life hell", "abuse her in shifts". Written from blind111 (2026-12-07,
 * twenty-eighth session). Organised pressure that stays civil is not this: "everyone write to @X",
 * "fill his inbox with letters", "day 47 of asking @X", "keep going till she answers" (no swarm word,
 * no platform or no giving-up end). The guards apply as to any hit ("stop the pile-on", reported).
 */

/** Verbs that fill someone's places online ("flood her DMs"). */
const FLOOD_VERBS = new Set(['flood', 'spam', 'bombard', 'swarm', 'raid', 'brigade']);
/** Every swarm verb: a post using one asks the crowd ("hound him off", "mass report"). */
const SWARM_VERBS = new Set([...FLOOD_VERBS, 'hound', 'mass']);
/** What a swarm of support brings. */
const KINDNESS = new Set([
  'positivity',
  'love',
  'support',
  'kindness',
  'thanks',
  'hearts',
  'praise',
  'kind',
  'good',
  'encouragement',
  // "flood her mentions with thank-yous"
  'thank',
  'thankyou',
  'thankyous',
  'compliments',
  'gratitude',
]);

/** "… with positivity", "… with messages of support": within four words after the place. */
function withKindness(ctx: Context, from: number): boolean {
  const keys = ctx.tok.keys;
  if (keys[from] !== 'with') return false;
  for (let k = from + 1; k <= from + 4 && k < ctx.tok.count; k++)
    if (KINDNESS.has(keys[k] ?? '')) return true;
  return false;
}

/** Someone's places online (not "inbox", "postbag" or "email": letters are how constituents write). */
const PLACES = new Set([
  'mentions',
  'dms',
  'dm',
  'replies',
  'comments',
  'notifications',
  'page',
  'account',
  'accounts',
  'lives',
  'live',
  'chat',
  'profile',
  'posts',
  'timeline',
  'insta',
  'instagram',
  'facebook',
  'tiktok',
  'socials',
]);
const OWNERS = new Set(['her', 'his', 'their', 'the', '@users', 'every']);
/** Giving up: "till she deletes", "until he locks it", "till she quits". */
export const GIVES_UP = new Set([
  'deletes',
  'delete',
  'locks',
  'quits',
  'breaks',
  'cracks',
  'cries',
  'logs',
  'shuts',
]);
const TILL = new Set(['till', 'until', 'til', 'untill']);
const SUBJECTS = new Set(['she', 'he', 'they', '@user', 'shes', 'hes']);
/** Asking the crowd: "everyone", "lads", "who's in", "keep going", "don't stop". */
const CROWD = new Set([
  'everyone',
  'everybody',
  'lads',
  'people',
  'guys',
  'yall',
  'lets',
  'whos',
  'rt',
  'keep',
  'stop',
  'pile',
]);

/** The words that open this rule (wordTable.ts flags them W_SEX, shared with rules/sexualDesire.ts). */
export const SWARM_WORDS: readonly string[] = [...SWARM_VERBS, 'shifts', ...GIVES_UP, 'hell', 'misery'];

export function swarmRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    const w = keys[t] ?? '';
    let end = -1;
    let score = 0.8;
    if (w === 'mass' && (keys[t + 1] === 'report' || keys[t + 1] === 'reporting')) {
      // "mass report her account"
      end = t + 2;
    } else if (w === 'hound') {
      // "hound him off this app" (not "hound the minister out of office", a political phrase)
      const o = t + 1;
      if (isPerson(ctx, o) && keys[o + 1] === 'off') end = o + 2;
    } else if (w === 'shifts' && keys[t - 1] === 'in') {
      // "abuse her in shifts so it never stops"
      if (crowdAsked(ctx, t)) end = t + 1;
      score = 0.75;
    } else if (FLOOD_VERBS.has(w)) {
      // "flood her DMs", "spam the chat", "raid his lives", "flood @X's mentions"
      for (let k = t + 1; k <= t + 3 && k < count; k++) {
        if (PLACES.has(keys[k] ?? '') && (OWNERS.has(keys[k - 1] ?? '') || ctx.person[k - 1] === 1)) {
          end = k + 1;
          break;
        }
      }
      if (end >= 0 && keys[t + 1] === 'the' && !personInPost(ctx)) end = -1;
      // "flood her mentions with positivity for once": a swarm of support.
      if (end >= 0 && withKindness(ctx, end)) end = -1;
    } else if (TILL.has(w) && SUBJECTS.has(keys[t + 1] ?? '') && GIVES_UP.has(keys[t + 2] ?? '')) {
      // "keep going till she deletes", "don't stop till she locks it"
      if (crowdAsked(ctx, t)) end = t + 3;
      score = 0.75;
    } else if (w === 'life' && (keys[t + 1] === 'hell' || keys[t + 1] === 'a') && keys[t - 2] === 'make') {
      // "make her life hell", "make his life a misery"
      // …asked of the crowd ("let's", "everyone"), not told of the whips
      if ((isPerson(ctx, t - 1) || keys[t - 1] === 'his' || keys[t - 1] === 'their') && crowdAsked(ctx, t))
        end = keys[t + 1] === 'a' ? (keys[t + 2] === 'misery' ? t + 3 : -1) : t + 2;
      score = 0.85;
    }
    if (end < 0) continue;
    const start = Math.min(t, sentenceStart(ctx, t));
    hits.push({ category: 'harm_incitement', score, tokStart: start, tokEnd: end, rule: 'harm:swarm' });
    return;
  }
}

function isPerson(ctx: Context, k: number): boolean {
  const w = ctx.tok.keys[k] ?? '';
  return w === 'her' || w === 'him' || w === 'them' || w === '@user' || ctx.person[k] === 1;
}

function personInPost(ctx: Context): boolean {
  for (let k = 0; k < ctx.tok.count; k++)
    if (isPerson(ctx, k) || SUBJECTS.has(ctx.tok.keys[k] ?? '')) return true;
  return false;
}

/** The crowd is asked anywhere in the post, or a swarm word is used in it. */
function crowdAsked(ctx: Context, t: number): boolean {
  const { keys, count } = ctx.tok;
  for (let k = 0; k < count; k++) {
    if (k === t) continue;
    const w = keys[k] ?? '';
    if (CROWD.has(w) || SWARM_VERBS.has(w)) return true;
  }
  return false;
}
