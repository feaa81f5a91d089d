import { wordList, type WordList } from '../wordLists';

/**
 * Phrase lists found from one word of each phrase, its anchor. A rule sets its word-table flag on the
 * anchors only, so it wakes on the phrases' rarer words rather than on "in", "be" or "you"
 * (rules/menace.ts, rules/intimidation.ts).
 */
export interface Anchored<T> {
  phrase: string[];
  /** Index of the anchor in `phrase`. */
  at: number;
  data: T;
}

/**
 * Phrases by anchor word, with the anchors also as a word list (wordLists.ts): a scan over every
 * token asks `ctx.tokenIn(t, index.anchors)` before `get`, a bit read instead of a Map probe for the
 * many tokens that anchor nothing (rules/cueScan.ts).
 */
export class AnchorIndex<T> extends Map<string, Anchored<T>[]> {
  readonly anchors: WordList;
  constructor(byAnchor: Map<string, Anchored<T>[]>) {
    super(byAnchor);
    this.anchors = wordList(byAnchor.keys());
  }
}

/** Indexes each phrase by its highest-ranked word (ties: the later one). */
export function indexByAnchor<T>(
  entries: Iterable<[string[], T]>,
  rank: (word: string) => number,
): Map<string, Anchored<T>[]> {
  const index = new Map<string, Anchored<T>[]>();
  for (const [phrase, data] of entries) {
    let at = 0;
    for (let i = 1; i < phrase.length; i++) if (rank(phrase[i]!) >= rank(phrase[at]!)) at = i;
    const entry = { phrase, at, data };
    const list = index.get(phrase[at]!);
    if (list) list.push(entry);
    else index.set(phrase[at]!, [entry]);
  }
  return index;
}

/** Whether `phrase` occurs in `keys` starting at token `from`. */
export function phraseAt(keys: readonly string[], from: number, phrase: readonly string[]): boolean {
  if (from < 0) return false;
  for (let k = 0; k < phrase.length; k++) if (keys[from + k] !== phrase[k]) return false;
  return true;
}
