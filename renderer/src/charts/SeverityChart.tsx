/** Posts by severity S0–S4 as bars on a lightness ramp (readable without colour). Bars drill down. */
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCompact, formatNumber } from '../format';
import { SEVERITIES } from '../taxonomy/severity';
import { tooltipStyles } from './chartStyles';
import { DrillTable } from './DrillTable';
import { useDashPalette } from './palette';

export function SeverityChart({
  data,
  hrefFor,
}: {
  data: { severity: number; posts: number }[];
  hrefFor: (severity: number) => string;
}) {
  const p = useDashPalette();
  const rows = data.map((d) => ({
    ...d,
    name: `${SEVERITIES[d.severity]?.short} ${SEVERITIES[d.severity]?.name}`,
  }));
  return (
    <>
      <div className="chart-box" style={{ height: 230 }} data-testid="chart-severity">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={rows}
            margin={{ top: 18, right: 12, bottom: 22, left: 8 }}
            title="Posts by severity"
          >
            <CartesianGrid stroke={p.grid} vertical={false} />
            <XAxis
              dataKey="name"
              tick={{ fill: p.text, fontSize: 12 }}
              stroke={p.axis}
              tickLine={false}
              interval={0}
              label={{ value: 'Severity', position: 'insideBottom', offset: -14, fill: p.text, fontSize: 12 }}
            />
            <YAxis
              tickFormatter={formatCompact}
              allowDecimals={false}
              tick={{ fill: p.text, fontSize: 12 }}
              stroke={p.axis}
              tickLine={false}
              width={52}
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
              {...tooltipStyles(p)}
              formatter={(v) => [formatNumber(Number(v)), 'Posts']}
              cursor={{ fill: p.cursor }}
            />
            <Bar
              dataKey="posts"
              name="Posts"
              isAnimationActive={false}
              cursor="pointer"
              onClick={(d: { payload?: { severity?: number } }) => {
                if (d.payload?.severity !== undefined)
                  window.location.hash = hrefFor(d.payload.severity).slice(1);
              }}
            >
              {rows.map((r) => (
                <Cell key={r.severity} fill={p.severity[r.severity]} stroke={p.axis} strokeWidth={0.5} />
              ))}
              <LabelList
                dataKey="posts"
                position="top"
                formatter={(v) => formatCompact(Number(v))}
                fill={p.text}
                fontSize={11}
              />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <DrillTable
        caption="Posts by severity"
        columns={['Severity', 'Posts']}
        rows={rows.map((r) => ({ key: r.name, head: r.name, href: hrefFor(r.severity), cells: [r.posts] }))}
      />
    </>
  );
}
