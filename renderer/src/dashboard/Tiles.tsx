/** The headline numbers for the filter, each a link to the posts it counts. */
import type { DashboardData } from '../../../electron/api/types';
import { formatNumber } from '../format';

export function Tiles({
  totals,
  hrefs,
}: {
  totals: DashboardData['totals'];
  hrefs: { posts: string; abusive: string; urgent: string };
}) {
  const rate = totals.posts ? totals.abusive / totals.posts : 0;
  const unclassified = totals.posts > 0 && totals.abusive === 0;
  const tiles = [
    {
      label: 'Posts',
      value: formatNumber(totals.posts),
      note: 'Mentioning the people you monitor',
      href: hrefs.posts,
    },
    {
      label: 'Abusive posts',
      value: formatNumber(totals.abusive),
      note: unclassified
        ? 'None judged abusive (or not yet classified)'
        : `${(rate * 100).toFixed(1)}% of posts`,
      href: hrefs.abusive,
    },
    {
      label: 'Urgent (S4)',
      value: formatNumber(totals.urgent),
      note: 'Threats, encouraging self-harm',
      href: hrefs.urgent,
    },
    {
      label: 'People mentioned',
      value: formatNumber(totals.people),
      note: 'With at least one post',
      href: null,
    },
  ];
  return (
    <dl className="stat-grid dash-tiles" data-testid="dashboard-tiles">
      {tiles.map((t) => (
        <div key={t.label} className="card stat">
          <dt>{t.label}</dt>
          <dd>{t.href ? <a href={t.href}>{t.value}</a> : t.value}</dd>
          <dd className="stat-note">{t.note}</dd>
        </div>
      ))}
    </dl>
  );
}
