/**
 * How classify.bench.ts measures a classifier, shared by its in-process run (from the TypeScript
 * sources) and the child process that runs the bundled classifier (classify-shipped.ts).
 */
export const PASSES = 6;
export const POSTS_PER_PASS = 200_000;

/**
 * Measures one classifier: PASSES passes of POSTS_PER_PASS posts, the first a JIT warm-up; medians of
 * the rest in posts per CPU-second of this process (per core; survives a busy machine) and per
 * wall-second.
 */
export function measureClassifier(
  c: { classify(text: string): { abusive: boolean } },
  texts: string[],
): { cpu: number; wall: number } {
  const median = (xs: number[]): number => {
    const sorted = [...xs].sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0);
  };
  const rates: number[] = [];
  const wallRates: number[] = [];
  for (let pass = 0; pass < PASSES; pass++) {
    const t0 = process.cpuUsage();
    const w0 = process.hrtime.bigint();
    let n = 0;
    let abusive = 0;
    while (n < POSTS_PER_PASS) {
      for (const t of texts) {
        if (c.classify(t).abusive) abusive++;
        if (++n >= POSTS_PER_PASS) break;
      }
    }
    const used = process.cpuUsage(t0);
    const wall = Number(process.hrtime.bigint() - w0) / 1e9;
    if (pass > 0) {
      rates.push(n / ((used.user + used.system) / 1e6));
      wallRates.push(n / wall);
    }
    if (abusive < 0) throw new Error('unreachable');
  }
  return { cpu: median(rates), wall: median(wallRates) };
}

export interface Rates {
  cpu: number;
  wall: number;
}

export interface ShippedRates {
  full: Rates;
  rules: Rates;
}
