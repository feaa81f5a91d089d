/**
 * Top words and hashtags in abusive posts. Counting every word of every post ahead of time would
 * need a table as large as the posts, so this reads the newest matching abusive posts (up to
 * SAMPLE_SIZE) and counts in how many of them each word appears — the chart says how many it read.
 * The walk uses posts_abusive_recent, newest first, and stops at the sample size.
 */
import type { PostFilter } from '../electron/api/filters';
import type { DashboardTerm } from '../electron/api/types';
import type { DB } from './connection';
import { postFilterWhere } from './postFilter';

export const SAMPLE_SIZE = 1000;

// Common English words and social-media filler that say nothing about what the abuse is about.
const STOP = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being
  below between both but by can cannot could did didn do does doesn doing don down during each even ever
  every few for from further get gets got had hadn has hasn have haven having he her here hers herself him
  himself his how i if in into is isn it its itself just let like ll me more most much must my myself no nor
  not now of off on once one only or other ought our ours ourselves out over own really re same say says
  said she should shouldn so some such than that the their theirs them themselves then there these they
  this those through to too under until up upon us ve very was wasn way we well were weren what when where
  which while who whom why will with won would wouldn yes yet you your yours yourself yourselves amp via
  http https www com co rt im ive youre dont cant wont thats theres whats go going gonna want wants need
  make made know think thing things people time today still back new see come look right
  also ever every much many another`.split(/\s+/),
);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
const TAG = /#([\p{L}\p{N}_]{2,50})/gu;
// Links, @handles, and masked words ("f*cking", "p*ki"): split at the mask they leave fragments
// such as "ing" that mean nothing on their own.
const STRIP = /https?:\/\/\S+|@[\w.]+|[\p{L}\p{N}]*\*[\p{L}\p{N}*]*/gu;

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** Words that name the people we monitor: every post mentions them, so they would top every list. */
function nameWords(db: DB): Set<string> {
  const out = new Set<string>();
  const rows = db
    .prepare('SELECT name FROM people UNION ALL SELECT alias FROM person_aliases')
    .pluck()
    .all() as string[];
  for (const n of rows) for (const w of fold(n).match(WORD) ?? []) out.add(w);
  return out;
}

export function countTerms(
  texts: string[],
  exclude: Set<string>,
  limit = 15,
): { terms: DashboardTerm[]; hashtags: DashboardTerm[] } {
  const words = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const text of texts) {
    const seenW = new Set<string>();
    const seenT = new Set<string>();
    for (const m of text.matchAll(TAG)) seenT.add(fold(m[1]!));
    for (const raw of fold(text.replace(STRIP, ' ').replace(TAG, ' ')).match(WORD) ?? []) {
      const w = raw.replace(/['’]s?$/u, '');
      if (w.length < 3 || /^\d+$/.test(w) || STOP.has(w) || exclude.has(w)) continue;
      seenW.add(w);
    }
    for (const w of seenW) words.set(w, (words.get(w) ?? 0) + 1);
    for (const t of seenT) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  const top = (m: Map<string, number>) =>
    [...m.entries()]
      .filter(([, n]) => n >= 2)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, limit)
      .map(([term, posts]) => ({ term, posts }));
  return { terms: top(words), hashtags: top(tags) };
}

export function topTerms(
  db: DB,
  f: PostFilter,
): { sample: number; terms: DashboardTerm[]; hashtags: DashboardTerm[] } {
  const w = postFilterWhere(db, f, { people: 'exists' });
  const texts = db
    .prepare(
      `SELECT p.text FROM posts p INDEXED BY posts_abusive_recent
       WHERE p.abusive = 1 AND ${w.sql} ORDER BY p.created_at DESC LIMIT ?`,
    )
    .pluck()
    .all(...w.params, SAMPLE_SIZE) as string[];
  return { sample: texts.length, ...countTerms(texts, nameWords(db)) };
}
