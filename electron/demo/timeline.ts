/**
 * When the demo's posts happen. Real mention volume has a strong daily rhythm in UK local time (quiet
 * overnight, a lunchtime bump, an evening peak when people are on their phones), a weekly one (PMQs on
 * Wednesday, quieter weekends, summer recess) and news-driven spikes that decay over a day or two. The
 * dashboards, spike detector and "busiest hour" views are only worth demoing against data with that shape.
 */
import type { Rng, Weighted } from './rng';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** News events that drive spikes; each spike is pinned to one person and one of these stories. */
const STORIES: { event: string; tag: string }[] = [
  { event: 'the welfare vote', tag: '#WelfareVote' },
  { event: 'the Question Time clash', tag: '#BBCQT' },
  { event: 'the conference speech', tag: '#CAconf' },
  { event: 'the leaked WhatsApp messages', tag: '#WhatsAppGate' },
  { event: 'the NHS funding row', tag: '#NHS' },
  { event: 'the asylum hotels row', tag: '#ukpolitics' },
  { event: 'the equality bill debate', tag: '#EqualityBill' },
  { event: 'the water company vote', tag: '#SewageScandal' },
  { event: 'the expenses story', tag: '#Expenses' },
  { event: 'the PMQs clash', tag: '#PMQs' },
];

export interface Spike {
  id: string;
  startMs: number;
  /** Peak extra volume as a multiple of the normal rate. */
  peak: number;
  /** Decay time constant in hours. */
  tauHours: number;
  /** Cast index of the person at the centre of the story. */
  person: number;
  event: string;
  tag: string;
}

export interface Timeline {
  startMs: number;
  endMs: number;
  hours: number;
  /** Relative expected volume of each hour. */
  weights: Float64Array;
  /** Ordinary (unplanted) posts to generate in each hour; filled by allocate(). */
  counts: Int32Array;
  /** Index into `spikes` of the story dominating each hour, or -1. */
  spikeOf: Int16Array;
  /** Fraction of that hour's volume caused by the spike (drives who gets mentioned). */
  spikeShare: Float32Array;
  spikes: Spike[];
}

// Relative activity by UK local hour, 00:00..23:00.
const BY_HOUR = [
  0.3, 0.18, 0.11, 0.08, 0.07, 0.09, 0.22, 0.5, 0.85, 1.0, 1.0, 1.05, 1.25, 1.2, 1.05, 1.0, 1.0, 1.05, 1.15,
  1.35, 1.5, 1.4, 1.05, 0.6,
];
// Sunday..Saturday (Date#getUTCDay order, applied to the local date).
const BY_WEEKDAY = [0.8, 1.0, 1.05, 1.2, 1.05, 0.9, 0.75];

function lastSundayUtc(year: number, month: number): number {
  const last = Date.UTC(year, month + 1, 0);
  return last - new Date(last).getUTCDay() * DAY_MS;
}

/** UK clocks: BST (UTC+1) from 01:00 UTC on the last Sunday in March to 01:00 UTC on the last Sunday in October. */
export function ukOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  const start = lastSundayUtc(year, 2) + HOUR_MS;
  const end = lastSundayUtc(year, 9) + HOUR_MS;
  return ms >= start && ms < end ? 1 : 0;
}

/** Commons summer recess, roughly late July to early September: politics goes quiet online too. */
function inRecess(localMs: number): boolean {
  const d = new Date(localMs);
  const m = d.getUTCMonth();
  const day = d.getUTCDate();
  return (m === 6 && day >= 24) || m === 7 || (m === 8 && day < 2);
}

export function buildTimeline(
  rng: Rng,
  nowMs: number,
  days: number,
  spikeTargets: Weighted<number>,
): Timeline {
  // Whole hours, so every bucket is a full hour and posts never land after "now".
  const endMs = Math.floor(nowMs / HOUR_MS) * HOUR_MS;
  const startMs = endMs - days * DAY_MS;
  const hours = days * 24;

  const spikes: Spike[] = [];
  const spikeCount = 8;
  const stories = [...STORIES];
  for (let i = 0; i < spikeCount; i++) {
    const story = stories.splice(rng.int(0, stories.length - 1), 1)[0]!;
    // Spread the spikes out (one per slice of the window) so they don't pile on top of each other.
    const slice = (hours - 48) / spikeCount;
    const startHour = Math.floor(24 + slice * i + rng.next() * slice * 0.8);
    spikes.push({
      id: `spike-${i + 1}`,
      startMs: startMs + startHour * HOUR_MS,
      peak: 2.5 + rng.next() * 5,
      tauHours: 6 + rng.next() * 24,
      person: spikeTargets.sample(rng),
      event: story.event,
      tag: story.tag,
    });
  }

  const weights = new Float64Array(hours);
  const spikeOf = new Int16Array(hours).fill(-1);
  const spikeShare = new Float32Array(hours);
  for (let h = 0; h < hours; h++) {
    const ms = startMs + h * HOUR_MS;
    const local = ms + ukOffsetHours(ms) * HOUR_MS;
    const d = new Date(local);
    const hour = d.getUTCHours();
    const weekday = d.getUTCDay();
    let w = (BY_HOUR[hour] as number) * (BY_WEEKDAY[weekday] as number);
    if (weekday === 3 && (hour === 12 || hour === 13)) w *= 1.8; // PMQs, Wednesdays at noon
    if (inRecess(local)) w *= 0.75;
    w *= 0.85 + (0.3 * h) / hours; // monitoring picks up more mentions as the term goes on
    w *= Math.exp(0.15 * rng.normal()); // no two Tuesdays are alike

    let extra = 0;
    for (let s = 0; s < spikes.length; s++) {
      const sp = spikes[s]!;
      const dt = (ms - sp.startMs) / HOUR_MS;
      if (dt < 0 || dt > sp.tauHours * 6) continue;
      const e = sp.peak * Math.exp(-dt / sp.tauHours);
      if (e > extra) {
        extra = e;
        spikeOf[h] = s;
      }
    }
    spikeShare[h] = extra / (1 + extra);
    w *= 1 + extra;
    weights[h] = w;
  }
  return { startMs, endMs, hours, weights, counts: new Int32Array(hours), spikeOf, spikeShare, spikes };
}

/** Spreads `posts` over the hours by weight; cumulative rounding makes the counts add up exactly. */
export function allocate(tl: Timeline, posts: number): void {
  let total = 0;
  for (let h = 0; h < tl.hours; h++) total += tl.weights[h]!;
  let acc = 0;
  let assigned = 0;
  for (let h = 0; h < tl.hours; h++) {
    acc += tl.weights[h]!;
    const upTo = h === tl.hours - 1 ? posts : Math.round((acc / total) * posts);
    tl.counts[h] = upTo - assigned;
    assigned = upTo;
  }
}
