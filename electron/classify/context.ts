import { lookupKey, type Lexicon } from './lexicon';
import { normalise, toOriginal, type Normalised } from './normalise';
import { tokenise, type Tokens } from './tokenise';

/**
 * Everything the rules need about one post, computed once: normalised text with its offset map,
 * tokens (split fragments re-joined), lexicon word ids, which tokens sit inside quotation marks, and
 * every lexicon phrase the automaton found.
 */
export interface Context {
  original: string;
  norm: Normalised;
  tok: Tokens;
  /** Tokens before fragments were re-joined: what the model sees (it must not depend on the lexicons). */
  baseTok: Tokens;
  ids: number[];
  quoted: number[];
  /**
   * 1 where a token names a person: a known target name (ClassifyOptions.targetNames), or a
   * capitalised word that does not start a sentence ("kill Briggs", "Nair's kids").
   */
  person: number[];
  /** Lexicon matches: entry id, first token, one past the last token. */
  matches: { entry: number; start: number; end: number }[];
  /** Distinct categories of confident lexicon entries (weight ≥ 0.5) matched: model features (features.ts). */
  lexCategories: string[];
  lex: Lexicon;
}

const JOIN_GAPS = new Set([32, 46, 45, 95]); // space . - _

export function buildContext(original: string, lex: Lexicon, names?: Set<string>): Context {
  const norm = normalise(original);
  const baseTok = tokenise(norm.text);
  const tok = joinFragments(norm.text, baseTok, lex);
  const ids: number[] = new Array<number>(tok.count);
  for (let t = 0; t < tok.count; t++) {
    const key = tok.keys[t] ?? '';
    let id = lookupKey(lex, key);
    if (id < 0 && key.includes('i')) {
      // "1" and "|" stand for "l" as often as "i": "1oser", "ki11".
      const [s, e] = toOriginal(norm, tok.start[t] ?? 0, tok.end[t] ?? 0);
      const raw = original.slice(s, e);
      if (raw.includes('1') || raw.includes('|') || raw.includes('!'))
        id = lookupKey(lex, key.replaceAll('i', 'l'));
    }
    ids[t] = id;
  }
  const matches: Context['matches'] = [];
  lex.automaton.search(ids, tok.count, (entry, last) => {
    const len = lex.entries[entry]?.length ?? 1;
    matches.push({ entry, start: last - len + 1, end: last + 1 });
  });
  const lexCategories: string[] = [];
  for (const m of matches) {
    const e = lex.entries[m.entry];
    if (
      e &&
      e.kind !== 'policy' &&
      e.kind !== 'figurative' &&
      e.weight >= 0.5 &&
      !lexCategories.includes(e.category)
    )
      lexCategories.push(e.category);
  }
  lexCategories.sort();
  return {
    original,
    norm,
    tok,
    baseTok,
    ids,
    quoted: quotedTokens(norm.text, tok),
    person: personTokens(original, norm, tok, lex, names),
    matches,
    lexCategories,
    lex,
  };
}

function personTokens(
  original: string,
  norm: Normalised,
  tok: Tokens,
  lex: Lexicon,
  names?: Set<string>,
): number[] {
  const flags: number[] = new Array<number>(tok.count).fill(0);
  for (let t = 0; t < tok.count; t++) {
    const key = tok.keys[t] ?? '';
    if (key === '@user' || names?.has(key)) {
      flags[t] = 1;
      continue;
    }
    const s = norm.srcStart[tok.start[t] ?? 0] ?? 0;
    const c0 = original.charCodeAt(s);
    const c1 = original.charCodeAt(s + 1);
    // "Briggs" yes; "NHS", "I", "MP" no (no lower case after the capital)
    if (!(c0 >= 65 && c0 <= 90) || !(c1 >= 97 && c1 <= 122)) continue;
    if (lex.sets.stopwords.has(key) || lex.sets.policyNouns.has(key)) continue;
    let k = s - 1;
    while (
      k >= 0 &&
      (original.charCodeAt(k) === 32 || original.charCodeAt(k) === 34 || original.charCodeAt(k) === 39)
    )
      k--;
    const prev = k < 0 ? 46 : original.charCodeAt(k);
    if (prev === 46 || prev === 33 || prev === 63 || prev === 10 || prev === 58) continue; // sentence start
    flags[t] = 1;
  }
  return flags;
}

/** Re-join words split to dodge filters ("stu pid", "k.ill", "n-word"), only into known lexicon words. */
function joinFragments(text: string, tok: Tokens, lex: Lexicon): Tokens {
  let changed = false;
  const keys: string[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const emoji: number[] = [];
  let t = 0;
  while (t < tok.count) {
    const k = tok.keys[t] ?? '';
    let joined = 0;
    if (k.length <= 4 && tok.emoji[t] === 0) {
      let acc = k;
      for (let n = 1; n <= 2 && t + n < tok.count; n++) {
        const prevEnd = tok.end[t + n - 1] ?? 0;
        const gapChar = text.charCodeAt(prevEnd);
        const next = tok.keys[t + n] ?? '';
        if (
          (tok.start[t + n] ?? 0) !== prevEnd + 1 ||
          !JOIN_GAPS.has(gapChar) ||
          tok.emoji[t + n] === 1 ||
          next.length > 4
        )
          break;
        if (
          gapChar === 32 &&
          (lex.sets.stopwords.has(next) || lex.sets.stopwords.has(tok.keys[t + n - 1] ?? ''))
        )
          break;
        acc += next;
        if (lex.singles.has(acc) && !lex.vocab.has(k)) joined = n;
      }
    }
    keys.push(joined ? tok.keys.slice(t, t + joined + 1).join('') : k);
    start.push(tok.start[t] ?? 0);
    end.push(tok.end[t + joined] ?? 0);
    emoji.push(tok.emoji[t] ?? 0);
    if (joined) changed = true;
    t += joined + 1;
  }
  if (!changed) return tok;
  return { count: keys.length, keys, start, end, emoji };
}

/** Mark tokens inside "double" or 'single' quotation marks (apostrophes inside words are not quotes). */
function quotedTokens(text: string, tok: Tokens): number[] {
  const flags: number[] = new Array<number>(tok.count).fill(0);
  if (!text.includes('"') && !text.includes("'")) return flags;
  const ranges: [number, number][] = [];
  let dq = -1;
  let sq = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      if (dq < 0) dq = i;
      else {
        ranges.push([dq, i]);
        dq = -1;
      }
    } else if (c === 39) {
      const prevWord = isWordChar(text.charCodeAt(i - 1));
      const nextWord = isWordChar(text.charCodeAt(i + 1));
      if (sq < 0 && !prevWord && nextWord) sq = i;
      else if (sq >= 0 && prevWord && !nextWord) {
        ranges.push([sq, i]);
        sq = -1;
      }
    }
  }
  if (ranges.length === 0) return flags;
  for (let t = 0; t < tok.count; t++) {
    const s = tok.start[t] ?? 0;
    for (const [a, b] of ranges) if (s > a && s < b) flags[t] = 1;
  }
  return flags;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 42;
}
