import type { Context } from '../context';
import { W_TROPE as W_TROPE_IMPORT } from '../wordFlags';
import type { RuleHit } from './hit';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const W_TROPE = W_TROPE_IMPORT;

/**
 * The control conspiracy trope (IHRA working definition, example 2) in free word order:
 * "Jews like Cohen run the banks", "the Rothschilds own the media". Criticism of Israel's government
 * is not matched: the subject must be Jews/Jewish people or the trope's stock names.
 */
export const SUBJECTS = new Set([
  'jews',
  'jew',
  'jewish',
  'jewry',
  'rothschild',
  'rothschilds',
  'zionists',
  'zios',
  'khazars',
]);
const CONTROL = new Set([
  'control',
  'controls',
  'controlled',
  'controlling',
  'run',
  'runs',
  'own',
  'owns',
  'owned',
  'rule',
  'rules',
  'puppet',
  'puppets',
  'strings',
  'behind',
  'bought',
  'buy',
  'buys',
  'pay',
  'pays',
  'paid',
  'fund',
  'funds',
  'funded',
]);
const DOMAINS = new Set([
  'banks',
  'bank',
  'banking',
  'media',
  'government',
  'world',
  'parliament',
  'money',
  'everything',
  'press',
  'hollywood',
  'labour',
  'tories',
  'party',
  'politicians',
  'mps',
  'country',
  'westminster',
  'finance',
  'us',
  'america',
  'uk',
  'britain',
  'bbc',
  'news',
  'economy',
  'wars',
  'war',
  'all',
  'them',
  'him',
  'her',
]);

export function tropeRules(ctx: Context, hits: RuleHit[]): void {
  if ((ctx.tok.flags & W_TROPE) === 0) return;
  const { keys, count } = ctx.tok;
  for (let t = 0; t < count; t++) {
    if (!SUBJECTS.has(keys[t] ?? '')) continue;
    for (let c = t + 1; c < count && c <= t + 5; c++) {
      if (!CONTROL.has(keys[c] ?? '')) continue;
      for (let d = c + 1; d < count && d <= c + 4; d++) {
        if (DOMAINS.has(keys[d] ?? '')) {
          hits.push({
            category: 'antisemitism',
            score: 0.85,
            tokStart: t,
            tokEnd: d + 1,
            rule: 'trope:jewish-control',
          });
          return;
        }
      }
    }
  }
}
