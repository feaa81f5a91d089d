import { createClassifier, type Classifier } from './classifier';

let shared: Classifier | null = null;

/** The NDJSON line format of `bulwark label-texts`: one output object per {id, text} input. */
export interface LabelTextsOutput {
  id: string | number;
  abusive: boolean;
  severity: 'S0' | 'S1' | 'S2' | 'S3' | 'S4';
  categories: { key: string; score: number }[];
  spans: { start: number; end: number; category: string }[];
}

export function labelTextsLine(
  input: { id: string | number; text: string },
  classifier?: Classifier,
): LabelTextsOutput {
  const c = classifier ?? (shared ??= createClassifier());
  const r = c.classify(input.text);
  const spans: LabelTextsOutput['spans'] = [];
  for (const l of r.categories)
    for (const s of l.spans) spans.push({ start: s.start, end: s.end, category: s.category });
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id: input.id,
    abusive: r.abusive,
    severity: `S${r.severity}` as LabelTextsOutput['severity'],
    categories: r.categories.map((l) => ({ key: l.key, score: l.score })),
    spans,
  };
}
