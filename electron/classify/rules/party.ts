import type { Context } from '../context';
import { sentenceStart as sentenceStart_IMPORT } from '../guards';
import type { RuleHit } from './hit';

// Module-local binding (tsx/vitest compile imports to getters called on every use).
const sentenceStart = sentenceStart_IMPORT;

const GROUP_ABUSE = new Set(['personal_insult', 'dehumanisation']);

/**
 * "All Tories are vermin", "Labour scum", "lefty parasites": an insult or dehumanising word applied to
 * a party or to politicians as a group is party-directed abuse (as well as whatever the word is).
 * Criticising what a party did ("Labour voted against it") never reaches here: no insult word.
 */
export function partyRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  const parties = ctx.lex.sets.parties;
  const found: RuleHit[] = [];
  for (const h of hits) {
    if (!GROUP_ABUSE.has(h.category)) continue;
    // The party anywhere earlier in the insult's sentence ("Reform councillors are a bunch of smug
    // useless wankers"), or just after it ("scum, the lot of Labour").
    for (let k = sentenceStart(ctx, h.tokStart); k < Math.min(count, h.tokEnd + 2); k++) {
      if (k >= h.tokStart && k < h.tokEnd) continue;
      if (parties.has(keys[k] ?? '')) {
        const s = Math.min(k, h.tokStart);
        const e = Math.max(k + 1, h.tokEnd);
        found.push({
          category: 'party_abuse',
          score: Math.min(0.9, h.score + 0.1),
          tokStart: s,
          tokEnd: e,
          rule: `party:${keys[k] ?? ''}+${h.rule}`,
        });
        break;
      }
    }
  }
  hits.push(...found);
}
