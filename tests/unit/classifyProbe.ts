import { createClassifier } from '../../electron/classify';

/**
 * One shipped classifier and three ways to ask it about a post, shared by the rule tests: the rule ids
 * of its evidence that start with `prefix`, its label keys, and whether it is abuse.
 */
const c = createClassifier();
export const rules = (text: string, prefix: string): string[] =>
  c
    .classify(text)
    .categories.flatMap((l) => l.spans.map((s) => s.rule ?? ''))
    .filter((r) => r.startsWith(prefix))
    .sort();
export const keys = (text: string): string[] => c.classify(text).categories.map((l) => l.key);
export const abusive = (text: string): boolean => c.classify(text).abusive;
