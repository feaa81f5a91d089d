import type { Context } from '../context';

/**
 * Is the word at tokens [ts, te) aimed at a person or group? "you idiot", "she is a moron", "these
 * vermin", "idiots like you", or a bare reply ("@user idiot"). Not when it describes a policy or
 * idea ("stupid policy", "the plan is idiotic"): insulting an idea is political criticism.
 */
export function aimedAtPerson(ctx: Context, ts: number, te: number, allowBare = false): boolean {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  const after = keys[te] ?? '';
  if (s.policyNouns.has(after) || s.policyNouns.has(keys[te + 1] ?? '')) return false;
  for (let k = ts - 1; k >= 0 && k >= ts - 3; k--) {
    const w = keys[k] ?? '';
    if (s.policyNouns.has(w)) return false;
    if (
      s.secondPerson.has(w) ||
      s.possessive2.has(w) ||
      s.thirdPerson.has(w) ||
      s.groups.has(w) ||
      ctx.person[k] === 1
    )
      return true;
    if (s.copula.has(w)) {
      // "the plan is stupid": the subject of the copula is a policy, not a person
      const subject = keys[k - 1] ?? '';
      return !s.policyNouns.has(subject) && !(s.copula.has(subject) && s.policyNouns.has(keys[k - 2] ?? ''));
    }
  }
  for (let k = te; k < count && k < te + 3; k++)
    if (s.secondPerson.has(keys[k] ?? '') || ctx.person[k] === 1) return true;
  // A bare insult opening or closing a short reply is aimed at whoever is being replied to.
  return allowBare && (ts === 0 || te === count || keys[ts - 1] === '@user');
}

/** Gendered slurs like "cow" need the post to be about a woman (or to address someone directly). */
export function aimedAtWoman(ctx: Context, ts: number, te: number): boolean {
  const { keys, count } = ctx.tok;
  const s = ctx.lex.sets;
  for (let k = Math.max(0, ts - 6); k < Math.min(count, te + 4); k++)
    if (s.female.has(keys[k] ?? '')) return true;
  for (let k = Math.max(0, ts - 3); k < ts; k++)
    if (s.secondPerson.has(keys[k] ?? '') || s.possessive2.has(keys[k] ?? '')) return true;
  return false;
}

export function anyKeyIn(ctx: Context, set: Set<string>, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < Math.min(ctx.tok.count, to); k++)
    if (set.has(ctx.tok.keys[k] ?? '')) return true;
  return false;
}
