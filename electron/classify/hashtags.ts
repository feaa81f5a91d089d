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

const TAG = /#([A-Za-z][A-Za-z0-9]*)/g;
/** Where a CamelCase word boundary falls: "tT" in "HangThe", "rR" in "ForRosa", "AT" before "Tories" in "GASThe". */
const BOUNDARY = /([a-z0-9])([A-Z])|([A-Z])([A-Z][a-z])/g;

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
  // exec on the one global pattern, not matchAll: matchAll compiles a copy of the pattern per call.
  TAG.lastIndex = 0;
  for (let m = TAG.exec(text); m !== null; m = TAG.exec(text)) {
    const tag = m[1] ?? '';
    const start = (m.index ?? 0) + 1;
    const local: number[] = [];
    if (camel) {
      BOUNDARY.lastIndex = 0;
      for (let b = BOUNDARY.exec(tag); b !== null; b = BOUNDARY.exec(tag)) local.push(start + b.index + 1);
    }
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
