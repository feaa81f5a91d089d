import type { Context } from '../context';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const span = ruleHit_IMPORT;

/**
 * A stammer typed out to mock someone: "S-s-s-sad", "g-g-g-get on with it", "c-c-can't even ask a
 * q-q-question 😂". In the blind sets 16 of the 18 posts that spell a word this way mock an MP's
 * stammer; the other two quote the mockery to condemn it, which the guards read as for every rule.
 * Only in a post about someone (a name, an @mention, he / she / you): "I was like b-b-but why" is the
 * writer's own.
 */
const STAMMER = /\b([a-z])-\1-/i;
/** Words that put a person in the post when no name is found. */
const SOMEONE = new Set(['he', 'she', 'him', 'her', 'his', 'you', 'your', 'minister', 'mp', 'cllr']);

/** The letter's tokens: normalised, "s-s-s-sad" reads "sss" "sad" and "c-c-can't" reads "c" "c" "cant". */
function stammeredAt(keys: string[], count: number, t: number): number {
  const k = keys[t] ?? '';
  const c = k[0];
  if (c === undefined || !/[a-z]/.test(c)) return 0;
  for (let i = 1; i < k.length; i++) if (k[i] !== c) return 0;
  let e = t + 1;
  while (e < count && keys[e] === c) e++;
  // At least two repeats of the letter before the word: "sss sad", "c c cant".
  if (k.length + (e - t - 1) < 2) return 0;
  const word = keys[e] ?? '';
  return word.length > 1 && word[0] === c ? e + 1 : 0;
}

export function stammerRules(ctx: Context, hits: RuleHit[]): void {
  // A hyphen between the same letter twice is rare: most posts have no hyphen at all, and most of the
  // rest stop at the regular expression.
  if (ctx.original.indexOf('-') < 0 || !STAMMER.test(ctx.original)) return;
  const { keys, count } = ctx.tok;
  let someone = false;
  for (let t = 0; t < count && !someone; t++)
    someone = ctx.person[t] === 1 || keys[t] === '@user' || SOMEONE.has(keys[t] ?? '');
  if (!someone) return;
  for (let t = 0; t < count; t++) {
    const end = stammeredAt(keys, count, t);
    if (end === 0) continue;
    hits.push(span('ableism', 0.7, t, end, 'ableism:stammer-mocked'));
    return;
  }
}
