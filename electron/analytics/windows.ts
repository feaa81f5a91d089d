/**
 * Sliding time windows over a time-ordered series of posts, counting distinct accounts: the common
 * core of every campaign detector ("many different accounts within a short window"). Linear in the
 * series length, so it can run over every message cluster, hashtag and reply thread in the database.
 */

/** A run of consecutive series positions [from, to] (inclusive) that forms one burst. */
export interface Range {
  from: number;
  to: number;
}

/**
 * Positions of `series` (indexes into times/accounts, sorted by time) that lie in at least one window
 * of `windowMs` holding `minAccounts` or more distinct accounts, merged into maximal runs. Windows that
 * overlap, or follow each other within one window's time, belong to one burst.
 */
export function burstRanges(
  series: ArrayLike<number>,
  times: Float64Array,
  accounts: Int32Array,
  windowMs: number,
  minAccounts: number,
): Range[] {
  const out: Range[] = [];
  const inWindow = new Map<number, number>();
  let i = 0;
  for (let j = 0; j < series.length; j++) {
    const aj = accounts[series[j]!]!;
    inWindow.set(aj, (inWindow.get(aj) ?? 0) + 1);
    const tj = times[series[j]!]!;
    while (tj - times[series[i]!]! > windowMs) {
      const ai = accounts[series[i]!]!;
      const c = inWindow.get(ai)! - 1;
      if (c === 0) inWindow.delete(ai);
      else inWindow.set(ai, c);
      i++;
    }
    if (inWindow.size >= minAccounts) {
      const last = out[out.length - 1];
      // Overlapping windows, or back-to-back ones with no more than a window's gap between them.
      const joins =
        last &&
        (last.to >= i || (last.to === i - 1 && times[series[i]!]! - times[series[last.to]!]! <= windowMs));
      if (last && joins) last.to = j;
      else out.push({ from: i, to: j });
    }
  }
  return out;
}

/** The most distinct accounts found in any window of `windowMs` (how big a reply thread got). */
export function maxDistinctInWindow(
  series: ArrayLike<number>,
  times: Float64Array,
  accounts: Int32Array,
  windowMs: number,
): number {
  if (series.length <= 1) return series.length;
  const inWindow = new Map<number, number>();
  let best = 0;
  let i = 0;
  for (let j = 0; j < series.length; j++) {
    const aj = accounts[series[j]!]!;
    inWindow.set(aj, (inWindow.get(aj) ?? 0) + 1);
    while (times[series[j]!]! - times[series[i]!]! > windowMs) {
      const ai = accounts[series[i]!]!;
      const c = inWindow.get(ai)! - 1;
      if (c === 0) inWindow.delete(ai);
      else inWindow.set(ai, c);
      i++;
    }
    if (inWindow.size > best) best = inWindow.size;
  }
  return best;
}

/** Sorts indexes by time (stable for equal times: by index). */
export function byTime(idx: number[], times: Float64Array): number[] {
  return idx.sort((a, b) => times[a]! - times[b]! || a - b);
}

/** Distinct accounts among the posts at `series[from..to]`. */
export function distinctAccounts(
  series: ArrayLike<number>,
  accounts: Int32Array,
  from: number,
  to: number,
): number {
  const s = new Set<number>();
  for (let k = from; k <= to; k++) s.add(accounts[series[k]!]!);
  return s.size;
}

/**
 * How many times more often something happened in a burst than its usual rate predicts. `total` is
 * how often it happened over the whole `spanMs`, `inBurst` how often in a burst lasting `durationMs`
 * (at least one window). Outside the burst it happened `total - inBurst` times; with no history at all
 * the expectation is taken as one occurrence over the span, so a brand-new hashtag is not infinitely
 * surprising.
 */
export function burstRatio(
  inBurst: number,
  total: number,
  durationMs: number,
  windowMs: number,
  spanMs: number,
): number {
  const span = Math.max(spanMs, windowMs, 1);
  const per = Math.max(durationMs, windowMs) / span;
  const expected = Math.max(total - inBurst, 1) * per;
  return inBurst / expected;
}
