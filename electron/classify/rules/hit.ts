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
