/**
 * Splits a post's plain text into runs for highlighting: each run is either unmarked or covered by one
 * or more explanation spans. The text is only ever sliced (never parsed as HTML), so a post can never
 * run as code; React renders each run as text inside <mark> or a plain string.
 */
import type { ExplanationSpan } from '../../../electron/api/types';

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The spans covering this run, strongest first (see `rank`). Empty for unmarked text. */
  spans: ExplanationSpan[];
}

/**
 * @param rank orders overlapping spans: the first span of a run decides its colour. Higher ranks first.
 */
export function segmentText(
  text: string,
  spans: readonly ExplanationSpan[],
  rank: (s: ExplanationSpan) => number = () => 0,
): Segment[] {
  const valid = spans
    .map((s) => ({
      ...s,
      start: Math.max(0, Math.floor(s.start)),
      end: Math.min(text.length, Math.floor(s.end)),
    }))
    .filter((s) => Number.isFinite(s.start) && Number.isFinite(s.end) && s.end > s.start);
  if (valid.length === 0) return text ? [{ start: 0, end: text.length, text, spans: [] }] : [];
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = valid.filter((s) => s.start <= start && s.end >= end).sort((a, b) => rank(b) - rank(a));
    const prev = out[out.length - 1];
    // Neighbouring runs with the same spans merge, so one phrase stays one <mark>.
    if (prev && prev.end === start && sameSpans(prev.spans, covering)) {
      prev.end = end;
      prev.text = text.slice(prev.start, end);
    } else {
      out.push({ start, end, text: text.slice(start, end), spans: covering });
    }
  }
  return out;
}

function sameSpans(a: ExplanationSpan[], b: ExplanationSpan[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
