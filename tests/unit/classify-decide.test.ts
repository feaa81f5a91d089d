import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CATEGORIES } from '../../db/migrations/002_taxonomy';
import {
  ABUSE_SEVERITY,
  classifierVersion,
  createClassifier,
  DEFAULT_THRESHOLDS,
  labelTextsLine,
  loadModel,
  PRODUCED_CATEGORIES,
} from '../../electron/classify';
import { AhoCorasick } from '../../electron/classify/ahoCorasick';

const weightsFile = path.join(__dirname, '..', '..', 'electron', 'classify', 'model', 'weights.bin');
const classifier = createClassifier({ model: fs.readFileSync(weightsFile) });

describe('decision step', () => {
  it('harsh political criticism is not abuse, and says why', () => {
    const r = classifier.classify('You voted to cut benefits, you coward');
    expect(r.abusive).toBe(false);
    expect(r.severity).toBe(0);
    expect(r.categories[0]?.key).toBe('political_criticism');
    expect(r.categories[0]?.spans.length).toBeGreaterThan(0);
  });

  it('political criticism suppresses weak model-only signals', () => {
    // The model alone finds "liar" and "fraud" offensive (OLID labels such tweets OFF)...
    const r = classifier.classify('@BenCohenMP you are a liar and a fraud on the green levy.');
    expect(r.model.offensive).toBeGreaterThan(0.5);
    // ...but with the criticism words set aside nothing abusive is left.
    expect(r.abusive).toBe(false);
  });

  it('gives severity as the maximum over abuse labels and sorts categories by score', () => {
    const r = classifier.classify("Stupid cow. I know where you live and I'll kill you");
    expect(r.abusive).toBe(true);
    expect(r.severity).toBe(4);
    const scores = r.categories.map((l) => l.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const threat = r.categories.find((l) => l.key === 'threat');
    expect(threat?.source).toBe('rule');
    expect(threat?.severity).toBe(4);
    expect(
      threat?.features.some((f) => f.feature.startsWith('threat:') || f.feature.startsWith('lex:threat')),
    ).toBe(true);
  });

  it('every span points at the original characters', () => {
    const text = 'Hey @SarahMP, you absolute 𝐦𝐨𝐫𝐨𝐧. k i l l yourself';
    const r = classifier.classify(text);
    const spans = r.categories.flatMap((l) => l.spans.map((s) => [l.key, text.slice(s.start, s.end)]));
    expect(spans).toContainEqual(['personal_insult', '𝐦𝐨𝐫𝐨𝐧']);
    expect(spans).toContainEqual(['self_harm', 'k i l l yourself']);
  });

  it('model labels are explained by features and spans', () => {
    const r = classifier.classify('what a load of absolute shite this is, total bollocks');
    const label = r.categories.find((l) => l.key === 'profanity');
    expect(label).toBeDefined();
    expect(label?.features.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(r)).categories[0].features).toBeDefined();
  });

  it('accepts thresholds, disabled categories and lexicon overrides', () => {
    const text = 'what a plonker';
    expect(
      createClassifier({ model: null })
        .classify(text)
        .categories.map((l) => l.key),
    ).toContain('personal_insult');
    expect(createClassifier({ model: null, thresholds: { rule: 0.99 } }).classify(text).abusive).toBe(false);
    expect(
      createClassifier({ model: null, disabledCategories: ['personal_insult'] }).classify(text).abusive,
    ).toBe(false);
    const disabled = createClassifier({
      model: null,
      lexiconOverrides: { disable: [{ term: 'plonker', category: 'personal_insult' }] },
    });
    expect(disabled.classify(text).abusive).toBe(false);
    const added = createClassifier({
      model: null,
      lexiconOverrides: { add: [{ term: 'gobdaw', category: 'personal_insult' }] },
    });
    expect(added.classify('total gobdaw').categories.map((l) => l.key)).toContain('personal_insult');
    expect(added.version).not.toBe(createClassifier({ model: null }).version);
    // A phrase with "you" also matches typed "u" (lexicon.ts textspeak); disabling it disables both.
    const rulesOf = (c: ReturnType<typeof createClassifier>, t: string) =>
      c.classify(t).categories.flatMap((l) => l.spans.map((sp) => sp.rule ?? ''));
    const phone = 'we know where u live';
    expect(rulesOf(createClassifier({ model: null }), phone)).toContain('lex:threat:we know where u live');
    const off = createClassifier({
      model: null,
      lexiconOverrides: { disable: [{ term: 'we know where you live', category: 'threat' }] },
    });
    expect(rulesOf(off, phone).filter((r) => r.startsWith('lex:threat:we know where'))).toEqual([]);
    expect(DEFAULT_THRESHOLDS.rule).toBeGreaterThan(0);
  });

  it('gives a model-only antisemitism label only to posts about Jews, Judaism or Israel', () => {
    // A bar low enough that the head's score alone would label both posts.
    const eager = createClassifier({
      model: fs.readFileSync(weightsFile),
      thresholds: { antisemitism: 0.05 },
    });
    const offTopic = eager.classify('i will kill you');
    expect(offTopic.model.antisemitism).toBeGreaterThan(0.05);
    expect(offTopic.categories.map((l) => l.key)).not.toContain('antisemitism');
    const onTopic = eager.classify('typical of the Israeli lobby again');
    expect(onTopic.model.antisemitism).toBeGreaterThan(0.05);
    expect(onTopic.categories.find((l) => l.key === 'antisemitism')?.source).toBe('model');
  });

  it("never turns weak doxxing words into a doxxing label on the model's word", () => {
    const eager = createClassifier({
      model: fs.readFileSync(weightsFile),
      thresholds: { offensive: 0.05, ruleWithModel: 0.05 },
    });
    const r = eager.classify('shut up you idiot and go cry to her husband');
    expect(r.abusive).toBe(true);
    expect(r.categories.map((l) => l.key)).not.toContain('doxxing');
    // a real address still is
    expect(eager.classify('she lives at 14 Acacia Avenue, SW1A 1AA').categories.map((l) => l.key)).toContain(
      'doxxing',
    );
  });

  it('records the classifier version', () => {
    expect(classifier.version).toMatch(/^rules-\d+\.[0-9a-f]{6}\+model-[0-9a-f]{12}$/);
    expect(classifier.classify('hello').classifierVersion).toBe(classifier.version);
    expect(createClassifier({ model: null }).version).toMatch(/\+model-none$/);
    // Thresholds other than the defaults are part of the version; the defaults add nothing.
    const model = fs.readFileSync(weightsFile);
    const stricter = createClassifier({ model, thresholds: { offensive: 0.85 } }).version;
    expect(stricter).toMatch(/^rules-\d+\.[0-9a-f]{6}\+model-[0-9a-f]{12}\+thresholds-[0-9a-f]{6}$/);
    expect(stricter.startsWith(classifier.version)).toBe(true);
    expect(createClassifier({ model, thresholds: { offensive: 0.85 } }).version).toBe(stricter);
    expect(createClassifier({ model, thresholds: { offensive: 0.9 } }).version).not.toBe(stricter);
    expect(createClassifier({ model, thresholds: { offensive: DEFAULT_THRESHOLDS.offensive } }).version).toBe(
      classifier.version,
    );
  });

  it('names the version a classifier would have without building one', () => {
    const model = fs.readFileSync(weightsFile);
    const lexiconOverrides = { add: [{ term: 'wombatface', category: 'personal_insult' }], disable: [] };
    for (const opts of [
      { model },
      { model: null },
      { model, thresholds: { offensive: 0.85 } },
      { model, lexiconOverrides },
      { modelPath: weightsFile, lexiconOverrides, thresholds: { sexism: 0.7 } },
    ])
      expect(classifierVersion(opts)).toBe(createClassifier(opts).version);
  });

  it('labelTextsLine gives the NDJSON shape of bulwark label-texts', () => {
    const line = labelTextsLine({ id: 'p1', text: 'Kill yourself, Okafor.' }, classifier);
    expect(line).toMatchObject({ id: 'p1', abusive: true, severity: 'S4' });
    expect(line.categories[0]).toEqual({ key: 'self_harm', score: expect.any(Number) });
    expect(line.spans[0]).toEqual({ start: 0, end: 13, category: 'self_harm' });
    expect(labelTextsLine({ id: 2, text: 'Great speech, thank you' }, classifier)).toMatchObject({
      abusive: false,
      severity: 'S0',
    });
  });

  it('loads the model from a Buffer and rejects files that are not models', () => {
    const model = loadModel(fs.readFileSync(weightsFile));
    expect(model.header.heads.map((h) => h.name)).toEqual([
      'offensive',
      'targeted',
      'sexism',
      'antisemitism',
    ]);
    expect(fs.statSync(weightsFile).size).toBeLessThan(10 * 1024 * 1024);
    expect(() => loadModel(Buffer.from('not a model at all'))).toThrow(/Bulwark model/);
  });

  it('produces only taxonomy categories, with the seeded severities, never the manual-only ones', () => {
    const seeded = new Map(
      DEFAULT_CATEGORIES.map(([key, , isAbuse, severity, , manualOnly]) => [
        key,
        { isAbuse, severity, manualOnly },
      ]),
    );
    for (const key of PRODUCED_CATEGORIES) {
      const seed = seeded.get(key);
      expect(seed, key).toBeDefined();
      expect(seed?.manualOnly).toBe(0);
      expect(seed?.severity).toBe(ABUSE_SEVERITY[key] ?? 0);
    }
    expect(PRODUCED_CATEGORIES).not.toContain('smear');
    expect(PRODUCED_CATEGORIES).not.toContain('harassment');
  });
});

describe('Aho–Corasick automaton', () => {
  it('reports every occurrence of every pattern, overlapping ones included', () => {
    const ac = new AhoCorasick();
    const patterns = [[1, 2], [2, 3], [1, 2, 3, 4], [3], [5, 5]];
    patterns.forEach((p, i) => ac.add(p, i));
    ac.build();
    const text = [1, 2, 3, 4, -1, 5, 5, 5, 2, 3];
    const found: string[] = [];
    ac.search(text, text.length, (p, last) => found.push(`${p}@${last}`));
    const naive: string[] = [];
    for (let end = 0; end < text.length; end++)
      patterns.forEach((p, i) => {
        const start = end - p.length + 1;
        if (start >= 0 && p.every((x, k) => text[start + k] === x)) naive.push(`${i}@${end}`);
      });
    expect(found.sort()).toEqual(naive.sort());
  });
});
