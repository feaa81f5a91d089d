/**
 * Name and alias matching (electron/ingest/matcher.ts): a printable-ASCII post is read in place
 * instead of being folded into an array of words. Whatever the path, the links must be exactly those
 * that folding the whole post gives (textKey.ts foldWords, the definition the People screen documents).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../db/connection';
import { addAlias, insertPerson } from '../../db/people';
import { MentionMatcher } from '../../electron/ingest/matcher';
import { foldWords } from '../../electron/ingest/textKey';
import { tempDbPath } from '../helpers/tmp';

const dbs: DB[] = [];
afterEach(() => {
  for (const d of dbs.splice(0)) d.close();
});

const PEOPLE: { name: string; aliases: string[] }[] = [
  { name: 'Zoë Whitfield', aliases: ['Zoe W', 'Whitfield'] },
  { name: "Siobhan O'Brien", aliases: ['SOB', 'the Brien'] },
  { name: 'Ade Smith-Jones', aliases: ['Smith Jones', 'Ade'] },
  { name: 'Łukasz Nowak', aliases: ['Lukasz', 'Nowak'] },
  { name: 'Priya Patel', aliases: ['Patel', 'P2', 'priya patel mp'] },
  { name: 'Tom Ashworth', aliases: ['Tommy A', '4shworth'] },
  { name: 'Tom Ashworth-Hale', aliases: [] },
  { name: 'Kerry Mabbott', aliases: ['KM', 'Mabbott the Rabbit'] },
];

/** The links by name and alias that folding the whole post into words gives. */
function reference(phrases: { words: string[]; personId: number; how: string }[], text: string): string[] {
  const words = foldWords(text);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++)
    for (const p of phrases) {
      if (p.words[0] !== words[i] || p.words.length > words.length - i) continue;
      if (p.words.every((w, k) => words[i + k] === w)) {
        const key = `${p.personId}:${p.how}`;
        if (!out.includes(key)) out.push(key);
      }
    }
  return out;
}

function fixtureTexts(): string[] {
  const dir = path.join(__dirname, '..', 'fixtures', 'classify');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      fs
        .readFileSync(path.join(dir, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { text?: unknown }).text)
        .filter((t): t is string => typeof t === 'string'),
    );
}

describe('matching names and aliases in post text', () => {
  it('links exactly what folding the whole post into words links, on ASCII and other posts', () => {
    const d = openDatabase(tempDbPath());
    dbs.push(d);
    const phrases: { words: string[]; personId: number; how: string }[] = [];
    for (const p of PEOPLE) {
      const id = insertPerson(d, { name: p.name, role: 'mp' });
      phrases.push({ words: foldWords(p.name), personId: id, how: 'name' });
      for (const a of p.aliases) {
        addAlias(d, id, a);
        phrases.push({ words: foldWords(a), personId: id, how: 'alias' });
      }
    }
    // Reference order: by first position in the post, then as the matcher lists candidates (names and
    // aliases in insertion order); compared as sets per post, and order checked on the first link.
    const matcher = new MentionMatcher(d);
    const names = PEOPLE.flatMap((p) => [p.name, ...p.aliases]);
    const forms = (n: string) => [n, n.toUpperCase(), n.toLowerCase(), `@${n}`, `${n}'s`, `(${n})`, `${n}.`];
    const texts = fixtureTexts();
    expect(texts.length).toBeGreaterThan(5000);
    let linked = 0;
    let ascii = 0;
    texts.forEach((t, i) => {
      // Every fixture post as written, and with a name or alias (in one of several forms) spliced in.
      const name = forms(names[i % names.length]!)[i % 7]!;
      const cut = (i * 7919) % (t.length + 1);
      for (const text of [t, `${t.slice(0, cut)} ${name} ${t.slice(cut)}`, `${name}${t}`]) {
        const got = matcher
          .match({ platform: 'x', text, mentionedHandles: [], mentionedAccountIds: [] })
          .map((m) => `${m.personId}:${m.how}`);
        const want = reference(phrases, text);
        expect([...got].sort(), text).toEqual([...want].sort());
        if (want.length) expect(got[0], text).toBe(want[0]);
        linked += got.length > 0 ? 1 : 0;
        if (!/[^ -~\t\n\r]/.test(text)) ascii++;
      }
    });
    // Both paths were exercised, and most spliced posts were linked.
    expect(ascii).toBeGreaterThan(texts.length);
    expect(ascii).toBeLessThan(texts.length * 3);
    expect(linked).toBeGreaterThan(texts.length);
  });

  it('reads words in place: digits, apostrophes and hyphens split words as folding does', () => {
    const d = openDatabase(tempDbPath());
    dbs.push(d);
    const obrien = insertPerson(d, { name: "Siobhan O'Brien", role: 'mp' });
    const hale = insertPerson(d, { name: 'Tom Ashworth-Hale', role: 'mp' });
    const p2 = insertPerson(d, { name: 'Priya Patel', role: 'mp' });
    addAlias(d, p2, 'P2');
    const m = new MentionMatcher(d);
    const who = (text: string) =>
      m.match({ platform: 'x', text, mentionedHandles: [], mentionedAccountIds: [] }).map((x) => x.personId);
    expect(who('SIOBHAN O BRIEN again')).toEqual([obrien]);
    expect(who('siobhan obrien again')).toEqual([]);
    expect(who('tom ashworth hale!')).toEqual([hale]);
    expect(who('tom ashworth')).toEqual([]);
    expect(who('the p2 vote')).toEqual([p2]);
    expect(who('the p22 vote')).toEqual([]);
    expect(who('xp2 and 2p2')).toEqual([]);
  });
});
