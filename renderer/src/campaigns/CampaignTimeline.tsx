/** Posts per time bucket during a campaign: abusive posts and the rest, stacked. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { legendText, tooltipStyles } from '../charts/chartStyles';
import { useDashPalette } from '../charts/palette';
import { formatNumber } from '../format';

interface Props {
  data: { at: string; posts: number; abusive: number }[];
  bucketMinutes: number;
}

const hhmm = (iso: string) => iso.slice(11, 16);

export function CampaignTimeline({ data, bucketMinutes }: Props) {
  const p = useDashPalette();
  const days = new Set(data.map((d) => d.at.slice(0, 10))).size;
  const tick = (iso: string) => (days > 1 && bucketMinutes >= 360 ? iso.slice(5, 10) : hhmm(iso));
  const rows = data.map((d) => ({ at: d.at, Abusive: d.abusive, Other: d.posts - d.abusive }));
  const every =
    bucketMinutes < 60
      ? `${bucketMinutes} minutes`
      : bucketMinutes === 60
        ? 'hour'
        : `${bucketMinutes / 60} hours`;
  return (
    <figure className="campaign-timeline">
      <figcaption className="section-note">
        Posts per {every} (UTC). Total {formatNumber(data.reduce((s, d) => s + d.posts, 0))}.
      </figcaption>
      <div className="chart-box" style={{ height: 220 }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid stroke={p.grid} vertical={false} />
            <XAxis dataKey="at" tickFormatter={tick} stroke={p.axis} tick={{ fill: p.text, fontSize: 12 }} />
            <YAxis
              allowDecimals={false}
              stroke={p.axis}
              tick={{ fill: p.text, fontSize: 12 }}
              width={44}
              label={{ value: 'Posts', angle: -90, position: 'insideLeft', fill: p.text, fontSize: 12 }}
            />
            <Tooltip
              {...tooltipStyles(p)}
              cursor={{ fill: p.cursor }}
              labelFormatter={(v) => `${String(v).slice(0, 10)} ${hhmm(String(v))} UTC`}
            />
            <Legend formatter={legendText(p)} />
            <Bar dataKey="Abusive" stackId="a" fill={p.abusive} isAnimationActive={false} />
            <Bar dataKey="Other" stackId="a" fill={p.neutral} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
