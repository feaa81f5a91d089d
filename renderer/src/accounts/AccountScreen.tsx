/**
 * One account's "course of conduct": everything it posted about the people we monitor, over time and
 * by category, whom it targeted, when we first and last saw it, and the detected campaigns it took part
 * in. Reached from an author link (#/accounts/42); every number opens the posts behind it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { PostFilter } from '../../../electron/api/filters';
import type { AccountDetail } from '../../../electron/api/types';
import type { ApiCallError } from '../api/client';
import { api } from '../api/client';
import { ErrorAlert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { OverTimeChart } from '../charts/OverTimeChart';
import { AddToCaseButton } from '../cases/AddToCaseButton';
import { addDays } from '../filters/presets';
import { postsHref } from '../filters/urlFilter';
import { formatDate, formatNumber, platformName, plural } from '../format';
import { bucketBounds } from '../dashboard/drill';
import { refetchOn } from '../stores/dataEvents';
import { toApiError } from '../stores/resource';
import { categoryIndex, categoryName, useCategoriesStore } from '../taxonomy/taxonomyStore';
import { severityLabel } from '../taxonomy/severity';
import '../dashboard/dashboard.css';
import './account.css';

let reloadAccount: (() => void) | null = null;
refetchOn(['posts', 'labels', 'reviews', 'mentions', 'accounts'], () => reloadAccount?.());

const KIND_NAMES: Record<string, string> = {
  coposting: 'Near-identical posts from many accounts',
  hashtag: 'Hashtag burst',
  link: 'Shared-link burst',
  pileon: 'Pile-on (many replies to one post)',
};

export function AccountScreen({ id }: { id: number }) {
  const [data, setData] = useState<AccountDetail | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const categories = useCategoriesStore();
  const cats = useMemo(() => categoryIndex(categories.data), [categories.data]);

  useEffect(() => {
    if (!useCategoriesStore.getState().requested) void useCategoriesStore.getState().load();
  }, []);
  useEffect(() => {
    let live = true;
    api('accounts.get', { id })
      .then((d) => {
        if (live) {
          setData(d);
          setError(null);
        }
      })
      .catch((err: unknown) => {
        if (live) setError(toApiError(err));
      });
    reloadAccount = () => setAttempt((a) => a + 1);
    return () => {
      live = false;
      reloadAccount = null;
    };
  }, [id, attempt]);

  const a = data?.id === id ? data : null;
  const name = a ? (a.handle ? `@${a.handle}` : (a.displayName ?? `Account ${id}`)) : `Account ${id}`;
  const base: PostFilter = { accountId: id };
  const href = (patch: Partial<PostFilter> = {}, sort?: string) =>
    postsHref({ ...base, ...patch }, sort ? { sort } : {});

  return (
    <div className="screen account-screen">
      <PageHeader
        title={name}
        summary={
          a
            ? `${a.displayName && a.handle ? `${a.displayName} · ` : ''}${platformName(a.platform)} account. Everything it posted that mentions your people: its course of conduct.`
            : 'An account that posted about your people.'
        }
        actions={
          a && a.posts > 0 ? (
            <>
              <a className="btn btn-primary" href={href({}, 'oldest')}>
                Read all its posts, oldest first
              </a>
              {a.abusive > 0 ? (
                <AddToCaseButton
                  filter={{ ...base, abusiveOnly: true }}
                  count={a.abusive}
                  label="Add its abusive posts to a case"
                />
              ) : null}
            </>
          ) : null
        }
      />
      {error ? (
        <ErrorAlert error={error} doing="open this account" onRetry={() => setAttempt((n) => n + 1)} />
      ) : !a ? (
        <Loading label="Opening the account…" />
      ) : a.posts === 0 ? (
        <div className="card">
          <EmptyState icon="posts" title="No posts from this account are counted">
            <p>
              Bulwark knows this account but holds no posts of its own that count (reposts may be left out in
              Settings). Import more posts to see its activity here.
            </p>
          </EmptyState>
        </div>
      ) : (
        <>
          <dl className="stat-grid dash-tiles" data-testid="account-tiles">
            <Tile label="Posts" value={formatNumber(a.posts)} href={href()} note="Mentioning your people" />
            <Tile
              label="Abusive posts"
              value={formatNumber(a.abusive)}
              href={href({ abusiveOnly: true }, 'severity')}
              note={a.posts ? `${Math.round((a.abusive / a.posts) * 100)}% of its posts` : ''}
            />
            <Tile
              label="People targeted"
              value={formatNumber(a.people.length)}
              note={`${a.people.filter((p) => p.abusive > 0).length} of them abused`}
            />
            <Tile
              label="Most severe post"
              value={severityLabel(a.maxSeverity)}
              href={href({ severities: [a.maxSeverity] })}
            />
          </dl>

          <section className="card" aria-labelledby="acct-facts">
            <div className="card-header">
              <h2 id="acct-facts">When we saw it</h2>
            </div>
            <div className="card-body">
              <dl className="account-facts">
                <div>
                  <dt>First seen</dt>
                  <dd data-testid="first-seen">{a.firstSeen ? formatDate(a.firstSeen) : 'never'}</dd>
                </div>
                <div>
                  <dt>Last seen</dt>
                  <dd data-testid="last-seen">{a.lastSeen ? formatDate(a.lastSeen) : 'never'}</dd>
                </div>
                <div>
                  <dt>Account created</dt>
                  <dd>{a.accountCreatedAt ? formatDate(a.accountCreatedAt) : 'not in the source data'}</dd>
                </div>
                <div>
                  <dt>Followers</dt>
                  <dd>{a.followers !== null ? formatNumber(a.followers) : 'not in the source data'}</dd>
                </div>
                <div>
                  <dt>Id on {platformName(a.platform)}</dt>
                  <dd>
                    <code>{a.platformUserId}</code>
                  </dd>
                </div>
              </dl>
            </div>
          </section>

          <section className="card chart-card" aria-labelledby="acct-time">
            <div className="card-header">
              <h2 id="acct-time">Its posts over time, by category</h2>
              <p>Per {a.grain === 'week' ? 'week (starting Monday)' : 'day'}, UTC</p>
            </div>
            <div className="card-body">
              <OverTimeChart
                data={a.overTime}
                categories={cats}
                onDrill={(bucket, c) => {
                  const range = bucket
                    ? a.grain === 'week'
                      ? { from: bucket, to: addDays(bucket, 6) }
                      : bucketBounds(bucket)
                    : {};
                  return href({ ...range, ...(c ? { categories: c } : {}) }, 'oldest');
                }}
              />
            </div>
          </section>

          <div className="dashboard-grid dash-grid-even">
            <section className="card" aria-labelledby="acct-people">
              <div className="card-header">
                <h2 id="acct-people">People it targeted</h2>
                <p>Most abused first</p>
              </div>
              <table className="data-table" data-testid="account-people">
                <thead>
                  <tr>
                    <th scope="col">Person</th>
                    <th scope="col" className="num">
                      Posts
                    </th>
                    <th scope="col" className="num">
                      Abusive
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {a.people.map((p) => (
                    <tr key={p.personId}>
                      <th scope="row">{p.name}</th>
                      <td className="num">
                        <a href={href({ personIds: [p.personId] }, 'oldest')}>{formatNumber(p.posts)}</a>
                      </td>
                      <td className="num">
                        {p.abusive ? (
                          <a href={href({ personIds: [p.personId], abusiveOnly: true }, 'oldest')}>
                            {formatNumber(p.abusive)}
                          </a>
                        ) : (
                          0
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
            <section className="card" aria-labelledby="acct-cats">
              <div className="card-header">
                <h2 id="acct-cats">Categories of its posts</h2>
              </div>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Category</th>
                    <th scope="col" className="num">
                      Posts
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {a.categories.map((c) => (
                    <tr key={c.category}>
                      <th scope="row">
                        {c.category === 'none' ? 'No category (neutral)' : categoryName(cats, c.category)}
                      </th>
                      <td className="num">
                        <a href={href({ categories: [c.category] }, 'oldest')}>{formatNumber(c.posts)}</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </div>

          <section className="card" aria-labelledby="acct-campaigns">
            <div className="card-header">
              <h2 id="acct-campaigns">Campaigns it took part in</h2>
              <p>Groups of accounts Bulwark found acting together</p>
            </div>
            <div className="card-body" data-testid="account-campaigns">
              {a.campaigns.length === 0 ? (
                <p className="muted">
                  Not part of any detected campaign. Campaigns are found when posts are imported; if you
                  imported recently, check again after detection has run.
                </p>
              ) : (
                <ul className="account-campaigns">
                  {a.campaigns.map((c) => (
                    <li key={c.id}>
                      <strong>{KIND_NAMES[c.kind] ?? c.kind}</strong>
                      {c.person ? ` aimed at ${c.person}` : ''}: {c.label}
                      <span className="muted">
                        {' '}
                        — {formatDate(c.startAt)}
                        {c.endAt.slice(0, 10) !== c.startAt.slice(0, 10)
                          ? ` to ${formatDate(c.endAt)}`
                          : ''}, {plural(c.accounts, 'account')}, {plural(c.posts, 'post')}, strength{' '}
                        {Math.round(c.score * 100) / 100}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </section>
        </>
      )}
    </div>
  );
}

function Tile({ label, value, href, note }: { label: string; value: string; href?: string; note?: string }) {
  return (
    <div className="card stat">
      <dt>{label}</dt>
      <dd>{href ? <a href={href}>{value}</a> : value}</dd>
      {note ? <dd className="stat-note">{note}</dd> : null}
    </div>
  );
}
