/** The list of detected campaigns: one row each, strongest signals first in every row. */
import type { CampaignSummary } from '../../../electron/api/types';
import { formatDate, formatNumber, platformName } from '../format';
import { hrefFor } from '../router';
import { describe, duration, KIND_HELP, KIND_LABEL, pct, strengthWord } from './words';

export function StrengthMeter({ score }: { score: number }) {
  return (
    <span className="strength" title="Strength, 0 to 100: size, how unusual, new accounts and abuse">
      <span className="strength-bar" aria-hidden="true">
        <span style={{ width: `${Math.max(4, Math.min(100, score))}%` }} />
      </span>
      <span className="strength-text">
        {score} <span className="muted">{strengthWord(score)}</span>
      </span>
    </span>
  );
}

export function NatureBadge({ c }: { c: CampaignSummary }) {
  if (c.political)
    return (
      <span
        className="badge badge-political"
        title="Coordinated, but most posts are political criticism rather than abuse"
      >
        Political criticism
      </span>
    );
  return <span className="badge badge-abuse">{pct(c.abusiveShare)} abusive</span>;
}

export function CampaignList({ campaigns }: { campaigns: CampaignSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table campaign-table">
        <caption className="sr-only">Detected campaigns, newest first</caption>
        <thead>
          <tr>
            <th scope="col">What happened</th>
            <th scope="col">Aimed at</th>
            <th scope="col" className="num">
              Accounts
            </th>
            <th scope="col" className="num">
              Posts
            </th>
            <th scope="col">When</th>
            <th scope="col">Strength</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((c) => (
            <tr key={c.id}>
              <td className="campaign-what">
                <a href={hrefFor('/campaigns', { id: String(c.id) })} className="campaign-link">
                  <span className="campaign-kind" title={KIND_HELP[c.kind]}>
                    {KIND_LABEL[c.kind]}
                  </span>{' '}
                  {c.kind === 'hashtag' || c.kind === 'link' ? (
                    <span className="campaign-label">{c.label}</span>
                  ) : null}
                </a>
                <span className="campaign-sentence">{describe(c)}</span>
                <span className="campaign-badges">
                  <NatureBadge c={c} />
                  {c.platform ? <span className="badge">{platformName(c.platform)}</span> : null}
                </span>
              </td>
              <td>{c.person ?? '—'}</td>
              <td className="num">
                {formatNumber(c.accounts)}
                <span className="cell-note">{pct(c.newShare)} new</span>
              </td>
              <td className="num">{formatNumber(c.posts)}</td>
              <td className="campaign-when">
                {formatDate(c.start)}
                <span className="cell-note">
                  from {c.start.slice(11, 16)} UTC, {duration(c.start, c.end)}
                </span>
              </td>
              <td>
                <StrengthMeter score={c.score} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
