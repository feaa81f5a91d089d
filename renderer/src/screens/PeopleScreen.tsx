/**
 * People: everyone Bulwark watches for — add, edit and remove them, import a roster CSV, or add all
 * current UK MPs from Parliament. Search text, filters and sort order live in the URL
 * (#/people?q=smith&role=mp&party=Labour&sort=posts) like every other screen's filters.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import type { PersonListItem, PersonRemoved, PersonSaved } from '../../../electron/api/types';
import { Alert, ErrorAlert } from '../components/Alert';
import { SelectField } from '../components/SelectField';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { formatNumber, plural, roleName } from '../format';
import { rematchText } from '../people/MergeSummaryView';
import { ParliamentDialog } from '../people/ParliamentDialog';
import { PeopleTable, handleText, type SortKey } from '../people/PeopleTable';
import { PersonDialog } from '../people/PersonDialog';
import { RemoveDialog } from '../people/RemoveDialog';
import { RosterDialog } from '../people/RosterDialog';
import { ROLES, them } from '../people/labels';
import '../people/people.css';
import { setParams, useRoute } from '../router';
import type { ScreenMeta } from '../routes';
import { useDemoStore } from '../stores/demoStore';
import { usePeopleStore } from '../stores/peopleStore';

type Open =
  | { kind: 'add' }
  | { kind: 'edit'; id: number }
  | { kind: 'remove'; person: PersonListItem }
  | { kind: 'roster' }
  | { kind: 'parliament' }
  | null;

interface Notice {
  title: string;
  text?: string;
}

function matches(p: PersonListItem, words: string[]): boolean {
  if (words.length === 0) return true;
  const hay = [
    p.name,
    roleName(p.role),
    p.party ?? '',
    p.constituency ?? '',
    ...p.handles.map((h) => `${h.handle ?? ''} ${handleText(h)}`),
  ]
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
  return words.every((w) => hay.includes(w));
}

function sorted(list: PersonListItem[], key: SortKey): PersonListItem[] {
  if (key === 'default') return list;
  if (key === 'name') return [...list].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return [...list].sort((a, b) => b.posts - a.posts || a.name.localeCompare(b.name, 'en-GB'));
}

function savedNotice(saved: PersonSaved, isNew: boolean): Notice {
  const p = saved.person;
  const pronoun = them(p.gender);
  const r = saved.rematch;
  let text: string | undefined;
  if (r.mode === 'job') text = rematchText(r, pronoun)!;
  else if (r.mode === 'inline')
    text = p.posts
      ? `${plural(p.posts, 'post')} already imported ${p.posts === 1 ? 'mentions' : 'mention'} ${pronoun}.`
      : `None of the ${plural(r.posts, 'post')} already imported mention ${pronoun}. New posts that do will be linked to ${pronoun}.`;
  else if (isNew) text = `Posts you import that mention ${pronoun} will be linked to ${pronoun}.`;
  return { title: isNew ? `Added ${p.name}` : `Saved changes to ${p.name}`, text };
}

function removedNotice(r: PersonRemoved): Notice {
  return {
    title: `Removed ${r.name}`,
    text: r.posts
      ? `The ${plural(r.posts, 'post')} that mentioned them are kept but no longer linked to them${
          r.postsUnmatched
            ? `; ${formatNumber(r.postsUnmatched)} of them mention nobody else you monitor`
            : ''
        }.`
      : 'No posts mentioned them.',
  };
}

export function PeopleScreen({ meta }: { meta: ScreenMeta }) {
  const { params } = useRoute();
  const q = params.get('q') ?? '';
  const sortParam = params.get('sort');
  const sort: SortKey = sortParam === 'posts' || sortParam === 'name' ? sortParam : 'default';
  const roleFilter = params.get('role') ?? '';
  const partyFilter = params.get('party') ?? '';
  const people = usePeopleStore();
  const demoRunning = useDemoStore((s) => s.running);
  const loadDemo = useDemoStore((s) => s.load);
  const id = useId();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<Notice | null>(null);

  useEffect(() => {
    void usePeopleStore.getState().load();
  }, []);

  const all = useMemo(() => (people.data ?? []) as PersonListItem[], [people.data]);
  const parties = useMemo(() => {
    const counts = new Map<string, number>();
    for (const p of all) if (p.party) counts.set(p.party, (counts.get(p.party) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([name]) => name);
  }, [all]);
  const words = q
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/\s+/)
    .filter(Boolean);
  const shown = sorted(
    all.filter(
      (p) =>
        matches(p, words) &&
        (!roleFilter || p.role === roleFilter) &&
        (!partyFilter || p.party === partyFilter),
    ),
    sort,
  );
  const filtered = Boolean(q || roleFilter || partyFilter);

  const actions = (
    <>
      <button type="button" className="btn btn-primary" onClick={() => setOpen({ kind: 'add' })}>
        Add person
      </button>
      <button type="button" className="btn" onClick={() => setOpen({ kind: 'roster' })}>
        Import roster CSV
      </button>
      <button type="button" className="btn" onClick={() => setOpen({ kind: 'parliament' })}>
        Add all current UK MPs
      </button>
    </>
  );

  return (
    <div className="screen">
      <PageHeader
        title={meta.label}
        summary="The leader, MPs, candidates and staff whose mentions Bulwark tracks."
        actions={all.length > 0 ? actions : undefined}
      />
      {notice ? (
        <Alert tone="success" title={notice.title} onDismiss={() => setNotice(null)}>
          {notice.text ? <p>{notice.text}</p> : null}
        </Alert>
      ) : null}
      {people.error ? (
        <ErrorAlert error={people.error} doing="load the list of people" onRetry={() => void people.load()} />
      ) : null}
      {!people.data && !people.error ? <Loading label="Loading people…" /> : null}

      {people.data && all.length === 0 ? (
        <div className="card">
          <EmptyState icon="people" title="No one is monitored yet">
            <p>
              Add the people whose mentions you want to track: your leader, MPs, candidates and staff. Posts
              that name them, mention their accounts or reply to them are then linked to them.
            </p>
          </EmptyState>
          <ul className="people-start">
            <li>
              <h3>Every sitting MP</h3>
              <p className="muted">
                All 650 from the UK Parliament, with their published X and Bluesky accounts.
              </p>
              <button
                type="button"
                className="btn btn-primary"
                onClick={() => setOpen({ kind: 'parliament' })}
              >
                Add all current UK MPs
              </button>
            </li>
            <li>
              <h3>From your own list</h3>
              <p className="muted">A spreadsheet saved as CSV, one row per person.</p>
              <button type="button" className="btn" onClick={() => setOpen({ kind: 'roster' })}>
                Import roster CSV
              </button>
            </li>
            <li>
              <h3>One at a time</h3>
              <p className="muted">Name, role, accounts and nicknames.</p>
              <button type="button" className="btn" onClick={() => setOpen({ kind: 'add' })}>
                Add person
              </button>
            </li>
          </ul>
          <p className="people-demo muted">
            Just looking around?{' '}
            <button
              type="button"
              className="btn-link btn"
              onClick={() => void loadDemo()}
              disabled={demoRunning}
            >
              {demoRunning ? 'Loading demo data…' : 'Load demo data'}
            </button>{' '}
            with invented people and posts.
          </p>
        </div>
      ) : null}

      {all.length > 0 ? (
        <section className="card" aria-labelledby={`${id}-title`}>
          <h2 id={`${id}-title`} className="sr-only">
            People list
          </h2>
          <div className="toolbar people-toolbar">
            <div className="field people-search">
              <label htmlFor={`${id}-q`}>Search</label>
              <input
                id={`${id}-q`}
                type="search"
                value={q}
                placeholder="Name, party, constituency or handle"
                onChange={(e) => setParams({ q: e.target.value || null })}
              />
            </div>
            <SelectField
              id={`${id}-role`}
              label="Role"
              className="people-select"
              value={roleFilter}
              emptyOption="All roles"
              options={ROLES}
              onChange={(v) => setParams({ role: v || null })}
            />
            <SelectField
              id={`${id}-party`}
              label="Party"
              className="people-select"
              value={partyFilter}
              emptyOption="All parties"
              // A party in the URL that no one has any more still shows, so the filter can be cleared.
              options={[
                ...parties,
                ...(partyFilter && !parties.includes(partyFilter) ? [partyFilter] : []),
              ].map((p) => ({ value: p, label: p }))}
              onChange={(v) => setParams({ party: v || null })}
            />
            <p className="muted people-count" aria-live="polite">
              {filtered
                ? `${formatNumber(shown.length)} of ${plural(all.length, 'person', 'people')}`
                : plural(all.length, 'person', 'people')}
            </p>
          </div>
          {shown.length === 0 ? (
            <EmptyState
              icon="people"
              level={3}
              title={q ? `No one matches “${q}”` : 'No one matches these filters'}
              actions={
                <button
                  type="button"
                  className="btn"
                  onClick={() => setParams({ q: null, role: null, party: null })}
                >
                  Clear search and filters
                </button>
              }
            >
              <p>
                {q
                  ? 'Check the spelling, or search by constituency, party or handle instead.'
                  : 'Try another role or party, or clear the filters.'}
              </p>
            </EmptyState>
          ) : (
            <PeopleTable
              // A new search or filter starts again from the first page of rows.
              key={`${q}|${roleFilter}|${partyFilter}|${sort}`}
              people={shown}
              sort={sort}
              onEdit={(p) => setOpen({ kind: 'edit', id: p.id })}
              onRemove={(p) => setOpen({ kind: 'remove', person: p })}
            />
          )}
        </section>
      ) : null}

      {open?.kind === 'add' || open?.kind === 'edit' ? (
        <PersonDialog
          personId={open.kind === 'edit' ? open.id : null}
          parties={parties}
          onClose={() => setOpen(null)}
          onSaved={(saved, isNew) => {
            setOpen(null);
            setNotice(savedNotice(saved, isNew));
          }}
        />
      ) : null}
      {open?.kind === 'remove' ? (
        <RemoveDialog
          person={open.person}
          onClose={() => setOpen(null)}
          onRemoved={(r) => {
            setOpen(null);
            setNotice(removedNotice(r));
          }}
        />
      ) : null}
      {open?.kind === 'roster' ? <RosterDialog onClose={() => setOpen(null)} /> : null}
      {open?.kind === 'parliament' ? <ParliamentDialog onClose={() => setOpen(null)} /> : null}
    </div>
  );
}
