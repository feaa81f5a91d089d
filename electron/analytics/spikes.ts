/**
 * Spikes: days on which the abuse aimed at one person rose far above their own recent normal, in
 * volume (abusive posts that day) or in rate (the share of posts about them that were abusive).
 *
 * Method (the README states it for staff): for each person and UTC day, the baseline is the previous
 * `baselineDays` days (28), starting no earlier than the person's first post.
 *   volume z = (abusive today − median) / max(1.4826 × MAD, √max(median, 1))
 *   rate z   = (rate today − median daily rate) / max(1.4826 × MAD of daily rates,
 *                                                     √(r₀(1 − r₀) / posts today), 0.02)
 * where MAD is the median absolute deviation and r₀ the pooled rate over the baseline. Median and MAD
 * ignore the odd wild day that would drag a mean; the Poisson and binomial floors stop a quiet
 * person's flat baseline (MAD = 0) from turning two abusive posts into a "spike". A day is flagged
 * when it has at least `minAbusive` abusive posts, more than the median, and either z reaches
 * `threshold` (4); consecutive flagged days form one spike. At least `minHistoryDays` of baseline
 * are needed.
 *
 * `detectNewSpikes(db, sinceIso)` is what runs after an import: it recomputes spikes from daily
 * counts (one aggregate query, no text), stores them and returns those not seen before.
 */
import { dailyPersonCounts, type DailyCount } from '../../db/analytics';
import type { DB } from '../../db/connection';
import { replaceSpikes, getSpike, type SpikeInput, type SpikeRow } from '../../db/spikes';
import { loadParams, type SpikeParams } from './params';

const DAY = 86_400_000;

function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function mad(xs: number[], med: number): number {
  return median(xs.map((x) => Math.abs(x - med)));
}

const dayIndex = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY);
const dayName = (i: number) => new Date(i * DAY).toISOString().slice(0, 10);
const r2 = (x: number) => Math.round(x * 100) / 100;

interface DayScore {
  day: number;
  abusive: number;
  posts: number;
  zv: number;
  zr: number;
  baseline: number;
  rate0: number;
}

/** Spikes from per-person daily counts (any order). */
export function findSpikes(counts: DailyCount[], p: SpikeParams): SpikeInput[] {
  const byPerson = new Map<number, Map<number, DailyCount>>();
  let lastDay = -Infinity;
  for (const c of counts) {
    let m = byPerson.get(c.personId);
    if (!m) byPerson.set(c.personId, (m = new Map()));
    const d = dayIndex(c.day);
    m.set(d, c);
    if (d > lastDay) lastDay = d;
  }
  const out: SpikeInput[] = [];
  for (const [personId, days] of byPerson) {
    const first = Math.min(...days.keys());
    const n = lastDay - first + 1;
    const ab = new Float64Array(n);
    const po = new Float64Array(n);
    for (const [d, c] of days) {
      ab[d - first] = c.abusive;
      po[d - first] = c.posts;
    }
    const flagged: DayScore[] = [];
    for (let i = p.minHistoryDays; i < n; i++) {
      const a = ab[i]!;
      if (a < p.minAbusive) continue;
      const from = Math.max(0, i - p.baselineDays);
      const win = Array.from(ab.subarray(from, i));
      const med = median(win);
      if (a <= med) continue;
      const zv = (a - med) / Math.max(1.4826 * mad(win, med), Math.sqrt(Math.max(med, 1)));
      let sumA = 0;
      let sumN = 0;
      const rates: number[] = [];
      for (let j = from; j < i; j++) {
        sumA += ab[j]!;
        sumN += po[j]!;
        if (po[j]! >= 3) rates.push(ab[j]! / po[j]!);
      }
      const rate0 = sumN ? sumA / sumN : 0;
      let zr = 0;
      if (rates.length >= p.minHistoryDays && po[i]! > 0) {
        const medR = median(rates);
        const floor = Math.sqrt((rate0 * (1 - rate0)) / po[i]!);
        zr = (a / po[i]! - medR) / Math.max(1.4826 * mad(rates, medR), floor, 0.02);
      }
      if (zv >= p.threshold || zr >= p.threshold)
        flagged.push({ day: first + i, abusive: a, posts: po[i]!, zv, zr, baseline: med, rate0 });
    }
    // Consecutive flagged days are one spike.
    let run: DayScore[] = [];
    const flush = () => {
      if (run.length === 0) return;
      const peak = run.reduce((b, d) => (Math.max(d.zv, d.zr) > Math.max(b.zv, b.zr) ? d : b));
      const zv = Math.max(...run.map((d) => d.zv));
      const zr = Math.max(...run.map((d) => d.zr));
      const kind = zv >= p.threshold && zr >= p.threshold ? 'both' : zv >= p.threshold ? 'volume' : 'rate';
      out.push({
        personId,
        startDay: dayName(run[0]!.day),
        endDay: dayName(run[run.length - 1]!.day),
        peakDay: dayName(peak.day),
        kind,
        abusive: run.reduce((s, d) => s + d.abusive, 0),
        posts: run.reduce((s, d) => s + d.posts, 0),
        baselineAbusive: r2(run[0]!.baseline),
        baselineRate: Math.round(run[0]!.rate0 * 1000) / 1000,
        volumeZ: r2(zv),
        rateZ: r2(zr),
        score: r2(Math.max(zv, zr)),
        params: { ...p },
      });
      run = [];
    };
    for (const d of flagged) {
      if (run.length && d.day !== run[run.length - 1]!.day + 1) flush();
      run.push(d);
    }
    flush();
  }
  return out.sort((a, b) => a.startDay.localeCompare(b.startDay) || a.personId - b.personId);
}

/**
 * Recomputes every person's spikes, stores them, and returns the spikes not known before this call
 * (optionally only those still running on or after `sinceIso`, so importing old history does not
 * raise alerts about last year). Call after an import; see the README for where.
 */
export function detectNewSpikes(
  db: DB,
  sinceIso?: string,
  opts: { runId?: number | null; counts?: DailyCount[]; nowIso?: string } = {},
): { all: SpikeInput[]; fresh: SpikeRow[] } {
  const params = loadParams(db).spikes;
  const spikes = findSpikes(opts.counts ?? dailyPersonCounts(db), params);
  const { newIds } = replaceSpikes(db, spikes, opts.runId ?? null, opts.nowIso ?? new Date().toISOString());
  const since = sinceIso?.slice(0, 10);
  const fresh = newIds.map((id) => getSpike(db, id)!).filter((s) => s && (!since || s.endDay >= since));
  return { all: spikes, fresh };
}
