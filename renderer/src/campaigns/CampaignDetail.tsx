/**
 * One campaign: what happened in a sentence, the numbers behind it, its timeline, sample posts, the
 * accounts that took part, why it was flagged and the settings that found it (editable), and "Add to
 * case" for every post in it.
 */
import { useEffect, useState } from 'react';
import type { CampaignDetail as Detail } from '../../../electron/api/types';
import { api } from '../api/client';
import { AddToCaseButton } from '../cases/AddToCaseButton';
import { Alert } from '../components/Alert';
import { formatDate, formatNumber, platformName } from '../format';
import { hrefFor } from '../router';
import { CampaignTimeline } from './CampaignTimeline';
import { NatureBadge, StrengthMeter } from './CampaignList';
import { ParamsEditor } from './ParamsEditor';
import { PostSample } from './PostSample';
import { describe, duration, formatTime, KIND_HELP, KIND_LABEL, pct, signalLines } from './words';

export function campaignTitle(d: Detail['campaign']): string {
  return `${KIND_LABEL[d.kind]} aimed at ${d.person ?? 'someone you monitor'}`;
}

export function CampaignDetail({ detail }: { detail: Detail }) {
  const c = detail.campaign;
  const why = signalLines(c.kind, detail.signals);
  return (
    <div className="campaign-detail">
      <p className="campaign-lead">
        {describe(c)} <span className="muted">{KIND_HELP[c.kind]}</span>
      </p>
      {c.political ? (
        <Alert tone="info" title="Coordinated, but mostly political criticism">
          <p>
            Most of these posts criticise political decisions rather than abuse the person. Organised pressure
            is worth knowing about, but it is not harassment in itself: check the posts before treating it as
            abuse.
          </p>
        </Alert>
      ) : null}
      <div className="campaign-actions">
        <CampaignCaseButton id={c.id} posts={c.posts} />
        <a className="btn btn-small" href={hrefFor('/campaigns')}>
          Back to all campaigns
        </a>
      </div>

      <dl className="campaign-facts">
        <div>
          <dt>Strength</dt>
          <dd>
            <StrengthMeter score={c.score} />
          </dd>
        </div>
        <div>
          <dt>Accounts</dt>
          <dd>{formatNumber(c.accounts)}</dd>
        </div>
        <div>
          <dt>Posts</dt>
          <dd>{formatNumber(c.posts)}</dd>
        </div>
        <div>
          <dt>New accounts</dt>
          <dd title="Created shortly before they joined in">{pct(c.newShare)}</dd>
        </div>
        <div>
          <dt>Few earlier posts</dt>
          <dd title="Hardly any earlier posts in this database">{pct(c.lowHistoryShare)}</dd>
        </div>
        <div>
          <dt>Nature</dt>
          <dd>
            <NatureBadge c={c} />
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatTime(c.start)}</dd>
        </div>
        <div>
          <dt>Lasted</dt>
          <dd>{duration(c.start, c.end)}</dd>
        </div>
        <div>
          <dt>Platform</dt>
          <dd>{c.platform ? platformName(c.platform) : '—'}</dd>
        </div>
      </dl>

      {detail.target ? (
        <section className="card campaign-section">
          <h2>The post that was piled on</h2>
          <blockquote className="target-post">{detail.target.text}</blockquote>
          <p className="section-note">
            Posted {formatTime(detail.target.createdAt)}.{' '}
            <a href={hrefFor('/posts', { post: String(detail.target.id) })}>Open it</a>
          </p>
        </section>
      ) : null}

      <section className="card campaign-section">
        <h2>Timeline</h2>
        <CampaignTimeline data={detail.timeline} bucketMinutes={detail.bucketMinutes} />
      </section>

      <section className="card campaign-section">
        <h2>Why this was flagged</h2>
        {why.length ? (
          <ul className="why-list">
            {why.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : (
          <p className="section-note">No measurements were stored for this campaign.</p>
        )}
      </section>

      <section className="card campaign-section">
        <h2>
          Sample posts{' '}
          <span className="muted">
            (first {formatNumber(detail.samples.length)} of {formatNumber(c.posts)})
          </span>
        </h2>
        <ul className="sample-list">
          {detail.samples.map((p) => (
            <PostSample key={p.id} post={p} />
          ))}
        </ul>
      </section>

      <section className="card campaign-section">
        <h2>
          Accounts <span className="muted">({formatNumber(c.accounts)})</span>
        </h2>
        <div className="table-wrap">
          <table className="data-table" data-testid="campaign-accounts">
            <thead>
              <tr>
                <th scope="col">Account</th>
                <th scope="col">Created</th>
                <th scope="col" className="num">
                  Followers
                </th>
                <th scope="col" className="num">
                  Posts in this campaign
                </th>
                <th scope="col">Notes</th>
              </tr>
            </thead>
            <tbody>
              {detail.accounts.map((a) => (
                <tr key={a.accountId}>
                  <td>
                    <a href={`#/accounts/${a.accountId}`}>
                      {a.handle ? `@${a.handle}` : `Account ${a.accountId}`}
                    </a>
                    {a.displayName ? <span className="cell-note">{a.displayName}</span> : null}
                  </td>
                  <td>{a.accountCreatedAt ? formatDate(a.accountCreatedAt) : 'Not known'}</td>
                  <td className="num">{a.followers === null ? '—' : formatNumber(a.followers)}</td>
                  <td className="num">{formatNumber(a.posts)}</td>
                  <td>
                    {a.isNew ? <span className="badge badge-new">New account</span> : null}{' '}
                    {a.lowHistory ? <span className="badge">Few earlier posts</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {detail.accounts.length < c.accounts ? (
          <p className="section-note">
            Showing the {formatNumber(detail.accounts.length)} most active accounts.
          </p>
        ) : null}
      </section>

      <section className="card campaign-section">
        <h2>Found with these settings</h2>
        <ParamsEditor kind={c.kind} used={detail.params} />
      </section>
    </div>
  );
}

/** "Add to case" with every post of the campaign (ids fetched once, when the campaign opens). */
function CampaignCaseButton({ id, posts }: { id: number; posts: number }) {
  const [ids, setIds] = useState<number[] | null>(null);
  useEffect(() => {
    let live = true;
    api('campaigns.postIds', { id }).then(
      (list) => live && setIds(list),
      () => live && setIds([]),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return <AddToCaseButton postIds={ids ?? []} label={`Add all ${formatNumber(posts)} posts to a case`} />;
}
