/**
 * The summary chart (posts over time, stacked by severity) as plain geometry, drawn twice from the
 * same numbers: as inline SVG in report.html and with vector calls in report.pdf. No chart library:
 * the HTML must be self-contained and the PDF has no DOM.
 */
import { SEVERITY_COLOURS, SEVERITY_NAMES, type PackSummary } from './summary';

export interface ChartRect {
  x: number;
  y: number;
  w: number;
  h: number;
  colour: string;
  /** What the bar segment is, for a tooltip or screen reader. */
  title: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  rects: ChartRect[];
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string }[];
  legend: { label: string; colour: string }[];
  yTitle: string;
}

function niceStep(max: number): number {
  if (max <= 5) return 1;
  const raw = max / 5;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const n = raw / pow;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * pow;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function chartGeometry(s: PackSummary, width = 720, height = 260): ChartGeometry {
  const plot = { left: 48, top: 12, right: width - 12, bottom: height - 58 };
  const max = Math.max(1, ...s.buckets.map((b) => b.total));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const y = (v: number) => plot.bottom - (v / top) * (plot.bottom - plot.top);
  const n = Math.max(1, s.buckets.length);
  const slot = (plot.right - plot.left) / n;
  const barW = Math.max(1, Math.min(28, slot * 0.75));
  const rects: ChartRect[] = [];
  s.buckets.forEach((b, i) => {
    const x = plot.left + i * slot + (slot - barW) / 2;
    let acc = 0;
    b.bySeverity.forEach((count, sev) => {
      if (!count) return;
      const y0 = y(acc);
      acc += count;
      const y1 = y(acc);
      rects.push({
        x: round(x),
        y: round(y1),
        w: round(barW),
        h: round(y0 - y1),
        colour: SEVERITY_COLOURS[sev]!,
        title: `${b.label}: ${count} post${count === 1 ? '' : 's'} at ${SEVERITY_NAMES[sev]}`,
      });
    });
  });
  const yTicks: ChartGeometry['yTicks'] = [];
  for (let v = 0; v <= top; v += step) yTicks.push({ y: round(y(v)), label: String(v) });
  // At most ~12 labels along the bottom, evenly spaced.
  const every = Math.max(1, Math.ceil(n / 12));
  const xLabels = s.buckets
    .map((b, i) => ({ x: round(plot.left + i * slot + slot / 2), label: b.label, i }))
    .filter((l) => l.i % every === 0)
    .map(({ x, label }) => ({ x, label }));
  return {
    width,
    height,
    plot,
    rects,
    yTicks,
    xLabels,
    legend: SEVERITY_NAMES.map((label, i) => ({ label, colour: SEVERITY_COLOURS[i]! })),
    yTitle: `Posts per ${s.unit}`,
  };
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function chartSvg(g: ChartGeometry, caption: string): string {
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${g.width} ${g.height}" width="${g.width}" height="${g.height}" role="img" aria-label="${esc(caption)}" font-family="DejaVu Sans, Arial, sans-serif" font-size="10">`,
    `<title>${esc(caption)}</title>`,
  );
  for (const t of g.yTicks)
    out.push(
      `<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${t.y}" y2="${t.y}" stroke="#dddddd"/>`,
      `<text x="${g.plot.left - 6}" y="${t.y + 3}" text-anchor="end" fill="#333333">${t.label}</text>`,
    );
  for (const r of g.rects)
    out.push(
      `<rect x="${r.x}" y="${r.y}" width="${r.w}" height="${r.h}" fill="${r.colour}"><title>${esc(r.title)}</title></rect>`,
    );
  out.push(
    `<line x1="${g.plot.left}" x2="${g.plot.right}" y1="${g.plot.bottom}" y2="${g.plot.bottom}" stroke="#333333"/>`,
  );
  for (const l of g.xLabels)
    out.push(
      `<text x="${l.x}" y="${g.plot.bottom + 14}" text-anchor="middle" fill="#333333">${esc(l.label)}</text>`,
    );
  out.push(
    `<text x="12" y="${(g.plot.top + g.plot.bottom) / 2}" transform="rotate(-90 12 ${(g.plot.top + g.plot.bottom) / 2})" text-anchor="middle" fill="#333333">${esc(g.yTitle)}</text>`,
  );
  let lx = g.plot.left;
  const ly = g.height - 16;
  for (const item of g.legend) {
    out.push(
      `<rect x="${lx}" y="${ly - 9}" width="10" height="10" fill="${item.colour}"/>`,
      `<text x="${lx + 14}" y="${ly}" fill="#333333">${esc(item.label)}</text>`,
    );
    lx += 24 + item.label.length * 6.2;
  }
  out.push('</svg>');
  return out.join('');
}
