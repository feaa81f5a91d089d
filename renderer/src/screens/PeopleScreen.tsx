/**
 * People: everyone Bulwark watches for, read-only for now. The filter text and sort order live in the
 * URL (#/people?q=smith&sort=posts) like every other screen's filters.
 */
import { useEffect, useId } from 'react';
import type { PersonSummary } from '../api/types';
import { ErrorAlert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { FirstRunActions } from '../components/FirstRunActions';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { formatNumber, plural, roleName } from '../format';
import { setParams, useRoute } from '../router';
import type { ScreenMeta } from '../routes';
import { usePeopleStore } from '../stores/peopleStore';

/** 'default' keeps the API's order: the leader first, then everyone by name. */
type SortKey = 'default' | 'name' | 'posts';

function matches(p: PersonSummary, q: string): boolean {
  const hay = [p.name, roleName(p.role), p.party ?? '', p.constituency ?? ''].join(' ').toLowerCase();
  return q
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => hay.includes(word));
}

function sorted(list: PersonSummary[], key: SortKey): PersonSummary[] {
  if (key === 'default') return list;
  if (key === 'name') return [...list].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return [...list].sort((a, b) => b.posts - a.posts || a.name.localeCompare(b.name, 'en-GB'));
}

function Missing() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">Not recorded</span>
    </>
  );
}

export function PeopleScreen({ meta }: { meta: ScreenMeta }) {
  const { params } = useRoute();
  const q = params.get('q') ?? '';
  const sortParam = params.get('sort');
  const sort: SortKey = sortParam === 'posts' || sortParam === 'name' ? sortParam : 'default';
  const people = usePeopleStore();
  const filterId = useId();

  useEffect(() => {
    void usePeopleStore.getState().load();
  }, []);

  const all = people.data ?? [];
  const shown = sorted(
    all.filter((p) => matches(p, q)),
    sort,
  );

  return (
    <div className="screen">
      <PageHeader title={meta.label} summary={meta.summary} />
      {people.error ? (
        <ErrorAlert error={people.error} doing="load the list of people" onRetry={() => void people.load()} />
      ) : null}
      {!people.data && !people.error ? <Loading label="Loading people…" /> : null}
      {people.data && all.length === 0 ? (
        <div className="card">
          <EmptyState icon="people" title="No people yet" actions={<FirstRunActions />}>
            <p>
              People are the leader, MPs and staff whose mentions Bulwark tracks. Load the demo data to see
              how this works; adding your own people will come with importing.
            </p>
          </EmptyState>
        </div>
      ) : null}
      {all.length > 0 ? (
        <section className="card" aria-labelledby="people-table-title">
          <div className="toolbar">
            <div className="field" style={{ flex: 1 }}>
              <label htmlFor={filterId}>Filter people</label>
              <input
                id={filterId}
                type="search"
                value={q}
                placeholder="Name, role, party or constituency"
                onChange={(e) => setParams({ q: e.target.value || null })}
              />
            </div>
            <p className="muted" aria-live="polite">
              {q
                ? `${formatNumber(shown.length)} of ${plural(all.length, 'person', 'people')}`
                : plural(all.length, 'person', 'people')}
            </p>
          </div>
          <h2 id="people-table-title" className="sr-only">
            People list
          </h2>
          {shown.length === 0 ? (
            <EmptyState
              icon="people"
              level={3}
              title={`No one matches “${q}”`}
              actions={
                <button type="button" className="btn" onClick={() => setParams({ q: null })}>
                  Clear filter
                </button>
              }
            >
              <p>Check the spelling, or search by constituency or party instead.</p>
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="data-table">
                <caption className="sr-only">
                  People Bulwark watches for, with the number of posts mentioning each
                </caption>
                <thead>
                  <tr>
                    <SortHeader label="Name" sortKey="name" current={sort} />
                    <th scope="col">Role</th>
                    <th scope="col">Party</th>
                    <th scope="col">Constituency</th>
                    <SortHeader label="Posts mentioning them" sortKey="posts" current={sort} numeric />
                  </tr>
                </thead>
                <tbody>
                  {shown.map((p) => (
                    <tr key={p.id}>
                      <th scope="row">{p.name}</th>
                      <td>{roleName(p.role)}</td>
                      <td>{p.party ?? <Missing />}</td>
                      <td>{p.constituency ?? <Missing />}</td>
                      <td className="num">{formatNumber(p.posts)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}
    </div>
  );
}

function SortHeader({
  label,
  sortKey,
  current,
  numeric,
}: {
  label: string;
  sortKey: SortKey;
  current: SortKey;
  numeric?: boolean;
}) {
  const active = current === sortKey;
  return (
    <th
      scope="col"
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (sortKey === 'posts' ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() => setParams({ sort: active ? null : sortKey })}
        title={active ? 'Back to the usual order (leader first)' : `Sort by ${label.toLowerCase()}`}
      >
        {label}
        <span aria-hidden="true" className={active ? undefined : 'sort-hint'}>
          {active ? (sortKey === 'posts' ? '↓' : '↑') : '↕'}
        </span>
      </button>
    </th>
  );
}
