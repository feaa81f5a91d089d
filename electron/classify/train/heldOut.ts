import type { Example, Head } from '../datasets';
import { buildContext } from '../context';
import { addLexiconFeatures, addStyleFeatures, extractFeatures, maxFeatures } from '../features';
import { buildLexicon, type Lexicon } from '../lexicon';
import { binaryMetrics, type BinaryMetrics } from '../metrics';
import { scoreModel, type Model } from '../model';
import type { SparseDocs } from './sgd';

/** Feature rows for every example, through the same normalise → tokenise → hash path as inference. */
export function buildDocs(
  examples: Example[],
  bits: number,
  lex: Lexicon = buildLexicon(),
  style = false,
): SparseDocs {
  const offsets = new Int32Array(examples.length + 1);
  const parts: Int32Array[] = [];
  let total = 0;
  let buf = new Int32Array(1 << 16);
  examples.forEach((e, d) => {
    const ctx = buildContext(e.text, lex);
    const need = maxFeatures(ctx.norm.text.length);
    if (buf.length < need) buf = new Int32Array(need * 2);
    let cnt = addLexiconFeatures(ctx.lexCategories, bits, buf, extractFeatures(ctx.baseTok, bits, buf));
    if (style) cnt = addStyleFeatures(ctx.style, bits, buf, cnt);
    parts.push(buf.slice(0, cnt));
    total += cnt;
    offsets[d + 1] = total;
  });
  const idx = new Int32Array(total);
  let o = 0;
  for (const p of parts) {
    idx.set(p, o);
    o += p.length;
  }
  return { offsets, idx };
}

/** The (dataset, head) pairs we report, each on its own held-out split. */
export const HEAD_TASKS: {
  task: string;
  dataset: Example['dataset'];
  head: Head;
  names: [string, string];
}[] = [
  { task: 'olid-offensive', dataset: 'olid', head: 'offensive', names: ['NOT', 'OFF'] },
  { task: 'olid-targeted', dataset: 'olid', head: 'targeted', names: ['other', 'TIN'] },
  { task: 'edos-sexism', dataset: 'edos', head: 'sexism', names: ['not sexist', 'sexist'] },
  { task: 'guest-misogyny', dataset: 'guest', head: 'sexism', names: ['nonmisogynistic', 'misogynistic'] },
  {
    task: 'isca-antisemitism',
    dataset: 'isca',
    head: 'antisemitism',
    names: ['not antisemitic', 'antisemitic'],
  },
];

export function headProbabilities(
  model: Model,
  examples: Example[],
  head: Head,
  lex: Lexicon = buildLexicon(),
): number[] {
  const h = model.headIndex[head] ?? 0;
  const out = new Float64Array(model.header.heads.length);
  return examples.map((e) => {
    const ctx = buildContext(e.text, lex);
    scoreModel(
      model,
      ctx.baseTok,
      ctx.norm.text.length,
      out,
      ctx.lexCategories,
      undefined,
      undefined,
      ctx.style,
    );
    return out[h] ?? 0;
  });
}

/** Macro-F1 etc. of each head at its shipped threshold, on validation and test splits. */
export function evaluateHeads(
  model: Model,
  examples: Example[],
): { val: Record<string, BinaryMetrics>; test: Record<string, BinaryMetrics> } {
  const result: { val: Record<string, BinaryMetrics>; test: Record<string, BinaryMetrics> } = {
    val: {},
    test: {},
  };
  for (const split of ['val', 'test'] as const) {
    for (const t of HEAD_TASKS) {
      const rows = examples.filter(
        (e) => e.dataset === t.dataset && e.split === split && e.labels[t.head] !== undefined,
      );
      const probs = headProbabilities(model, rows, t.head);
      const threshold = model.header.heads[model.headIndex[t.head] ?? 0]?.threshold ?? 0.5;
      result[split][t.task] = binaryMetrics(
        rows.map((e) => e.labels[t.head] ?? 0),
        probs.map((p) => (p >= threshold ? 1 : 0)),
        t.names,
      );
    }
  }
  return result;
}
