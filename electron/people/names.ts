/**
 * Names as rosters write them ("Mr Connor Rand", "Rt Hon Wendy Morton MP", "Starmer, Sir Keir") and as
 * posts write them ("Connor Rand"). Titles are kept in the person's name for display; a plain-name
 * alias lets the matcher find posts that leave the title out.
 */
import { foldWords } from '../ingest/textKey';

const LEADING_TITLES = [
  'the rt hon',
  'rt hon',
  'right honourable',
  'the right honourable',
  'the hon',
  'hon',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'baroness',
  'baron',
  'professor',
  'prof',
  'rev',
  'revd',
  'reverend',
  'cllr',
  'councillor',
];
const TRAILING_TITLES = ['mp', 'kc', 'qc', 'msp', 'ms', 'mla', 'cbe', 'obe', 'mbe', 'kbe', 'dbe', 'pc'];

/** "Rt Hon Sir Keir Starmer KC MP" → "Keir Starmer". Returns the input (trimmed) when nothing is left. */
export function plainName(name: string): string {
  let words = name.trim().split(/\s+/).filter(Boolean);
  const bare = (w: string) => w.toLowerCase().replace(/[.,]/g, '');
  let changed = true;
  while (changed && words.length > 1) {
    changed = false;
    for (const t of LEADING_TITLES) {
      const tw = t.split(' ');
      if (tw.length < words.length && tw.every((w, i) => bare(words[i]!) === w)) {
        words = words.slice(tw.length);
        changed = true;
        break;
      }
    }
  }
  while (words.length > 2 && TRAILING_TITLES.includes(bare(words[words.length - 1]!)))
    words = words.slice(0, -1);
  const out = words.join(' ').replace(/,$/, '');
  return out || name.trim();
}

/** "Starmer, Keir" → "Keir Starmer" (the Members API's nameListAs). */
export function fromListName(listName: string): string {
  const i = listName.indexOf(',');
  if (i < 0) return listName.trim();
  return `${listName.slice(i + 1).trim()} ${listName.slice(0, i).trim()}`.trim();
}

/** Case-, accent- and punctuation-insensitive key for comparing names and constituencies. */
export function foldKey(s: string | null | undefined): string {
  return s ? foldWords(s).join(' ') : '';
}

/** True when two names are the same once case, accents, punctuation and titles are ignored. */
export function sameName(a: string, b: string): boolean {
  return foldKey(plainName(a)) === foldKey(plainName(b));
}
