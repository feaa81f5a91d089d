import antisemitism from './lexicons/antisemitism.json';
import type { Context } from './context';

/**
 * Whether a post is about Jews, Judaism or Israel at all: a word starting with one of the `topic`
 * stems of lexicons/antisemitism.json ("jew" → jews, jewish; "israel" → israeli), an antisemitism
 * lexicon match, or the (((echo))). The antisemitism head was trained only on ISCA posts, which are
 * all on this topic, so off-topic its score means nothing: it gave "i will kill you" 0.80, and on the
 * validation and test splits 31 of its 32 model-only labels outside ISCA were posts with no such word
 * (while every one on ISCA had one). A model-only antisemitism label therefore needs the topic.
 * Only asked when the head's score already passes its threshold (rare), so a plain scan is fine.
 */
const STEMS: readonly string[] = antisemitism.topic;

export function mentionsJewishTopic(ctx: Context): boolean {
  if (ctx.lexCategories.includes('antisemitism') || ctx.original.includes('(((')) return true;
  return mentionsTopic(ctx, STEMS);
}

/** Whether any word of the post starts with one of `stems` (a lexicon file's `topic`). */
export function mentionsTopic(ctx: Context, stems: readonly string[]): boolean {
  const byFirst = stemsByFirst(stems);
  const { keys, count } = ctx.tok;
  if (count > 0 && byFirst.has(EVERY_WORD)) return true;
  for (let t = 0; t < count; t++) {
    const key = keys[t]!;
    const candidates = byFirst.get(key.charCodeAt(0));
    if (candidates === undefined) continue;
    for (const stem of candidates) if (key.startsWith(stem)) return true;
  }
  return false;
}

/** The key of an empty stem in stemsByFirst: every word starts with it. */
const EVERY_WORD = -1;
const STEM_INDEXES = new WeakMap<readonly string[], Map<number, string[]>>();

/**
 * A topic's stems by their first char, made once per list: a word is compared only with the stems
 * it could start with (comparing every word with all of a file's 34-47 stems cost about 1,150
 * instructions per OLID tweet).
 */
function stemsByFirst(stems: readonly string[]): Map<number, string[]> {
  let index = STEM_INDEXES.get(stems);
  if (index === undefined) {
    index = new Map();
    for (const stem of stems) {
      const first = stem === '' ? EVERY_WORD : stem.charCodeAt(0);
      const list = index.get(first);
      if (list) list.push(stem);
      else index.set(first, [stem]);
    }
    STEM_INDEXES.set(stems, index);
  }
  return index;
}
