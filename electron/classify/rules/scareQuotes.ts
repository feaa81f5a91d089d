import type { Context } from '../context';
import { sentenceStart as sentenceStart_IMPORT } from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const span = ruleHit_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const windowHas = windowHas_IMPORT;

/**
 * Someone's gender or marriage put in scare quotes, which denies it: "Cllr Marchbank and her 'wife'",
 * "did he have to bring his \"husband\"", "spent 40 years as a man and now \"she\" knows what women
 * need", "\"it\" spoke at PMQs". One quoted word on its own: a spouse after "her / his / their", a
 * "she" or "he" in a post about someone's sex, an "it" opening its sentence. A quotation of more than
 * the one word ("she said 'it was fine'") is not a scare quote; a quoted word after "said" or a
 * determiner ("the minister said 'it' would", "the \"she\" OP is referring to") is a quotation; a post
 * that talks about the word ("the pronoun 'she'"), or reports or condemns the abuse, is judged by the
 * guards as for every rule.
 */
const SPOUSES = new Set(['wife', 'husband', 'girlfriend', 'boyfriend', 'woman', 'lady']);
const POSSESSIVES = new Set(['her', 'his', 'their', 'a']);
const PRONOUNS = new Set(['she', 'he']);
/** Every word the rule looks at. */
const CANDIDATES = new Set([...SPOUSES, ...PRONOUNS, 'it']);
/**
 * A quoted "she" or "he" denies a gender only in a post about someone's sex: elsewhere it is irony or
 * a euphemism ("we all know who \"he\" is", "\"she\" was actually a bot").
 */
const GENDER_TALK = new Set([
  'man',
  'men',
  'woman',
  'women',
  'bloke',
  'lad',
  'sir',
  'mate',
  'madam',
  'born',
  'biological',
  'biologically',
  'male',
  'female',
  'trans',
  'pronouns',
  'wig',
  'dress',
  'beard',
]);
/** Talk about the word itself: "the pronoun 'she'", "she uses 'they'". */
const ABOUT_THE_WORD = new Set(['word', 'pronoun', 'pronouns', 'term', 'uses', 'use', 'using', 'letter']);
/** Before a quoted pronoun, a determiner or a relative: "the \"she\" OP means", "who \"he\" is". */
const NOT_A_PERSON = new Set(['the', 'a', 'this', 'that', 'who', 'whos', 'what', 'some']);

/**
 * Token t is one word in quotes of its own: a quote mark right before it and right after it in the
 * normalised text, where curly quotes are already straight ("her 'wife'", "\u201cshe\u201d"). Read from
 * the characters around the word: working out the post's quotations for every post with a quote
 * mark cost 4-6% of the classifier's time.
 */
function ownQuotes(ctx: Context, t: number): boolean {
  const text = ctx.norm.text;
  const start = ctx.tok.start[t] ?? 0;
  const end = ctx.tok.end[t] ?? 0;
  // (Offsets in range first: a read past either end makes V8 stop inlining charCodeAt here.)
  if (start <= 0 || end >= text.length) return false;
  const before = text.charCodeAt(start - 1);
  if (before !== 39 && before !== 34) return false;
  const after = text.charCodeAt(end);
  return after === before;
}

/** The hit covers the quoted word and the word before it ("her 'wife'"). */
function scareQuoted(ctx: Context, t: number, w: string): RuleHit {
  return span('anti_lgbtq', 0.7, Math.max(0, t - 1), t + 1, `identity:scare-quoted-${w}`);
}

export function scareQuoteRules(ctx: Context, hits: RuleHit[]): void {
  // Most posts have no word right after a quote mark (the tokeniser notes it): searching each post
  // for quote marks, or looking around every word, cost 1-2% of the classifier's time.
  if (!ctx.tok.quoteOpen) return;
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    if (!ownQuotes(ctx, t)) continue;
    const w = keys[t] ?? '';
    if (!CANDIDATES.has(w)) continue;
    const before = keys[t - 1] ?? '';
    if (ABOUT_THE_WORD.has(before)) continue;
    if (SPOUSES.has(w) && POSSESSIVES.has(before)) {
      hits.push(scareQuoted(ctx, t, w));
      return;
    }
    // A quoted pronoun standing for the person, with the sentence going on after it.
    if (t + 1 >= count || ctx.lex.sets.reporting.has(before) || NOT_A_PERSON.has(before)) continue;
    if (
      (PRONOUNS.has(w) && windowHas(ctx, GENDER_TALK, 0, count)) ||
      (w === 'it' && sentenceStart(ctx, t) === t)
    ) {
      hits.push(scareQuoted(ctx, t, w));
      return;
    }
  }
}
