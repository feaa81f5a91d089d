/** The people list: one row per person with their accounts, post counts and Edit / Remove. */
import { useState } from 'react';
import type { PersonHandleInfo, PersonListItem } from '../../../electron/api/types';
import { formatNumber, roleName } from '../format';
import { setParams } from '../router';
import { PLATFORM_SHORT } from './labels';

export type SortKey = 'default' | 'name' | 'posts';

const PAGE = 200;
const SHOWN_HANDLES = 3;

export function handleText(h: PersonHandleInfo): string {
  if (!h.handle) return `id ${h.accountId ?? ''}`;
  if (h.platform === 'reddit') return `u/${h.handle}`;
  if (h.platform === 'facebook') return h.handle;
  return `@${h.handle}`;
}

function Missing() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">Not recorded</span>
    </>
  );
}

export function PeopleTable({
  people,
  sort,
  onEdit,
  onRemove,
}: {
  people: PersonListItem[];
  sort: SortKey;
  onEdit: (p: PersonListItem) => void;
  onRemove: (p: PersonListItem) => void;
}) {
  const [limit, setLimit] = useState(PAGE);
  const shown = people.slice(0, limit);
  return (
    <>
      <div className="table-wrap">
        <table className="data-table people-table">
          <caption className="sr-only">
            People Bulwark watches for, with their accounts and the number of posts mentioning each
          </caption>
          <thead>
            <tr>
              <SortHeader label="Name" sortKey="name" current={sort} />
              <th scope="col">Party</th>
              <th scope="col">Constituency</th>
              <th scope="col">Accounts</th>
              <SortHeader label="Posts" sortKey="posts" current={sort} numeric />
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <span className="people-name">{p.name}</span>
                  <span className="people-sub muted">
                    {p.role === 'leader' ? (
                      <span className="badge badge-accent">Leader</span>
                    ) : (
                      roleName(p.role)
                    )}
                    {p.aliases
                      ? ` · ${p.aliases === 1 ? '1 other name' : `${formatNumber(p.aliases)} other names`}`
                      : ''}
                  </span>
                </th>
                <td>{p.party ?? <Missing />}</td>
                <td>{p.constituency ?? <Missing />}</td>
                <td>
                  {p.handles.length ? (
                    <ul className="people-handles">
                      {p.handles.slice(0, SHOWN_HANDLES).map((h, i) => (
                        <li key={i}>
                          <span className="people-platform">{PLATFORM_SHORT[h.platform] ?? h.platform}</span>{' '}
                          <span className="people-handle" title={handleText(h)}>
                            {handleText(h)}
                          </span>
                        </li>
                      ))}
                      {p.handles.length > SHOWN_HANDLES ? (
                        <li className="muted">and {p.handles.length - SHOWN_HANDLES} more</li>
                      ) : null}
                    </ul>
                  ) : (
                    <span className="muted">None yet</span>
                  )}
                </td>
                <td className="num">{formatNumber(p.posts)}</td>
                <td className="people-actions">
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={`Edit ${p.name}`}
                    onClick={() => onEdit(p)}
                  >
                    Edit
                  </button>
                  <button
                    type="button"
                    className="btn btn-small btn-quiet-danger"
                    aria-label={`Remove ${p.name}`}
                    onClick={() => onRemove(p)}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {people.length > limit ? (
        <div className="people-more">
          <p className="muted">
            Showing {formatNumber(limit)} of {formatNumber(people.length)}. Search or filter to find someone
            faster.
          </p>
          <button type="button" className="btn" onClick={() => setLimit(people.length)}>
            Show all {formatNumber(people.length)}
          </button>
        </div>
      ) : null}
    </>
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
