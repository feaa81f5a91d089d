import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../electron/classify/ahoCorasick';
import { buildContext, wordTableOf } from '../../electron/classify/context';
import { detectPersonalInfo } from '../../electron/classify/doxxing';
import fs from 'node:fs';
import path from 'node:path';
import { extractFeatures } from '../../electron/classify/features';
import { loadModel, scoreModel } from '../../electron/classify/model';
import { buildLexicon, lookupKey } from '../../electron/classify/lexicon';
import { normalise, normaliseScratch } from '../../electron/classify/normalise';
import { newTokenStore, tokenise, tokeniseInto } from '../../electron/classify/tokenise';
import { mulberry32 } from '../../electron/classify/train/sgd';

/**
 * The classifier's fast paths (scratch buffers, the word table, pre-checks) must agree with the
 * plain definitions they replace, on random posts built from the characters that matter: leet,
 * apostrophes, masks, elongations, spaced letters, links, mentions, digits, emoji and lookalikes.
 * tests/unit/classify-golden.test.ts pins the end-to-end outputs; this fuzzes the pieces.
 */
const lex = buildLexicon();
const PIECES = [
  'you',
  'idiot',
  'stuuuupid',
  'f*ck',
  '***',
  "you're",
  "don't",
  'k i l l',
  'i.d.i.o.t',
  'sh1t',
  'b!tch',
  '1oser',
  'ki11',
  '@User',
  'https://t.co/x1',
  'www.a1.uk',
  'SW1A 1AA',
  '07700 900123',
  'a@b.co',
  '🔪',
  '🐀',
  'іdіot',
  '𝐦𝐨𝐫𝐨𝐧',
  'ÉCOLE',
  'dumb ass',
  'head case',
  'n-word',
  '!!!',
  '#MAGA',
  '(((x)))',
  '2019',
  'the',
  'Briggs',
  'cow',
  'she',
  ' ',
  ', ',
  '. ',
  "'",
  '"',
  // the model's word memo: longer than its 16 stored chars, beyond Latin-1, same key with an apostrophe
  'antidisestablishmentarianism',
  'ψεύτης',
  'dont',
];

function randomPost(rand: () => number): string {
  const n = 1 + Math.floor(rand() * 12);
  let s = '';
  for (let i = 0; i < n; i++) {
    s += PIECES[Math.floor(rand() * PIECES.length)] ?? '';
    s += rand() < 0.7 ? ' ' : '';
  }
  return s;
}

describe('fast paths agree with the plain definitions', () => {
  const rand = mulberry32(7);
  const posts = Array.from({ length: 600 }, () => randomPost(rand));

  it('normaliseScratch counts digits, letters and capitals of the original text', () => {
    // …and notes an "@" after an address's local part: in a link, after "+", after a mention
    const mail = ['https://x.uk/a@b.co', 'jo.bloggs+mp@parliament.uk', '@User@x.uk', 'x.@User', '@a @b'];
    for (const p of [...posts, ...mail]) {
      const r = normaliseScratch(p);
      let digits = 0;
      let letterDigit = false;
      let letters = 0;
      let capitals = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        const alpha = (k: number): boolean => (k >= 65 && k <= 90) || (k >= 97 && k <= 122);
        if (c >= 48 && c <= 57) {
          digits++;
          if (i > 0 && alpha(p.charCodeAt(i - 1))) letterDigit = true;
        }
        if (alpha(c)) letters++;
        if (c >= 65 && c <= 90) capitals++;
      }
      // an "@" after a char an address's local part may hold (doxxing.ts findEmails)
      const mailAt = /[A-Za-z0-9._%+-]@/.test(p);
      expect([r.digits, r.letterDigit, r.letters, r.capitals, r.mailAt], p).toEqual([
        digits,
        letterDigit,
        letters,
        capitals,
        mailAt,
      ]);
      expect(r.text).toBe(normalise(p).text);
      // the pre-checks never hide something the full scan finds
      expect(detectPersonalInfo(p, true, true, r)).toEqual(detectPersonalInfo(p, true, true));
    }
  });

  it('tokeniseInto with the word table gives the same tokens, ids and features', () => {
    const table = wordTableOf(lex);
    const store = newTokenStore(4);
    for (const p of posts) {
      const text = normalise(p).text;
      const plain = tokenise(text);
      tokeniseInto(text, store, table);
      expect(store.keys.slice(0, store.count), p).toEqual(plain.keys);
      expect(store.start.slice(0, store.count)).toEqual(plain.start);
      expect(store.end.slice(0, store.count)).toEqual(plain.end);
      expect(store.emoji.slice(0, store.count)).toEqual(plain.emoji);
      for (let t = 0; t < store.count; t++) {
        const id = lex.vocab.get(plain.keys[t] ?? '') ?? -1;
        expect(store.vid[t], plain.keys[t]).toBe(id);
      }
      // quoteOpen: some word starts right after a quote mark (rules/scareQuotes.ts runs only then).
      const quoteOpen = plain.start.some((s) => s > 0 && (text[s - 1] === "'" || text[s - 1] === '"'));
      expect(store.quoteOpen, p).toBe(quoteOpen);
      const a = new Int32Array(4096);
      const b = new Int32Array(4096);
      const na = extractFeatures(store, 16, a);
      const nb = extractFeatures(plain, 16, b);
      expect(Array.from(a.subarray(0, na))).toEqual(Array.from(b.subarray(0, nb)));
    }
  });

  it('the memoised model sum equals the feature-list sum, with and without a rescoring mask', () => {
    const model = loadModel(
      fs.readFileSync(path.join(__dirname, '..', '..', 'electron', 'classify', 'model', 'weights.bin')),
    );
    const fast = new Float64Array(4);
    const fastMasked = new Float64Array(4);
    const slow = new Float64Array(4);
    const slowMasked = new Float64Array(4);
    const maskRand = mulberry32(11);
    // twice over: the second pass reads every word's sums from the memo
    for (const p of [...posts, ...posts]) {
      const ctx = buildContext(p, lex);
      // plain tokens (no source code units) take the feature-list path
      const plain = tokenise(ctx.norm.text);
      const len = ctx.norm.text.length;
      const mask = Uint8Array.from({ length: ctx.baseTok.count }, () => (maskRand() < 0.3 ? 1 : 0));
      scoreModel(model, ctx.baseTok, len, fast, ctx.lexCategories, mask, fastMasked, ctx.style);
      scoreModel(model, plain, len, slow, ctx.lexCategories, mask, slowMasked, ctx.style);
      expect(Array.from(fast), p).toEqual(Array.from(slow));
      expect(Array.from(fastMasked), p).toEqual(Array.from(slowMasked));
      scoreModel(model, ctx.baseTok, len, fast, ctx.lexCategories, undefined, undefined, ctx.style);
      expect(Array.from(fast), p).toEqual(Array.from(slow));
    }
  });

  it('context word ids match lookupKey', () => {
    for (const p of posts) {
      const ctx = buildContext(p, lex);
      for (let t = 0; t < ctx.tok.count; t++) {
        const key = ctx.tok.keys[t] ?? '';
        const id = lookupKey(lex, key);
        // the "1"/"|" → "l" retry is the only other source of ids
        if (id >= 0) expect(ctx.ids[t], key).toBe(id);
        else if (ctx.ids[t] !== -1) expect(lookupKey(lex, key.replaceAll('i', 'l'))).toBe(ctx.ids[t]);
      }
    }
  });

  it('Aho–Corasick searchInto reports what search reports, and asks for room when out is small', () => {
    const ac = new AhoCorasick();
    const patterns = [[1, 2], [2, 3], [1, 2, 3, 4], [3], [5, 5], [7]];
    patterns.forEach((p, i) => ac.add(p, i));
    ac.build();
    const ids = [1, 2, 3, 4, -1, 5, 5, 5, 2, 3, 7, 9, 3];
    const viaSearch: number[] = [];
    ac.search(ids, ids.length, (p, last) => viaSearch.push(p, last));
    const out = new Int32Array(64);
    const n = ac.searchInto(ids, ids.length, out);
    expect(Array.from(out.subarray(0, 2 * n))).toEqual(viaSearch);
    expect(ac.searchInto(ids, ids.length, new Int32Array(2))).toBe(-n);
  });
});
