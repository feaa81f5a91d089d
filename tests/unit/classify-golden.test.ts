import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier, type Classification } from '../../electron/classify';
import { loadEdos, loadGuest, loadIsca, loadOlid, type Example } from '../../electron/classify/datasets';
import { fnv1a } from '../../electron/classify/hash';

/**
 * Golden outputs: the classifier's full output (abuse decision, severity, every label with its score,
 * source, spans and explanation features, and the model scores) on the contrast and dev sets, 2,000
 * OLID tweets (the whole OLID test split, then training rows in file order), some EDOS, Guest and
 * ISCA posts and a few hand-made edge cases, compared with tests/fixtures/classify/golden.jsonl.
 *
 * It pins behaviour across speed work: an optimisation must not change a single output. After a
 * deliberate change (retrained weights, a new rule), regenerate and review the diff:
 *
 *   UPDATE_GOLDEN=1 npx vitest run tests/unit/classify-golden
 *
 * Dataset posts are stored by id (with a hash of the text) so the fixture holds no third-party text;
 * they are checked only when ../shared/datasets is present.
 */
const repoRoot = path.join(__dirname, '..', '..');
const fixtures = path.join(repoRoot, 'tests', 'fixtures', 'classify');
const goldenFile = path.join(fixtures, 'golden.jsonl');
const datasets = path.join(repoRoot, '..', 'shared', 'datasets');
const haveDatasets = fs.existsSync(path.join(datasets, 'olid', 'olid-training-v1.0.tsv'));
const update = process.env.UPDATE_GOLDEN === '1';

/** Hand-made edge cases: empty and odd input, disguises, long posts that outgrow scratch buffers. */
const EDGE_CASES: string[] = [
  '',
  ' ',
  '@USER',
  'URL',
  '🔪🔪 @user',
  'f*ck you',
  'c**t',
  '***',
  'k i l l yourself you s t u p i d cow',
  'stuuuuuupid iiiidiot',
  'sh1t b!tch $cum 1oser ki11 2019 10pm covid19',
  'Hey @SarahMP, you absolute 𝐦𝐨𝐫𝐨𝐧. k i l l yourself',
  'ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ',
  'іdіot (Cyrillic і) and z̷a̷l̷g̷o̷ fück',
  "I'll be at 14 Acacia Avenue, call 07700 900123, she lives there with her kids",
  '(((Cohen))) runs the banks',
  'you are a liar and a fraud on the green levy, you stupid cow',
  'stu pid k.ill n-word',
  `${'you idiot '.repeat(400)}`,
  `${'Ministers voted to cut benefits and the policy is a disgrace. '.repeat(60)}🐀🐀`,
  `${'x'.repeat(5000)} idiot`,
  '\u200b\u200bidiot\ufeff',
  '\'quoted idiot\' he said "you moron"',
];

interface Item {
  key: string;
  text: string;
  /** Stored instead of the text for dataset posts. */
  hash?: string;
}

function items(): { fixed: Item[]; data: Item[] } {
  const readJsonl = (f: string): string[] =>
    fs
      .readFileSync(path.join(fixtures, f), 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text);
  const fixed: Item[] = [
    ...readJsonl('contrast.jsonl').map((text, i) => ({ key: `contrast:${i}`, text })),
    ...readJsonl('dev.jsonl').map((text, i) => ({ key: `dev:${i}`, text })),
    ...EDGE_CASES.map((text, i) => ({ key: `edge:${i}`, text })),
  ];
  if (!haveDatasets) return { fixed, data: [] };
  const olid = loadOlid(datasets);
  const olidPicked = [...olid.filter((e) => e.split === 'test'), ...olid.filter((e) => e.split !== 'test')];
  const take = (rows: Example[], n: number): Item[] =>
    rows.slice(0, n).map((e, i) => ({
      key: `${e.dataset}:${i}:${e.id}`,
      text: e.text,
      hash: fnv1a(e.text).toString(16),
    }));
  const test = (rows: Example[]): Example[] => rows.filter((e) => e.split === 'test');
  return {
    fixed,
    data: [
      ...take(olidPicked, 2000),
      ...take(test(loadEdos(datasets)), 500),
      ...take(test(loadGuest(datasets)), 200),
      ...take(test(loadIsca(datasets)), 300),
    ],
  };
}

const r3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Everything observable about one classification, compactly (features and spans force lazy fields). */
function summarise(c: Classification): unknown {
  return {
    a: c.abusive ? 1 : 0,
    s: c.severity,
    m: [c.model.offensive, c.model.targeted, c.model.sexism, c.model.antisemitism].map(r3),
    c: c.categories.map((l) => [
      l.key,
      r3(l.score),
      l.severity,
      l.source,
      l.spans.map((s) => [s.start, s.end, s.category, s.rule ?? '']),
      l.features.map((f) => [f.feature, r3(f.weight)]),
    ]),
  };
}

describe('golden outputs', () => {
  const classifier = createClassifier();
  const { fixed, data } = items();

  it.runIf(update)('writes tests/fixtures/classify/golden.jsonl', () => {
    const lines = [...fixed, ...data].map((item) =>
      JSON.stringify({
        k: item.key,
        ...(item.hash ? { h: item.hash } : {}),
        ...(summarise(classifier.classify(item.text)) as object),
      }),
    );
    fs.writeFileSync(goldenFile, lines.join('\n') + '\n');
    console.log(`wrote ${lines.length} golden outputs (classifier ${classifier.version})`);
  });

  it.runIf(!update)(
    'classifies every golden post exactly as recorded',
    () => {
      const golden = new Map<string, Record<string, unknown>>();
      for (const line of fs.readFileSync(goldenFile, 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const g = JSON.parse(line) as Record<string, unknown>;
        golden.set(g.k as string, g);
      }
      const todo = [...fixed, ...data];
      if (!haveDatasets)
        console.warn('SKIPPED: ../shared/datasets not found — golden dataset posts were not checked.');
      else expect(todo.length).toBe(golden.size);
      const mismatches: string[] = [];
      for (const item of todo) {
        const g = golden.get(item.key);
        if (!g) {
          mismatches.push(`${item.key}: not in golden.jsonl`);
          continue;
        }
        if (item.hash && g.h !== item.hash) {
          mismatches.push(`${item.key}: dataset text changed`);
          continue;
        }
        const want = JSON.stringify({ a: g.a, s: g.s, m: g.m, c: g.c });
        const got = JSON.stringify(summarise(classifier.classify(item.text)));
        if (got !== want) mismatches.push(`${item.key}:\n    want ${want}\n    got  ${got}`);
      }
      expect(mismatches.slice(0, 10).join('\n'), `${mismatches.length} mismatches`).toBe('');
    },
    120_000,
  );
});
