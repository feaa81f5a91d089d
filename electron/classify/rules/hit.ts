/**
 * One piece of rule evidence. Token offsets index Context.tok; detectors that work on the original
 * text (doxxing) give original offsets directly in `start`/`end`.
 */
export interface RuleHit {
  category: string;
  score: number;
  tokStart: number;
  tokEnd: number;
  rule: string;
  /** Original-text offsets, when the hit did not come from tokens. */
  start?: number;
  end?: number;
  /** Guards already applied (doxxing detectors handle their own context). */
  guarded?: boolean;
}

/** A hit over tokens [tokStart, tokEnd). */
export function ruleHit(
  category: string,
  score: number,
  tokStart: number,
  tokEnd: number,
  rule: string,
): RuleHit {
  return { category, score, tokStart, tokEnd, rule };
}

/**
 * One category's rule evidence combined (decide.ts labels with it; rules/corroborate.ts weighs weak
 * evidence with it): noisy-or over distinct rules, each at its best score, since repeats of the same
 * rule are one piece of evidence, not several.
 */
export function noisyOr(hits: RuleHit[]): number {
  const best = new Map<string, number>();
  for (const h of hits) best.set(h.rule, Math.max(best.get(h.rule) ?? 0, h.score));
  let miss = 1;
  for (const s of best.values()) miss *= 1 - s;
  return Math.min(0.99, 1 - miss);
}
