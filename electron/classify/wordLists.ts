/**
 * Word lists the rules test tokens against ("is this token a wish word?"). A WordList is an ordinary
 * Set of words (`LIST.has(word)` works for any string), and it is also numbered when it is made: the
 * word table (wordTable.ts) gives every word of every list a slot and marks in it, one bit per list,
 * the lists holding the word, so `ctx.tokenIn(t, LIST)` reads one bit of token t's slot instead of
 * hashing the token's key again in a Set (a Set probe cost ~45 instructions in V8; the rules made
 * ~120 per post).
 *
 * For the lists tested on many tokens of many posts: there are 32 bits, and a plain Set does for the
 * rest. Make a list with `wordList([...])` at module level, as a rule's other constants are: the word
 * table is built when the first post is classified, and a list made after that cannot be in it.
 * Kept free of imports so any module can use it without an import cycle.
 */
export class WordList extends Set<string> {
  /** This list's bit in a slot's list bits (WordTable.listBits): a shift, so it stays a small integer. */
  readonly shift: number;

  constructor(words: Iterable<string>) {
    super(words);
    if (sealed) throw new Error('word lists must be made before the first post is classified');
    if (lists.length === 32) throw new Error('at most 32 word lists: use a Set for this one');
    // An empty key is what rules read past the last token: no list may hold it, so a token without
    // a slot (or no token at all) is in no list.
    if (this.has('')) throw new Error('a word list cannot hold the empty word');
    this.shift = lists.length;
    lists.push(this);
  }
}

const lists: WordList[] = [];
let sealed = false;

/** A word list whose tokens the word table marks (see above). */
export function wordList(words: Iterable<string>): WordList {
  return new WordList(words);
}

/** Every list, in the order they were made; no list can be made after this is called (wordTable.ts). */
export function sealWordLists(): readonly WordList[] {
  sealed = true;
  return lists;
}
