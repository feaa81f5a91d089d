/** Posts per platform, split into abusive and other, as horizontal stacked bars. Segments drill down. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCompact, formatNumber, platformName } from '../format';
import { legendText, tooltipStyles } from './chartStyles';
import { DrillTable } from './DrillTable';
import { useDashPalette } from './palette';

export function PlatformChart({
  data,
  hrefFor,
}: {
  data: { platform: string; posts: number; abusive: number }[];
  hrefFor: (platform: string, abusiveOnly: boolean) => string;
}) {
  const p = useDashPalette();
  const rows = data.map((d) => ({
    platform: d.platform,
    name: platformName(d.platform),
    abusive: d.abusive,
    other: d.posts - d.abusive,
    posts: d.posts,
  }));
  const height = Math.max(170, 80 + rows.length * 32);
  const click = (abusive: boolean) => (d: { payload?: { platform?: string } }) => {
    if (d.payload?.platform) window.location.hash = hrefFor(d.payload.platform, abusive).slice(1);
  };
  return (
    <>
      <div className="chart-box" style={{ height }} data-testid="chart-platforms">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            layout="vertical"
            margin={{ top: 8, right: 20, bottom: 22, left: 8 }}
            title="Posts per platform"
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
              width={96}
              tick={{ fill: p.text, fontSize: 12 }}
              stroke={p.axis}
              tickLine={false}
            />
            <Tooltip
              {...tooltipStyles(p)}
              formatter={(v, n) => [formatNumber(Number(v)), String(n)]}
              separator=": "
              cursor={{ fill: p.cursor }}
            />
            <Legend
              formatter={legendText(p)}
              verticalAlign="top"
              align="right"
              height={26}
              wrapperStyle={{ fontSize: 12 }}
            />
            <Bar
              dataKey="abusive"
              name="Abusive"
              stackId="p"
              fill={p.abusive}
              isAnimationActive={false}
              cursor="pointer"
              onClick={click(true)}
            />
            <Bar
              dataKey="other"
              name="Not abusive"
              stackId="p"
              fill={p.posts}
              fillOpacity={0.55}
              isAnimationActive={false}
              cursor="pointer"
              onClick={click(false)}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <DrillTable
        caption="Posts per platform"
        columns={['Platform', 'All posts', 'Abusive']}
        rows={rows.map((r) => ({
          key: r.platform,
          head: r.name,
          href: hrefFor(r.platform, false),
          cells: [r.posts, { value: r.abusive, href: hrefFor(r.platform, true) }],
        }))}
      />
    </>
  );
}
