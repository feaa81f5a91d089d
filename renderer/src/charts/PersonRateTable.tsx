/**
 * Abuse rate per person: of the posts mentioning each person, the share judged abusive — ranked, with
 * the raw counts beside it (a high rate on few posts means less than on many) and a sparkline of their
 * abusive posts over the period. Names open the explorer on that person's abusive posts.
 */
import type { DashboardPeople } from '../../../electron/api/types';
import { formatDayShort, formatNumber } from '../format';
import { useDashPalette } from './palette';
import { Sparkline } from './Sparkline';

/** Below this many posts a rate says little (matches the server's ranking). */
export const MIN_POSTS_FOR_RATE = 20;

const pct = (r: number) => `${(r * 100).toFixed(r > 0 && r < 0.1 ? 1 : 0)}%`;

interface Props {
  people: DashboardPeople;
  /** Explorer link for one person: all their posts, or only the abusive ones. */
  hrefFor: (personId: number, abusiveOnly: boolean) => string;
  /** Spike count per person, when spike detection has run. */
  spikes?: Map<number, number>;
}

export function PersonRateTable({ people, hrefFor, spikes }: Props) {
  const p = useDashPalette();
  const rows = people.rows;
  const first = people.buckets[0];
  const last = people.buckets[people.buckets.length - 1];
  const span =
    first && last ? `${formatDayShort(first.slice(0, 10))} – ${formatDayShort(last.slice(0, 10))}` : '';
  const per = people.grain === 'week' ? 'week' : people.grain === 'hour' ? 'hour' : 'day';
  if (rows.length === 0)
    return (
      <p className="muted">No people are set up yet. Add the people you monitor on the People screen.</p>
    );
  return (
    <div className="table-wrap">
      <table className="data-table rate-table" data-testid="person-rates">
        <caption className="sr-only">Abuse rate per person</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Abuse rate</th>
            <th scope="col" className="num">
              Abusive posts
            </th>
            <th scope="col" className="num">
              All posts
            </th>
            <th scope="col">
              Abusive posts per {per}
              {span ? <span className="th-note"> {span}</span> : null}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => {
            const rated = r.posts >= MIN_POSTS_FOR_RATE;
            const prevRated = i > 0 && rows[i - 1]!.posts >= MIN_POSTS_FOR_RATE;
            return (
              <tr key={r.personId} className={!rated && (i === 0 || prevRated) ? 'rate-split' : undefined}>
                <th scope="row">
                  <a href={hrefFor(r.personId, true)}>{r.name}</a>
                  {spikes?.get(r.personId) ? (
                    <span className="badge badge-spike" title="Spikes detected in this period">
                      {spikes.get(r.personId)} spike{spikes.get(r.personId) === 1 ? '' : 's'}
                    </span>
                  ) : null}
                </th>
                <td className="rate-cell">
                  {r.posts === 0 ? (
                    <span className="muted">No posts</span>
                  ) : (
                    <>
                      <span className="rate-bar" aria-hidden="true">
                        <span style={{ width: `${Math.min(100, r.rate * 100)}%`, background: p.abusive }} />
                      </span>
                      <span className="rate-num">{pct(r.rate)}</span>
                      {!rated ? <span className="muted rate-few"> (few posts)</span> : null}
                    </>
                  )}
                </td>
                <td className="num">
                  {r.abusive ? <a href={hrefFor(r.personId, true)}>{formatNumber(r.abusive)}</a> : 0}
                </td>
                <td className="num">
                  {r.posts ? <a href={hrefFor(r.personId, false)}>{formatNumber(r.posts)}</a> : 0}
                </td>
                <td>
                  <Sparkline
                    values={r.sparkAbusive}
                    colour={p.abusive}
                    label={`Abusive posts per ${per} mentioning ${r.name}: peak ${formatNumber(Math.max(0, ...r.sparkAbusive))}`}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
