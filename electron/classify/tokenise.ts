import { isPictographic } from './leet';

/**
 * Tokens over normalised text: words (letters, digits, "*" masks, inner apostrophes dropped from the
 * key so "you're" and "youre" are one word), "@user"/"url" placeholders, and each emoji on its own.
 * Offsets are into the normalised text; normalise.ts maps them back to the original.
 */
export interface Tokens {
  count: number;
  // Plain arrays, not typed arrays: a post has a few dozen tokens, and allocating small typed arrays
  // costs ~5× more than small JS arrays in V8 (measured), which mattered at 100k posts/s.
  start: number[];
  end: number[];
  keys: string[];
  /** 1 where the token is an emoji or pictograph. */
  emoji: number[];
}

const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isWordChar = (c: number): boolean =>
  isLower(c) || isDigit(c) || c === 42 || (c >= 0xc0 && c < 0x2000 && c !== 0xd7);

export function tokenise(text: string): Tokens {
  const n = text.length;
  const start: number[] = [];
  const end: number[] = [];
  const emoji: number[] = [];
  const keys: string[] = [];
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isWordChar(c) || (c === 64 && isLower(text.charCodeAt(i + 1)))) {
      let j = i + 1;
      let apostrophes = false;
      for (;;) {
        const d = text.charCodeAt(j);
        if (isWordChar(d)) j++;
        else if (d === 39 && isWordChar(text.charCodeAt(j + 1)) && j > i) {
          apostrophes = true;
          j++;
        } else break;
      }
      // A lone "*" run is punctuation, not a masked word.
      let key = text.slice(i, j);
      if (apostrophes) key = key.replaceAll("'", '');
      if (!key.includes('*') || key.replaceAll('*', '').length > 0) {
        start.push(i);
        end.push(j);
        emoji.push(0);
        keys.push(key);
        count++;
      }
      i = j;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const cp = text.codePointAt(i) ?? c;
      if (isPictographic(cp)) {
        start.push(i);
        end.push(i + 2);
        emoji.push(1);
        keys.push(text.slice(i, i + 2));
        count++;
      }
      i += 2;
      continue;
    }
    if (isPictographic(c)) {
      start.push(i);
      end.push(i + 1);
      emoji.push(1);
      keys.push(text[i] ?? '');
      count++;
    }
    i++;
  }
  return { count, start, end, keys, emoji };
}
