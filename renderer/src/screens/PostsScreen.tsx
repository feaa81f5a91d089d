/**
 * Posts (first version; the full explorer with search and filters comes later): imported posts, newest
 * first, a page at a time. The filter lives in the URL — #/posts?import=12 or #/posts?person=3 — so the
 * Import screen can link to "the posts this file added" and a view can be bookmarked.
 */
import { useEffect, useId } from 'react';
import { ErrorAlert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { useImportHistoryStore } from '../import/historyStore';
import { Pager } from '../posts/Pager';
import { POSTS_PAGE, sameQuery, usePostsStore } from '../posts/postsStore';
import { PostsTable } from '../posts/PostsTable';
import { localTime } from '../posts/time';
import { setParams, useRoute } from '../router';
import type { ScreenMeta } from '../routes';
import { useDemoStore } from '../stores/demoStore';
import { usePeopleStore } from '../stores/peopleStore';
import '../styles/import.css';

function positiveInt(v: string | null): number | undefined {
  if (!v || !/^\d{1,12}$/.test(v)) return undefined;
  const n = Number(v);
  return n > 0 ? n : undefined;
}

export function PostsScreen({ meta }: { meta: ScreenMeta }) {
  const { params } = useRoute();
  const importId = positiveInt(params.get('import'));
  const personId = positiveInt(params.get('person'));
  const page = positiveInt(params.get('page')) ?? 1;
  const offset = (page - 1) * POSTS_PAGE;
  const badParam = (params.has('import') && !importId) || (params.has('person') && !personId) ? true : false;
  const filtered = importId !== undefined || personId !== undefined;
  const id = useId();

  const posts = usePostsStore();
  const history = useImportHistoryStore((s) => s.data);
  const people = usePeopleStore((s) => s.data);

  useEffect(() => {
    void usePostsStore.getState().load({ importId, personId, limit: POSTS_PAGE, offset });
  }, [importId, personId, offset]);
  useEffect(() => {
    if (importId) void useImportHistoryStore.getState().load();
  }, [importId]);
  useEffect(() => {
    if (personId) void usePeopleStore.getState().load();
  }, [personId]);

  const imp = importId ? history?.find((r) => r.id === importId) : undefined;
  const person = personId ? people?.find((p) => p.id === personId) : undefined;
  const filterParts: string[] = [];
  if (importId)
    filterParts.push(
      imp
        ? `added by ${imp.file_name} (imported ${localTime(imp.started_at)})`
        : `added by import number ${importId}`,
    );
  if (personId) filterParts.push(`mentioning ${person ? person.name : `person number ${personId}`}`);
  const heading = filtered ? `Posts ${filterParts.join(', ')}` : 'All posts';

  const query = { importId, personId, limit: POSTS_PAGE, offset };
  const data = posts.data && sameQuery(posts.data.query, query) ? posts.data.page : null;
  const pageEmpty = data && data.rows.length === 0;

  return (
    <div className="screen posts-screen">
      <PageHeader
        title={meta.label}
        summary="Imported posts, newest first. Search and more filters are coming."
      />
      {badParam ? (
        <p className="posts-note" role="status">
          This address has a filter Bulwark cannot read, so all posts are shown.
        </p>
      ) : null}
      <section className="card" aria-labelledby={`${id}-title`} aria-busy={posts.loading}>
        <div className="card-header posts-header">
          <h2 id={`${id}-title`}>{heading}</h2>
          {filtered ? (
            <a className="btn btn-small" href="#/posts">
              Show all posts
            </a>
          ) : null}
        </div>
        {posts.error && !posts.loading ? (
          <div className="card-body">
            <ErrorAlert error={posts.error} doing="load the posts" onRetry={() => void posts.load()} />
          </div>
        ) : !data ? (
          <Loading label="Loading posts…" />
        ) : data.total === 0 ? (
          filtered ? (
            <EmptyState
              icon="posts"
              level={3}
              title={importId ? 'No new posts came from this import' : 'No posts match this filter'}
              actions={
                <a className="btn" href="#/posts">
                  Show all posts
                </a>
              }
            >
              <p>
                {importId
                  ? 'A post Bulwark already had stays listed under the import that first added it, so an import that found only known posts lists none here. The import history on the Import screen shows what each file did.'
                  : 'Nothing in the database matches. Show all posts to see everything.'}
              </p>
            </EmptyState>
          ) : (
            <EmptyState icon="posts" level={3} title="No posts yet" actions={<NoPostsActions />}>
              <p>
                Import a file exported from X, Bluesky, Mastodon or another platform, and its posts appear
                here. Or load the demo data to look around first.
              </p>
            </EmptyState>
          )
        ) : pageEmpty ? (
          <EmptyState
            icon="posts"
            level={3}
            title={`There is no page ${page}`}
            actions={
              <button type="button" className="btn" onClick={() => setParams({ page: null })}>
                Go to the first page
              </button>
            }
          >
            <p>There are fewer posts than that now.</p>
          </EmptyState>
        ) : (
          <>
            <div className="posts-toolbar">
              <Pager
                offset={offset}
                limit={POSTS_PAGE}
                total={data.total}
                noun={['post', 'posts']}
                label="Pages of posts (top)"
                onOffset={(o) => setParams({ page: o > 0 ? String(o / POSTS_PAGE + 1) : null })}
              />
              {posts.loading ? <span className="updating">Updating…</span> : null}
            </div>
            <PostsTable rows={data.rows} caption={heading} />
            {data.total > POSTS_PAGE ? (
              <div className="posts-toolbar posts-toolbar-bottom">
                <Pager
                  offset={offset}
                  limit={POSTS_PAGE}
                  total={data.total}
                  noun={['post', 'posts']}
                  label="Pages of posts (bottom)"
                  onOffset={(o) => {
                    setParams({ page: o > 0 ? String(o / POSTS_PAGE + 1) : null });
                    document.getElementById('main-content')?.scrollTo({ top: 0 });
                  }}
                />
              </div>
            ) : null}
          </>
        )}
      </section>
    </div>
  );
}

/** On this screen importing is the main way forward; demo data is the second choice. */
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
