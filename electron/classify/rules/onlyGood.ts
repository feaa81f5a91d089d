import type { Context } from '../context';
import { ruleHit as ruleHit_IMPORT, type RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const span = ruleHit_IMPORT;

/** What the "only good" one is: dead, or as good as. */
const DEAD = new Set(['dead', 'buried', 'hanged', 'hung']);

/**
 * "The only good Tory is a dead Tory", "the only good MPs are dead ones", "only good politician's a
 * buried one": death wished on a whole group, whatever group is named (the slogan works for any).
 * "The only good thing about…" is not it: the verb must follow within three words of "good" and
 * "dead" right after it (or after "a"/"an").
 */
export function onlyGoodRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  for (let t = 0; t + 3 < count; t++) {
    if (keys[t] !== 'only' || keys[t + 1] !== 'good') continue;
    for (let k = t + 2; k < count && k <= t + 5; k++) {
      const w = keys[k] ?? '';
      if (w !== 'is' && w !== 'are' && w !== 's') continue;
      const next = keys[k + 1] === 'a' || keys[k + 1] === 'an' ? k + 2 : k + 1;
      if (DEAD.has(keys[next] ?? '')) {
        hits.push(span('harm_incitement', 0.85, t, next + 1, 'harm:only-good-dead'));
        return;
      }
      break;
    }
  }
}
