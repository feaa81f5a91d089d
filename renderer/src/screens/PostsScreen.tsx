/**
 * Posts explorer: full-text search combined with the shared filters, sorted by time or severity, in a
 * virtualised list that pages by keyset as the reader scrolls, with a detail panel for the open post.
 * Everything is in the URL — #/posts?q=…&person=3&sort=severity&post=123 — so the dashboard drills
 * down here by link, and a view can be bookmarked. Older links (?import=12, ?person=3) still work.
 */
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { PostFilter } from '../../../electron/api/filters';
import type { PostSort } from '../../../electron/api/types';
import { AddToCaseButton } from '../cases/AddToCaseButton';
import { ExportDialog } from '../cases/ExportDialog';
import { ErrorAlert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { FilterBar } from '../filters/FilterBar';
import { filterParams, isBlank, parseFilter } from '../filters/urlFilter';
import { formatNumber, plural } from '../format';
import { PostDetailPanel } from '../posts/PostDetailPanel';
import { PostList } from '../posts/PostList';
import { useSearchStore } from '../posts/searchStore';
import { hrefFor, navigate, setParams, useRoute } from '../router';
import type { ScreenMeta } from '../routes';
import { useAppInfoStore } from '../stores/appInfoStore';
import { useDemoStore } from '../stores/demoStore';
import { categoryIndex, useCategoriesStore } from '../taxonomy/taxonomyStore';
import '../posts/explorer.css';

const SORTS: { id: PostSort; label: string }[] = [
  { id: 'newest', label: 'Newest first' },
  { id: 'oldest', label: 'Oldest first' },
  { id: 'severity', label: 'Most severe first' },
];

/** The most posts one pack holds (the server says so too, in words, if asked for more). */
const MAX_PACK_POSTS = 100_000;

function sortOf(v: string | null): PostSort {
  return v === 'oldest' || v === 'severity' ? v : 'newest';
}

/** The search box's own problem (e.g. an unclosed quotation mark), from the server's answer. */
function searchProblem(error: { code: string; message: string } | null): string | null {
  if (!error || error.code !== 'INVALID_INPUT') return null;
  const m = /filter\.query: ([^;]+)/.exec(error.message);
  return m ? m[1]!.trim() : null;
}

export function PostsScreen({ meta }: { meta: ScreenMeta }) {
  const { params } = useRoute();
  const parsed = useMemo(() => parseFilter(params), [params]);
  const sort = sortOf(params.get('sort'));
  const postParam = params.get('post');
  const openId = postParam && /^\d{1,12}$/.test(postParam) ? Number(postParam) : null;
  const filter = parsed.filter;
  const id = useId();
  const s = useSearchStore();
  const info = useAppInfoStore();
  const categories = useCategoriesStore();
  const cats = useMemo(() => categoryIndex(categories.data), [categories.data]);
  // The box follows the address (Back, a drill-down) until the reader types: the draft is for one query.
  const urlQuery = filter.query ?? '';
  const [typed, setTyped] = useState({ for: urlQuery, text: urlQuery });
  const [exporting, setExporting] = useState<{ filter: PostFilter; posts: number } | null>(null);
  const draft = typed.for === urlQuery ? typed.text : urlQuery;
  const queryError = searchProblem(s.error);
  useEffect(() => {
    void useSearchStore.getState().start(filter, sort);
  }, [filter, sort]);
  useEffect(() => {
    if (!useCategoriesStore.getState().requested) void useCategoriesStore.getState().load();
  }, []);

  const extra = { sort: sort === 'newest' ? null : sort };
  const setFilter = (f: PostFilter) => navigate('/posts', { ...filterParams(f), ...extra });
  const postHref = useCallback(
    (pid: number) =>
      hrefFor('/posts', {
        ...filterParams(parsed.filter),
        sort: sort === 'newest' ? null : sort,
        post: String(pid),
      }),
    [parsed.filter, sort],
  );
  const submit = () => setParams({ q: draft.trim() || null, post: null });

  const hasPosts = (info.data?.posts ?? 0) > 0;
  const ready = s.key !== null && !s.loading;
  const lastDay = s.dataRange?.last?.slice(0, 10) ?? null;
  const narrowed = !isBlank(filter);

  return (
    <div className="screen posts-screen explorer-screen">
      <PageHeader
        title={meta.label}
        summary="Search and filter every imported post. Times are shown in your time zone."
      />
      <form
        className="explorer-search card"
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={`${id}-q`}>Search the text of posts</label>
        <div className="explorer-search-row">
          <input
            id={`${id}-q`}
            type="search"
            value={draft}
            maxLength={500}
            placeholder='e.g. "go back" OR traitor*'
            aria-describedby={`${id}-help${queryError ? ` ${id}-err` : ''}`}
            aria-invalid={queryError ? true : undefined}
            onChange={(e) => setTyped({ for: urlQuery, text: e.target.value })}
          />
          <button type="submit" className="btn btn-primary">
            Search
          </button>
          <label className="explorer-sort">
            <span>Order</span>
            <select
              value={sort}
              onChange={(e) => setParams({ sort: e.target.value === 'newest' ? null : e.target.value })}
            >
              {SORTS.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p id={`${id}-help`} className="explorer-help muted">
          Words must all appear. <code>"exact phrase"</code>, <code>word*</code> for any ending,{' '}
          <code>OR</code>, <code>NOT</code> or <code>-word</code> to leave out, brackets to group. Accents and
          capitals are ignored.
        </p>
        {queryError ? (
          <p id={`${id}-err`} className="explorer-error" role="alert">
            {queryError}
          </p>
        ) : null}
      </form>

      <FilterBar
        filter={filter}
        onChange={(f) => setFilter({ ...f, query: filter.query })}
        lastDay={lastDay}
        showAbusive
      />
      <ScopeChips filter={filter} invalid={parsed.invalid} />

      <div className={`explorer-layout${openId ? ' has-detail' : ''}`}>
        <section className="card explorer-results" aria-labelledby={`${id}-title`} aria-busy={s.loading}>
          <div className="card-header explorer-results-head">
            <h2 id={`${id}-title`} data-testid="result-count">
              {s.count === null
                ? s.loading
                  ? 'Searching…'
                  : 'Matching posts'
                : `${plural(s.count, 'post')} ${s.count === 1 ? 'matches' : 'match'}`}
            </h2>
            <div className="explorer-actions">
              {s.rows.length > 0 ? (
                <AddToCaseButton
                  postIds={() => useSearchStore.getState().rows.map((r) => r.id)}
                  label={`Add these ${formatNumber(s.rows.length)} listed posts to a case`}
                />
              ) : null}
              {s.count && s.count > s.rows.length && s.count <= 100_000 ? (
                <AddToCaseButton
                  filter={filter}
                  count={s.count}
                  label={`Add all ${formatNumber(s.count)} matching posts to a case`}
                />
              ) : null}
              {s.count && s.count <= MAX_PACK_POSTS && !s.loading ? (
                <button
                  type="button"
                  className="btn"
                  onClick={() => setExporting({ filter, posts: s.count ?? 0 })}
                >
                  Export evidence pack…
                </button>
              ) : null}
            </div>
          </div>
          {queryError ? (
            <p className="card-body muted">Change the search above to see posts.</p>
          ) : s.error && !s.loading ? (
            <div className="card-body">
              <ErrorAlert
                error={s.error}
                doing="search the posts"
                onRetry={() => void useSearchStore.getState().start(filter, sort, { force: true })}
              />
            </div>
          ) : !ready ? (
            <Loading label="Finding posts…" />
          ) : s.rows.length === 0 ? (
            !hasPosts && !narrowed ? (
              <EmptyState icon="posts" level={3} title="No posts yet" actions={<NoPostsActions />}>
                <p>
                  Import a file exported from X, Bluesky, Mastodon or another platform, and its posts appear
                  here. Or load the demo data to look around first.
                </p>
              </EmptyState>
            ) : (
              <EmptyState
                icon="posts"
                level={3}
                title={
                  filter.importId && isBlank({ ...filter, importId: undefined })
                    ? 'No new posts came from this import'
                    : 'No posts match'
                }
                actions={
                  <a className="btn" href="#/posts">
                    Show all posts
                  </a>
                }
              >
                <p>
                  {filter.importId && isBlank({ ...filter, importId: undefined })
                    ? 'A post Bulwark already had stays listed under the import that first added it, so an import that found only known posts lists none here.'
                    : filter.query
                      ? 'Nothing contains those words under these filters. Check the spelling, try fewer words or word* for any ending, or clear some filters.'
                      : 'Try a wider date range or fewer filters.'}
                </p>
              </EmptyState>
            )
          ) : (
            <PostList
              rows={s.rows}
              hasMore={s.cursor !== null}
              loadingMore={s.loadingMore}
              onMore={() => void useSearchStore.getState().more()}
              selectedId={openId}
              hrefFor={postHref}
              terms={s.terms}
              categories={cats}
              total={s.count}
            />
          )}
        </section>
        {openId ? (
          <PostDetailPanel
            id={openId}
            terms={s.terms}
            categories={cats}
            postHref={postHref}
            onClose={() => setParams({ post: null })}
          />
        ) : null}
      </div>
      {exporting ? (
        <ExportDialog
          source={{ filter: exporting.filter }}
          posts={exporting.posts}
          onClose={() => setExporting(null)}
        />
      ) : null}
    </div>
  );
}

/** Filters the bar does not show (one account, one import, reposts), each removable. */
function ScopeChips({ filter, invalid }: { filter: PostFilter; invalid: string[] }) {
  const chips: { key: string; text: string; clear: Record<string, null> }[] = [];
  if (filter.accountId)
    chips.push({ key: 'account', text: `Posts by account ${filter.accountId}`, clear: { account: null } });
  if (filter.importId)
    chips.push({ key: 'import', text: `Added by import ${filter.importId}`, clear: { import: null } });
  if (filter.reposts === 'only')
    chips.push({ key: 'reposts', text: 'Reposts only', clear: { reposts: null } });
  if (filter.reposts === 'exclude')
    chips.push({ key: 'reposts', text: 'Without reposts', clear: { reposts: null } });
  if (chips.length === 0 && invalid.length === 0) return null;
  return (
    <div className="explorer-chips" role="group" aria-label="Other filters">
      {chips.map((c) => (
        <span key={c.key} className="explorer-chip">
          {c.key === 'account' && filter.accountId ? (
            <a href={hrefFor(`/accounts/${filter.accountId}`)}>{c.text}</a>
          ) : (
            c.text
          )}
          <button
            type="button"
            className="btn-link"
            aria-label={`Remove filter: ${c.text}`}
            onClick={() => setParams({ ...c.clear, post: null })}
          >
            ×
          </button>
        </span>
      ))}
      {invalid.length ? (
        <span className="posts-note" role="status">
          Part of this address could not be read ({invalid.join(', ')}), so that filter is not applied.
        </span>
      ) : null}
    </div>
  );
}

/** With no posts at all, importing is the main way forward; demo data is the second choice. */
function NoPostsActions() {
  const running = useDemoStore((s) => s.running);
  const load = useDemoStore((s) => s.load);
  return (
    <>
      <a className="btn btn-primary" href="#/import">
        Import posts
      </a>
      <button type="button" className="btn" onClick={() => void load()} disabled={running}>
        {running ? 'Loading demo data…' : 'Load demo data'}
      </button>
    </>
  );
}
