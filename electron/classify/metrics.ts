/** Precision / recall / F1 and confusion counts for the evaluation report and threshold tuning. */

export interface ClassMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface BinaryMetrics {
  classes: [ClassMetrics, ClassMetrics];
  macroF1: number;
  accuracy: number;
  /** [[tn, fp], [fn, tp]]: rows are gold (negative, positive), columns predicted. */
  confusion: [[number, number], [number, number]];
}

function prf(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function binaryMetrics(
  gold: ArrayLike<number>,
  pred: ArrayLike<number>,
  names: [string, string] = ['neg', 'pos'],
): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i] === 1;
    const p = pred[i] === 1;
    if (g && p) tp++;
    else if (g) fn++;
    else if (p) fp++;
    else tn++;
  }
  const pos = prf(tp, fp, fn);
  const neg = prf(tn, fn, fp);
  return {
    classes: [
      { label: names[0], ...neg, support: tn + fp },
      { label: names[1], ...pos, support: tp + fn },
    ],
    macroF1: (pos.f1 + neg.f1) / 2,
    accuracy: gold.length === 0 ? 0 : (tp + tn) / gold.length,
    confusion: [
      [tn, fp],
      [fn, tp],
    ],
  };
}

/** The score threshold that maximises macro-F1 on a validation split (never the test split). */
export function bestThreshold(
  gold: ArrayLike<number>,
  scores: ArrayLike<number>,
): { threshold: number; macroF1: number } {
  const order = Array.from({ length: gold.length }, (_, i) => i).sort(
    (a, b) => (scores[b] ?? 0) - (scores[a] ?? 0),
  );
  let positives = 0;
  for (let i = 0; i < gold.length; i++) positives += gold[i] === 1 ? 1 : 0;
  const negatives = gold.length - positives;
  let tp = 0;
  let fp = 0;
  let best = { threshold: 0.5, macroF1: -1 };
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    if (gold[i] === 1) tp++;
    else fp++;
    const next = order[k + 1];
    // only cut between distinct scores
    if (next !== undefined && scores[next] === scores[i]) continue;
    const fn = positives - tp;
    const tn = negatives - fp;
    const f = (prf(tp, fp, fn).f1 + prf(tn, fn, fp).f1) / 2;
    if (f > best.macroF1) {
      const s = scores[i] ?? 0;
      const t = next === undefined ? s : (s + (scores[next] ?? 0)) / 2;
      best = { threshold: t, macroF1: f };
    }
  }
  return best;
}
