/** One alert: whose abuse rose, when, by how much against their usual level, and what to do next. */
import type { SpikeSummary } from '../../../electron/api/types';
import { postsHref } from '../filters/urlFilter';
import { formatDayLong, formatNumber, plural } from '../format';
import { hrefFor } from '../router';

export function spikeSentence(s: SpikeSummary): string {
  const rate = Math.round((s.abusive / Math.max(s.posts, 1)) * 100);
  const usualRate = Math.round(s.baselineRate * 100);
  const perDay =
    s.baselineAbusive < 1
      ? 'fewer than 1 a day'
      : `about ${formatNumber(Math.round(s.baselineAbusive))} a day`;
  return `${plural(s.abusive, 'abusive post')} (${rate}% of the ${plural(s.posts, 'post')} mentioning them). Usually ${perDay}, ${usualRate}% abusive.`;
}

/** "About 5 times the usual abuse", when the usual level is high enough for a ratio to mean something. */
export function spikeHeadline(s: SpikeSummary): string {
  const days = Math.round((Date.parse(s.endDay) - Date.parse(s.startDay)) / 86_400_000) + 1;
  if (s.baselineAbusive < 1) return 'Sudden abuse where there is usually almost none.';
  const times = s.abusive / (s.baselineAbusive * days);
  return times >= 1.5
    ? `About ${formatNumber(Math.round(times))} times the usual abuse.`
    : 'Far more abuse than usual.';
}

export function spikeDays(s: SpikeSummary): string {
  return s.startDay === s.endDay
    ? formatDayLong(s.startDay)
    : `${formatDayLong(s.startDay)} to ${formatDayLong(s.endDay)}`;
}

interface Props {
  spike: SpikeSummary;
  open: boolean;
  onMarkSeen: (id: number) => void;
}

export function SpikeCard({ spike: s, open, onMarkSeen }: Props) {
  return (
    <li className={`spike-card${s.seenAt ? '' : ' is-new'}${open ? ' is-open' : ''}`} data-testid="spike">
      <div className="spike-head">
        <h2 className="spike-title">
          <a href={hrefFor('/alerts', { spike: String(s.id) })} aria-current={open ? 'true' : undefined}>
            {s.person}
          </a>
          {s.seenAt ? null : <span className="badge badge-new">New</span>}
        </h2>
        <span className="spike-when">{spikeDays(s)}</span>
      </div>
      <p className="spike-text">
        <strong>{spikeHeadline(s)}</strong> {spikeSentence(s)}
      </p>
      <div className="spike-actions">
        <a className="btn btn-small" href={hrefFor('/alerts', { spike: String(s.id) })}>
          See the posts
        </a>
        <a
          className="btn btn-small"
          href={postsHref({ personIds: [s.personId], from: s.startDay, to: s.endDay, abusiveOnly: true })}
        >
          Open in Posts
        </a>
        {s.seenAt ? null : (
          <button type="button" className="btn btn-small" onClick={() => onMarkSeen(s.id)}>
            Mark as seen
          </button>
        )}
      </div>
    </li>
  );
}
