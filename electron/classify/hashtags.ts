import { termKeys, type Lexicon } from './lexicon';
import type { Classification, Label } from './types';

/**
 * Hashtags written in CamelCase carry whole phrases in one token: "#HangTheTraitors", "#RopeForRosa",
 * "#GasTheTories", "#BulletForBellamy". The normaliser lower-cases them into one word the lexicons
 * cannot read ("hangthetraitors"), so the classifier reads such a post a second time with the tags
 * split into their words ("#Hang The Traitors"). Only tags that hold the start of a word-list phrase are
 * split (a campaign tag like "#KillTheBill" is then read as the figure of speech it is); a tag in one
 * case is split only if it is a whole word-list phrase run together ("#deadmanwalking"). Only posts the
 * first reading found harmless are read again.
 */
export interface Expanded {
  text: string;
  /** For each index of `text` (and one past its end), the index of the original text it came from. */
  from: Int32Array;
  /** The split tags in the original text, as [start, end) pairs. */
  tags: number[];
}

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isLowerOrDigit = (c: number): boolean => isLower(c) || (c >= 48 && c <= 57);

/**
 * Where the tag whose "#" is at text[hash] ends, or -1 if no tag starts there: a tag is "#", an ASCII
 * letter, then ASCII letters and digits (the pattern #[A-Za-z][A-Za-z0-9]*). Scanned by hand: with a
 * regular expression, exec was about 40% of the cost of reading a post's tags.
 */
function tagEnd(text: string, hash: number): number {
  // (No read past the end: charCodeAt's NaN there would send V8 to its slow path for good.)
  const n = text.length;
  if (hash + 1 >= n) return -1;
  const first = text.charCodeAt(hash + 1);
  if (!isUpper(first) && !isLower(first)) return -1;
  let end = hash + 2;
  while (end < n && (isUpper(text.charCodeAt(end)) || isLowerOrDigit(text.charCodeAt(end)))) end++;
  return end;
}

/**
 * Push where CamelCase word boundaries fall in the tag text[from, to), as the index of the word's
 * first letter: "tT" in "HangThe", "rR" in "ForRosa", "AT" before "Tories" in "GASThe". The matches of
 * /([a-z0-9])([A-Z])|([A-Z])([A-Z][a-z])/g, leftmost first and not overlapping.
 */
function pushBoundaries(text: string, from: number, to: number, cuts: number[]): void {
  let p = from;
  while (p + 1 < to) {
    const a = text.charCodeAt(p);
    const b = text.charCodeAt(p + 1);
    if (isLowerOrDigit(a) && isUpper(b)) {
      cuts.push(p + 1);
      p += 2;
    } else if (isUpper(a) && isUpper(b) && p + 2 < to && isLower(text.charCodeAt(p + 2))) {
      cuts.push(p + 1);
      p += 3;
    } else p++;
  }
}

/**
 * Per lexicon: the first two words of every abuse phrase of several words, and each such phrase run
 * together ("deadmanwalking") with the lengths of its words, for tags typed all in one case.
 */
interface TagIndex {
  starts: Set<string>;
  joined: Map<string, number[]>;
}
const INDEXES = new WeakMap<Lexicon, TagIndex>();

function tagIndex(lex: Lexicon): TagIndex {
  let index = INDEXES.get(lex);
  if (index === undefined) {
    index = { starts: new Set<string>(), joined: new Map<string, number[]>() };
    for (const e of lex.entries) {
      if (e.kind === 'figurative' || e.kind === 'policy' || e.kind === 'critique') continue;
      const keys = termKeys(e.term);
      if (keys.length < 2) continue;
      index.starts.add(`${keys[0]} ${keys[1]}`);
      if (keys.every((k) => /^[a-z]+$/.test(k)))
        index.joined.set(
          keys.join(''),
          keys.map((k) => k.length),
        );
    }
    INDEXES.set(lex, index);
  }
  return index;
}

/** Whether a tag in the post has a capital after a small letter ("#HangThe…"): most tags do not. */
function camelTag(text: string): boolean {
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
    let lower = false;
    for (let j = i + 1; j < text.length; j++) {
      const c = text.charCodeAt(j);
      if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) {
        if (lower) return true;
      } else if (c < 48 || c > 57) break;
    }
  }
  return false;
}

/** The post with its CamelCase hashtags split into words, or null if no tag needs it. */
export function expandHashtags(text: string, lex: Lexicon): Expanded | null {
  if (text.indexOf('#') < 0) return null;
  const camel = camelTag(text);
  const { starts, joined } = tagIndex(lex);
  // Insertion points (indexes of the original text before which a space goes).
  const cuts: number[] = [];
  const tags: number[] = [];
  let next = 0;
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', next)) {
    const end = tagEnd(text, hash);
    next = end < 0 ? hash + 1 : end;
    if (end < 0) continue;
    const start = hash + 1;
    const tag = text.slice(start, end);
    const local: number[] = [];
    if (camel) pushBoundaries(text, start, end, local);
    if (local.length === 0) {
      // A tag in one case that is a whole phrase run together: "#deadmanwalking", "#HANGHER".
      const lengths = tag.length >= 6 ? joined.get(tag.toLowerCase()) : undefined;
      if (lengths === undefined) continue;
      let at = start;
      for (const len of lengths.slice(0, -1)) cuts.push((at += len));
      tags.push(start - 1, start + tag.length);
      continue;
    }
    // Worth a second reading only if two of its words next to each other begin a word-list phrase
    // ("hang the" in #HangTheTraitors; not "walk away" in #WalkAway): about one tweet in a hundred.
    let known = false;
    let from = start;
    let before = '';
    for (const cut of [...local, start + tag.length]) {
      const word = text.slice(from, cut).toLowerCase();
      if (before !== '' && starts.has(`${before} ${word}`)) known = true;
      before = word;
      from = cut;
    }
    if (!known) continue;
    cuts.push(...local);
    tags.push(start - 1, start + tag.length);
  }
  if (cuts.length === 0) return null;
  const out: string[] = [];
  const from = new Int32Array(text.length + cuts.length + 1);
  let prev = 0;
  let n = 0;
  for (const cut of cuts) {
    out.push(text.slice(prev, cut), ' ');
    for (let i = prev; i < cut; i++) from[n++] = i;
    from[n++] = cut;
    prev = cut;
  }
  out.push(text.slice(prev));
  for (let i = prev; i <= text.length; i++) from[n++] = i;
  return { text: out.join(''), from, tags };
}

/**
 * A word-list phrase of several words ("lex:harm_incitement:hang the traitors"): one word in a tag is
 * too often a name or a joke ("#DickDurbin", "#FatBands").
 */
function phraseHit(rule: string): boolean {
  return rule.startsWith('lex:') && rule.indexOf(' ') > 0;
}

/**
 * The first reading, with the word-list and rule labels of the reading with CamelCase hashtags split
 * ("#HangTheTraitors") when only that one found abuse; their spans mapped back onto the post as
 * written. Model labels of the second reading are left out: the model read the first.
 */
export function withHashtagsRead(
  first: Classification,
  second: Classification,
  expanded: Expanded,
): Classification {
  if (!second.abusive) return first;
  const at = (i: number): number => expanded.from[Math.min(i, expanded.from.length - 1)] ?? 0;
  const inTag = (start: number, end: number): boolean => {
    for (let k = 0; k < expanded.tags.length; k += 2)
      if (start < (expanded.tags[k + 1] ?? 0) && end > (expanded.tags[k] ?? 0)) return true;
    return false;
  };
  // Only what a word list's phrase found in a split tag: the tag is what the first reading could not read.
  const categories: Label[] = [];
  for (const l of second.categories) {
    if (l.source !== 'rule' || l.severity === 0) continue;
    const spans = l.spans
      .map((sp) => ({ ...sp, start: at(sp.start), end: sp.end > sp.start ? at(sp.end - 1) + 1 : at(sp.end) }))
      .filter((sp) => phraseHit(sp.rule ?? '') && inTag(sp.start, sp.end));
    if (spans.length > 0) categories.push({ ...l, spans });
  }
  if (categories.length === 0) return first;
  return {
    ...first,
    abusive: true,
    severity: Math.max(...categories.map((l) => l.severity)),
    categories,
  };
}
