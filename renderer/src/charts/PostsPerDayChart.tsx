/** Posts per day (all posts, and those judged abusive), as an area chart with a data table fallback. */
import { useMemo } from 'react';
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Overview } from '../api/types';
import { formatCompact, formatDayLong, formatDayShort, formatNumber } from '../format';
import { useChartPalette } from '../theme';
import { ChartDataTable } from './ChartDataTable';
import { legendText, tooltipStyles } from './chartStyles';

/** The API omits days without posts; a chart must show them as 0, not draw a line across the gap. */
export function fillMissingDays(rows: Overview['byDay']): Overview['byDay'] {
  if (rows.length < 2) return rows;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const out: Overview['byDay'] = [];
  const end = Date.parse(`${rows[rows.length - 1]!.day}T00:00:00Z`);
  for (let t = Date.parse(`${rows[0]!.day}T00:00:00Z`); t <= end && out.length < 20_000; t += 86_400_000) {
    const day = new Date(t).toISOString().slice(0, 10);
    out.push(byDay.get(day) ?? { day, posts: 0, abusive: 0 });
  }
  return out;
}

export function PostsPerDayChart({
  data: raw,
  classified,
}: {
  data: Overview['byDay'];
  classified: boolean;
}) {
  const data = useMemo(() => fillMissingDays(raw), [raw]);
  const p = useChartPalette();
  const tip = tooltipStyles(p);
  return (
    <>
      <div className="chart-box" style={{ height: 280 }}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart
            data={data}
            margin={{ top: 8, right: 16, bottom: 22, left: 8 }}
            title="Posts per day"
            desc="Daily count of all posts and of posts judged abusive, UTC days."
          >
            <CartesianGrid stroke={p.grid} vertical={false} />
            <XAxis
              dataKey="day"
              tickFormatter={formatDayShort}
              minTickGap={28}
              tick={{ fill: p.text, fontSize: 12 }}
              stroke={p.axis}
              tickLine={false}
              label={{
                value: 'Date (UTC)',
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
              labelFormatter={(d) => formatDayLong(String(d))}
              separator=": "
              itemSorter={(item) => (item.dataKey === 'posts' ? 0 : 1)}
              formatter={(v) => formatNumber(Number(v))}
              cursor={{ stroke: p.axis }}
            />
            <Legend
              itemSorter={null}
              formatter={legendText(p)}
              verticalAlign="top"
              align="right"
              height={28}
              iconType="plainline"
              wrapperStyle={{ color: p.text, fontSize: 13 }}
            />
            <Area
              type="monotone"
              dataKey="posts"
              name="All posts"
              stroke={p.posts}
              strokeWidth={2}
              fill={p.posts}
              fillOpacity={0.14}
              isAnimationActive={false}
            />
            <Area
              type="monotone"
              dataKey="abusive"
              name={classified ? 'Abusive posts' : 'Abusive posts (awaiting classification)'}
              stroke={p.abusive}
              strokeWidth={2}
              strokeDasharray="5 3"
              fill={p.abusive}
              fillOpacity={0.18}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <ChartDataTable
        caption="Posts per day"
        columns={['Day (UTC)', 'All posts', 'Abusive posts']}
        rows={data.map((d) => [formatDayLong(d.day), d.posts, d.abusive])}
      />
    </>
  );
}
