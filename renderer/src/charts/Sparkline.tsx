/** A tiny trend line (inline SVG, no axes): the shape of a series at table-row size. */
export function Sparkline({
  values,
  colour,
  label,
  width = 120,
  height = 28,
}: {
  values: number[];
  colour: string;
  /** What the line shows, read out instead of the drawing. */
  label: string;
  width?: number;
  height?: number;
}) {
  if (values.length === 0) return null;
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 2) / (values.length - 1) : 0;
  const pts = values.map(
    (v, i) => `${(1 + i * step).toFixed(1)},${(height - 2 - (v / max) * (height - 4)).toFixed(1)}`,
  );
  const area = `1,${height - 1} ${pts.join(' ')} ${(1 + (values.length - 1) * step).toFixed(1)},${height - 1}`;
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      className="sparkline"
    >
      <polygon points={area} fill={colour} opacity={0.15} />
      <polyline points={pts.join(' ')} fill="none" stroke={colour} strokeWidth={1.5} strokeLinejoin="round" />
    </svg>
  );
}
