/**
 * The headline numbers. Abusive and urgent stay visible before classification exists, but drawn as
 * "pending" with a plain-words note, so a 0 is never mistaken for "no abuse".
 */
import type { Overview } from '../api/types';
import { formatNumber } from '../format';

interface Tile {
  label: string;
  value: number;
  note?: string;
  pending?: boolean;
}

export function StatTiles({ totals, rangeNote }: { totals: Overview['totals']; rangeNote: string }) {
  const unclassified = totals.abusive === 0 && totals.urgent === 0;
  const tiles: Tile[] = [
    { label: 'Posts', value: totals.posts, note: rangeNote },
    { label: 'People monitored', value: totals.people, note: 'Leader, MPs and staff' },
    { label: 'Accounts posting', value: totals.accounts, note: 'Distinct authors, all dates' },
    { label: 'Platforms', value: totals.platforms, note: 'Sources of posts' },
    {
      label: 'Abusive posts',
      value: totals.abusive,
      note: unclassified ? 'Awaiting classification' : 'Judged abusive',
      pending: unclassified,
    },
    {
      label: 'Urgent posts',
      value: totals.urgent,
      note: unclassified ? 'Awaiting classification' : 'Threats and other high-severity posts',
      pending: unclassified,
    },
  ];
  return (
    <dl className="stat-grid">
      {tiles.map((t) => (
        <div key={t.label} className={`card stat${t.pending ? ' stat-pending' : ''}`}>
          <dt>{t.label}</dt>
          <dd>{formatNumber(t.value)}</dd>
          {t.note ? <dd className="stat-note">{t.note}</dd> : null}
        </div>
      ))}
    </dl>
  );
}
