/** The most-mentioned people: who is drawing the most attention right now. */
import { formatNumber, roleName } from '../format';
import type { PersonSummary } from '../api/types';

export function TopPeople({ people, limit = 6 }: { people: PersonSummary[]; limit?: number }) {
  const top = [...people].sort((a, b) => b.posts - a.posts).slice(0, limit);
  const max = Math.max(1, ...top.map((p) => p.posts));
  return (
    <ol className="top-people">
      {top.map((p) => (
        <li key={p.id}>
          <div className="top-people-line">
            <span className="top-people-name">{p.name}</span>
            <span className="top-people-count">{formatNumber(p.posts)} posts</span>
          </div>
          <div className="top-people-meta muted">
            {roleName(p.role)}
            {p.constituency ? ` · ${p.constituency}` : ''}
          </div>
          <div className="top-people-bar" aria-hidden="true">
            <span style={{ width: `${(p.posts / max) * 100}%` }} />
          </div>
        </li>
      ))}
    </ol>
  );
}
