/**
 * Questions about the tokens around a hit that the guards (guards.ts, supportGuards.ts,
 * everydayGuards.ts) and the rules all ask: a word among tokens, speaking to someone, where a clause or
 * sentence starts and ends, a capitalised word opening one. Imports only the Context type and
 * originalText.ts (itself import-free), so any of them can use it without importing each other.
 */
import type { Context } from './context';
import { capitalisedAt } from './originalText';
import { WordList } from './wordLists';

/** Is a word of `set` among tokens [from, to)? (A WordList's words are read from the word table.) */
export function windowHas(ctx: Context, set: ReadonlySet<string>, from: number, to: number): boolean {
  if (set instanceof WordList) {
    for (let k = Math.max(0, from); k < to; k++) if (ctx.tokenIn(k, set)) return true;
    return false;
  }
  for (let k = Math.max(0, from); k < to; k++) if (set.has(ctx.tok.keys[k] ?? '')) return true;
  return false;
}

/** Token k speaks to someone: a second-person word ("you", "ur") or an @mention. */
export function speaksTo(ctx: Context, k: number): boolean {
  const s = ctx.lex.sets;
  const w = ctx.tok.keys[k] ?? '';
  return w === '@user' || s.secondPerson.has(w) || s.possessive2.has(w);
}

/** ASCII marks as a table indexed by char code: 1 for each of `codes` (one load per char, not a Set probe). */
function asciiMarks(codes: number[]): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of codes) table[c] = 1;
  return table;
}

/** Marks that end a clause (. , ; : ! ? and line breaks) and those that end a sentence (. ! ? line breaks). */
const CLAUSE_END = asciiMarks([46, 44, 59, 58, 33, 63, 10]);
const SENTENCE_END = asciiMarks([46, 33, 63, 10]);

/** First token of the clause containing token t. */
export function clauseStart(ctx: Context, t: number): number {
  return startAfter(ctx, t, CLAUSE_END);
}

/** First token of the sentence containing token t. */
export function sentenceStart(ctx: Context, t: number): number {
  return startAfter(ctx, t, SENTENCE_END);
}

/** Does the gap between tokens k-1 and k hold one of `stops`? */
function gapHas(ctx: Context, k: number, stops: Uint8Array): boolean {
  const text = ctx.norm.text;
  const gapTo = ctx.tok.start[k] ?? 0;
  for (let i = ctx.tok.end[k - 1] ?? 0; i < gapTo; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 && stops[c] === 1) return true;
  }
  return false;
}

/** The token after the nearest gap before token t that holds one of `stops` (0 if none). */
function startAfter(ctx: Context, t: number, stops: Uint8Array): number {
  for (let k = t; k > 0; k--) if (gapHas(ctx, k, stops)) return k;
  return 0;
}

/** Does a clause end between tokens k-1 and k (". , ; : ! ?" or a line break)? */
export function clauseBreakBefore(ctx: Context, k: number): boolean {
  return gapHas(ctx, k, CLAUSE_END);
}

const EQUALS = asciiMarks([61]);

/** Is the gap between tokens k-1 and k an equals sign ("Adeyemi = clueless muppet")? */
export function equalsBefore(ctx: Context, k: number): boolean {
  return gapHas(ctx, k, EQUALS);
}

/** One past the last token of the sentence containing token t. */
export function sentenceEnd(ctx: Context, t: number): number {
  for (let k = t + 1; k < ctx.tok.count; k++) if (gapHas(ctx, k, SENTENCE_END)) return k;
  return ctx.tok.count;
}

/** "17:42", "9.30" as the tokenizer leaves them: an hour token at t and two minute digits after it. */
export function hourMinuteAt(keys: string[], t: number): boolean {
  const k = keys[t] ?? '';
  return k.length <= 2 && /^\d{1,2}$/.test(k) && /^\d\d$/.test(keys[t + 1] ?? '');
}

/** What "not" denies in "I'm not joking, I will…": the writer's jest, which makes the threat surer. */
const JEST = new Set([
  'joking',
  'kidding',
  'lying',
  'messing',
  'bluffing',
  'trolling',
  'exaggerating',
  'joke',
]);

/** The negator at k denies a jest ("not joking", "not even kidding", "no joke"), not what follows. */
export function deniesJest(keys: string[], k: number): boolean {
  const next = keys[k + 1] ?? '';
  return JEST.has(next) || ((next === 'even' || next === 'a') && JEST.has(keys[k + 2] ?? ''));
}

/**
 * A capitalised word opening its sentence, which may be a name: names at a sentence's start are not
 * marked as people (context.ts), but right before "ought to be hanged" (rules/callToHarm.ts) the
 * subject is a person unless it is a stop word or a policy ("This should be killed", "Rent should…").
 * With orClause, at a clause's start too ("Banker of the week: Maybury gets a kicking off me",
 * rules/harmDone.ts).
 */
export function capitalisedOpener(ctx: Context, k: number, orClause = false): boolean {
  if ((orClause ? clauseStart(ctx, k) : sentenceStart(ctx, k)) !== k) return false;
  const w = ctx.tok.keys[k] ?? '';
  if (ctx.lex.sets.stopwords.has(w) || ctx.lex.sets.policyNouns.has(w)) return false;
  return capitalisedAt(ctx.original, ctx.norm.srcStart[ctx.tok.start[k] ?? 0] ?? 0);
}
