/**
 * Posts over time, stacked by category: per day, or per hour for short ranges. Abuse categories sit at
 * the bottom of each stack (most severe lowest) so they are never lost above the neutral bulk; "Abuse
 * only" hides the rest. Clicking a segment opens the Posts explorer on that bucket and category.
 * Spikes (when known) are marked above their day.
 */
import { useMemo, useState } from 'react';
import {
  Area,
  Bar,
  ComposedChart,
  CartesianGrid,
  Legend,
  ReferenceDot,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { CategoryInfo, DashboardBucket } from '../../../electron/api/types';
import { formatCompact, formatDayLong, formatDayShort, formatNumber } from '../format';
import { categoryName } from '../taxonomy/taxonomyStore';
import { legendText, tooltipStyles } from './chartStyles';
import { DrillTable } from './DrillTable';
import { categoryColour, useDashPalette } from './palette';

/** At most this many categories get their own colour; the rest share one "other" series. */
const MAX_SERIES = 10;
const OTHER = '__other';
const DENSE_BUCKETS = 62;

export interface SpikeMark {
  bucket: string;
  label: string;
}

interface Props {
  data: DashboardBucket[];
  categories: Map<string, CategoryInfo>;
  onDrill: (bucket: string | null, categories: string[] | null) => string;
  spikes?: SpikeMark[];
}

export function bucketLabel(b: string, long = false): string {
  if (b.length > 10)
    return `${long ? formatDayLong(b.slice(0, 10)) : formatDayShort(b.slice(0, 10))} ${b.slice(11)}:00`;
  return long ? formatDayLong(b) : formatDayShort(b);
}

export function OverTimeChart({ data, categories, onDrill, spikes = [] }: Props) {
  const p = useDashPalette();
  const [abuseOnly, setAbuseOnly] = useState(false);
  const hourly = data.length > 0 && data[0]!.bucket.length > 10;
  /** Above this many buckets the chart draws stacked areas (cheap) instead of bars. */
  const dense = data.length > DENSE_BUCKETS;

  const { series, rows, otherKeys } = useMemo(() => {
    const totals = new Map<string, number>();
    for (const b of data)
      for (const [k, n] of Object.entries(b.counts)) totals.set(k, (totals.get(k) ?? 0) + n);
    const isAbuse = (k: string) => categories.get(k)?.isAbuse ?? false;
    const keys = [...totals.keys()].filter((k) => !abuseOnly || isAbuse(k));
    const abuse = keys.filter(isAbuse).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
    const rest = keys.filter((k) => !isAbuse(k)).sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
    const room = Math.max(1, MAX_SERIES - rest.length - 1);
    const own = abuse.slice(0, room);
    const other = abuse.slice(room);
    const sev = (k: string) => categories.get(k)?.severity ?? 0;
    own.sort((a, b) => sev(b) - sev(a) || (totals.get(b) ?? 0) - (totals.get(a) ?? 0));
    const s = [...own, ...(other.length ? [OTHER] : []), ...rest];
    const r = data.map((b) => {
      const row: Record<string, number | string> = { bucket: b.bucket };
      for (const k of own) row[k] = b.counts[k] ?? 0;
      for (const k of rest) row[k] = b.counts[k] ?? 0;
      if (other.length) row[OTHER] = other.reduce((n, k) => n + (b.counts[k] ?? 0), 0);
      return row;
    });
    return { series: s, rows: r, otherKeys: other };
  }, [data, categories, abuseOnly]);

  const name = (k: string) =>
    k === OTHER
      ? 'Other abuse categories'
      : k === 'none'
        ? 'No category (neutral)'
        : categoryName(categories, k);
  const colour = (k: string) =>
    k === OTHER ? (p.dark ? '#b0b8c1' : '#6e7781') : categoryColour(k, categories.get(k)?.colour, p);
  const keysOf = (k: string) => (k === OTHER ? otherKeys : [k]);
  const tip = tooltipStyles(p);
  const marks = spikes.filter((s) => rows.some((r) => r.bucket === s.bucket));
  const peak = Math.max(1, ...data.map((b) => b.total));

  return (
    <>
      <div className="chart-toolbar" role="group" aria-label="Which posts to stack">
        <label className="filter-check">
          <input type="checkbox" checked={abuseOnly} onChange={(e) => setAbuseOnly(e.target.checked)} />
          Abuse categories only
        </label>
        <span className="muted">
          {dense
            ? 'Click a day to see its posts; the table below opens one category.'
            : 'Click a bar to see its posts.'}
        </span>
      </div>
      <div className="chart-box" style={{ height: 300 }} data-testid="chart-over-time">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={rows}
            onClick={(st: { activeIndex?: unknown }) => {
              // Long ranges draw areas, not bars: a click anywhere opens that day's posts.
              const i = Number(st?.activeIndex);
              const b = dense && Number.isInteger(i) ? rows[i]?.bucket : undefined;
              if (b) window.location.hash = onDrill(String(b), null).slice(1);
            }}
            style={dense ? { cursor: 'pointer' } : undefined}
            margin={{ top: 16, right: 16, bottom: 22, left: 8 }}
            barCategoryGap={data.length > 60 ? 0 : '12%'}
            title="Posts over time by category"
            desc={`Posts per ${hourly ? 'hour' : 'day'} (UTC), stacked by category.`}
          >
            <CartesianGrid stroke={p.grid} vertical={false} />
            <XAxis
              dataKey="bucket"
              tickFormatter={(b: string) => (hourly ? `${b.slice(11)}:00` : formatDayShort(b))}
              minTickGap={24}
              tick={{ fill: p.text, fontSize: 12 }}
              stroke={p.axis}
              tickLine={false}
              label={{
                value: hourly ? 'Hour (UTC)' : 'Date (UTC)',
                position: 'insideBottom',
                offset: -14,
                fill: p.text,
                fontSize: 12,
              }}
            />
            <YAxis
              tickFormatter={formatCompact}
              allowDecimals={false}
              tick={{ fill: p.text, fontSize: 12 }}
              stroke={p.axis}
              tickLine={false}
              width={56}
              label={{
                value: 'Posts',
                angle: -90,
                position: 'insideLeft',
                offset: 6,
                fill: p.text,
                fontSize: 12,
              }}
            />
            <Tooltip
              {...tip}
              labelFormatter={(b) => bucketLabel(String(b), true)}
              formatter={(v, n) => [formatNumber(Number(v)), String(n)]}
              separator=": "
              cursor={{ fill: p.cursor }}
              itemSorter={() => 0}
            />
            <Legend
              formatter={legendText(p)}
              verticalAlign="top"
              align="left"
              wrapperStyle={{ fontSize: 12, paddingBottom: 8 }}
              iconType="square"
            />
            {series.map((k) =>
              dense ? (
                // One path per category: thousands of bars would make every filter change slow to draw.
                <Area
                  key={k}
                  dataKey={k}
                  name={name(k)}
                  stackId="posts"
                  type="step"
                  fill={colour(k)}
                  stroke={colour(k)}
                  fillOpacity={0.9}
                  strokeWidth={0}
                  isAnimationActive={false}
                  activeDot={false}
                />
              ) : (
                <Bar
                  key={k}
                  dataKey={k}
                  name={name(k)}
                  stackId="posts"
                  fill={colour(k)}
                  isAnimationActive={false}
                  cursor="pointer"
                  onClick={(d: { payload?: { bucket?: string } }) => {
                    const b = d.payload?.bucket;
                    if (b) window.location.hash = onDrill(b, keysOf(k)).slice(1);
                  }}
                />
              ),
            )}
            {marks.map((s) => (
              <ReferenceDot
                key={s.bucket}
                x={s.bucket}
                y={peak}
                r={6}
                fill={p.spike}
                stroke={p.tooltipBg}
                ifOverflow="extendDomain"
                label={{ value: '▲', position: 'top', fill: p.spike, fontSize: 11 }}
              />
            ))}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {marks.length ? (
        <p className="section-note">
          <span style={{ color: p.spike }} aria-hidden="true">
            ●
          </span>{' '}
          Marks a detected spike: {marks.map((m) => `${bucketLabel(m.bucket)} (${m.label})`).join('; ')}.
        </p>
      ) : null}
      <DrillTable
        caption="Posts over time by category"
        columns={[hourly ? 'Hour (UTC)' : 'Day (UTC)', 'Posts', ...series.map(name)]}
        rows={() =>
          rows.map((r) => ({
            key: String(r.bucket),
            head: bucketLabel(String(r.bucket), true),
            href: onDrill(String(r.bucket), null),
            cells: [
              data.find((b) => b.bucket === r.bucket)?.total ?? 0,
              ...series.map((k) => ({
                value: Number(r[k] ?? 0),
                href: onDrill(String(r.bucket), keysOf(k)),
              })),
            ],
          }))
        }
      />
    </>
  );
}
