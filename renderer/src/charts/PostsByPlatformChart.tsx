/** Posts per platform as horizontal bars (platform names stay readable), with a data table fallback. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Overview } from '../api/types';
import { formatCompact, formatNumber, platformName } from '../format';
import { useChartPalette } from '../theme';
import { ChartDataTable } from './ChartDataTable';
import { legendText, tooltipStyles } from './chartStyles';

export function PostsByPlatformChart({ data }: { data: Overview['byPlatform'] }) {
  const p = useChartPalette();
  const rows = [...data]
    .sort((a, b) => b.posts - a.posts)
    .map((d) => ({ name: platformName(d.platform), posts: d.posts }));
  const height = Math.max(160, 72 + rows.length * 36);
  return (
    <>
      <div className="chart-box" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 8, right: 24, bottom: 22, left: 8 }}
            title="Posts per platform"
            desc="Number of posts from each platform."
          >
            <CartesianGrid stroke={p.grid} horizontal={false} />
            <XAxis
              type="number"
              tickFormatter={formatCompact}
              allowDecimals={false}
              tick={{ fill: p.text, fontSize: 12 }}
              stroke={p.axis}
              tickLine={false}
              label={{ value: 'Posts', position: 'insideBottom', offset: -14, fill: p.text, fontSize: 12 }}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={100}
              tick={{ fill: p.text, fontSize: 12 }}
              stroke={p.axis}
              tickLine={false}
            />
            <Tooltip
              {...tooltipStyles(p)}
              formatter={(v) => formatNumber(Number(v))}
              separator=": "
              cursor={{ fill: p.cursor }}
            />
            <Legend
              itemSorter={null}
              formatter={legendText(p)}
              verticalAlign="top"
              align="right"
              height={28}
              wrapperStyle={{ color: p.text, fontSize: 13 }}
            />
            <Bar
              dataKey="posts"
              name="Posts"
              fill={p.posts}
              radius={[0, 4, 4, 0]}
              maxBarSize={22}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartDataTable
        caption="Posts per platform"
        columns={['Platform', 'Posts']}
        rows={rows.map((r) => [r.name, r.posts])}
      />
    </>
  );
}
