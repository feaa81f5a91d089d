import type { Context } from '../context';
import { clauseStart } from '../guards';
import { W_WISH as W_WISH_IMPORT } from '../wordFlags';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const W_WISH = W_WISH_IMPORT;

/**
 * Death and harm wishes in free word order: "I hope Hollis gets hit by a bus", "wish someone would
 * stab her", "praying she dies". A wish word, then (in the same clause) a harm outcome, with a person
 * in between or right after. The phrase lexicon covers fixed forms; this covers names and word order.
 */
export const WISH = new Set([
  'hope',
  'hoping',
  'hopefully',
  'wish',
  'wishing',
  'pray',
  'praying',
  'hoped',
  'may',
]);
const OUTCOME = new Set([
  'die',
  'dies',
  'died',
  'dead',
  'death',
  'killed',
  'kill',
  'kills',
  'shot',
  'shoot',
  'shoots',
  'stabbed',
  'stab',
  'stabs',
  'cancer',
  'raped',
  'rape',
  'rapes',
  'hanged',
  'hang',
  'hangs',
  'lynched',
  'murdered',
  'murder',
  'murders',
  'burn',
  'burns',
  'drown',
  'drowns',
  'suffer',
  'suffers',
  'attacked',
  'beaten',
  'crash',
  'crashes',
  'rot',
  'rots',
  'choke',
  'chokes',
  'strangled',
  'bombed',
  'executed',
  'bleed',
  'bleeds',
  'bleeding',
  'crashed',
  'derails',
  'drowned',
  'burned',
  'burnt',
  'tortured',
  'battered',
  'kicked',
  'maimed',
  'paralysed',
  'crippled',
]);
const PERSON_WORDS = new Set([
  'someone',
  'somebody',
  'anyone',
  'they',
  'them',
  'he',
  'she',
  'her',
  'him',
  'you',
  'u',
  'ya',
  'your',
  'ur',
  'his',
  'their',
  '@user',
  'all',
  'every',
]);
const ELECTORAL = new Set([
  'polls',
  'poll',
  'election',
  'elections',
  'ballot',
  'vote',
  'votes',
  'seat',
  'career',
  'committee',
  'debate',
]);

export function harmWishRules(ctx: Context, hits: RuleHit[]): void {
  if ((ctx.tok.flags & W_WISH) === 0) return;
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  for (let t = 0; t < count; t++) {
    if (!WISH.has(keys[t] ?? '')) continue;
    // "may" wishes only with the person right after it ("May she rot"), not "may I ask", "in May".
    if (keys[t] === 'may' && !PERSON_WORDS.has(keys[t + 1] ?? '') && ctx.person[t + 1] !== 1) continue;
    let person = false;
    for (let k = t + 1; k < count && k <= t + 7; k++) {
      if (k > t + 1 && clauseStart(ctx, k) === k) break;
      const w = keys[k] ?? '';
      if (s.negators.has(w) || s.policyNouns.has(w)) break;
      if (PERSON_WORDS.has(w) || s.secondPerson.has(w) || ctx.person[k] === 1) person = true;
      const isOutcome = OUTCOME.has(w) || (w === 'hit' && keys[k + 1] === 'by');
      if (!isOutcome) continue;
      const objectAfter = PERSON_WORDS.has(keys[k + 1] ?? '') || ctx.person[k + 1] === 1;
      if (!person && !objectAfter) break;
      if (
        ELECTORAL.has(keys[k + 1] ?? '') ||
        ELECTORAL.has(keys[k + 2] ?? '') ||
        ELECTORAL.has(keys[k + 3] ?? '')
      )
        break;
      hits.push({
        category: 'harm_incitement',
        score: 0.85,
        tokStart: t,
        tokEnd: k + (objectAfter ? 2 : 1),
        rule: `harm:wish-${w}`,
      });
      if (w.startsWith('rape'))
        hits.push({
          category: 'sexualised',
          score: 0.85,
          tokStart: t,
          tokEnd: k + 1,
          rule: 'harm:wish-rape',
        });
      break;
    }
  }
}
