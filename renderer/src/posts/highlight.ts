/**
 * Where a search matched inside a post's text, as character ranges of the original text, so the
 * explorer can mark them. Matching mirrors the index: case- and accent-insensitive, whole words, a
 * trailing * matches any ending. Only ranges are computed; the text itself is rendered as React text.
 */
import type { SearchTerm } from '../../../electron/api/types';

export interface Range {
  start: number;
  end: number;
}

/** The text folded (lower case, accents removed) with, for each folded char, its original index. */
function foldWithMap(text: string): { folded: string; map: number[] } {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Keep surrogate pairs together so an emoji is never split.
    const ch = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? text.slice(i, i + 2) : text[i]!;
    const f = ch
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase();
    for (let k = 0; k < f.length; k++) map.push(i);
    folded += f;
    if (ch.length === 2) i++;
  }
  map.push(text.length);
  return { folded, map };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Ranges of `text` that the searched-for terms match (empty for no terms or nothing found). */
export function matchRanges(text: string, terms: readonly SearchTerm[] | undefined): Range[] {
  if (!terms?.length || !text) return [];
  const { folded, map } = foldWithMap(text);
  const out: Range[] = [];
  for (const t of terms) {
    const words = fold(t.text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    if (words.length === 0) continue;
    // Words of a phrase may be separated by any run of non-word characters, as in the index.
    const body = words.map(escapeRe).join('[^\\p{L}\\p{N}]+');
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${body}${t.prefix ? '[\\p{L}\\p{N}]*' : ''}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of folded.matchAll(re)) {
      const start = map[m.index]!;
      const endIdx = m.index + m[0].length;
      const end = endIdx < map.length - 1 ? map[endIdx]! : text.length;
      if (end > start) out.push({ start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
