/**
 * The review workspace shared by Review (the queue) and Urgent (S4 posts): a list of posts on the left,
 * the current post on the right, and keyboard shortcuts for every decision. Filters and the page live
 * in the URL (#/review?person=3&category=threat&page=2) so a view can be bookmarked.
 */
import { useEffect, useEffectEvent, useId, useState } from 'react';
import type { ReviewAction, ReviewDecisionResult, ReviewPost } from '../../../electron/api/types';
import type { ApiCallError } from '../api/client';
import { api } from '../api/client';
import { AddToCaseButton } from '../cases/AddToCaseButton';
import { Alert, ErrorAlert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { Icon } from '../components/Icon';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { formatNumber, plural } from '../format';
import { Pager } from '../posts/Pager';
import { setParams, useRoute } from '../router';
import type { ScreenMeta } from '../routes';
import { useAppInfoStore } from '../stores/appInfoStore';
import { usePeopleStore } from '../stores/peopleStore';
import { toApiError } from '../stores/resource';
import { useSettingsStore } from '../stores/settingsStore';
import { severityLabel } from '../taxonomy/severity';
import { categoryIndex, categoryName, useCategoriesStore } from '../taxonomy/taxonomyStore';
import { BlurToggle } from './BlurToggle';
import { CategoryDialog } from './CategoryDialog';
import { DecisionBar, ShortcutLegend } from './DecisionBar';
import { NoteDialog } from './NoteDialog';
import { PostCard } from './PostCard';
import { QueueList } from './QueueList';
import { REVIEW_PAGE, useQueueStore, useReviewPrefsStore, useUrgentStore } from './reviewStores';
import { STATUS_TEXT } from './words';

export type ReviewMode = 'queue' | 'urgent';

function positiveInt(v: string | null): number | undefined {
  if (!v || !/^\d{1,12}$/.test(v)) return undefined;
  const n = Number(v);
  return n > 0 ? n : undefined;
}

function slug(v: string | null): string | undefined {
  return v && /^[a-z][a-z0-9_]{0,39}$/.test(v) ? v : undefined;
}

type Message = { tone: 'success' | 'info'; title: string; detail?: string } | null;

export function ReviewWorkspace({ mode, meta }: { mode: ReviewMode; meta: ScreenMeta }) {
  const { params } = useRoute();
  const personId = positiveInt(params.get('person'));
  const category = mode === 'queue' ? slug(params.get('category')) : undefined;
  const page = positiveInt(params.get('page')) ?? 1;
  const offset = (page - 1) * REVIEW_PAGE;
  const filtered = personId !== undefined || category !== undefined;
  const id = useId();

  const queue = useQueueStore();
  const urgent = useUrgentStore();
  const res = mode === 'queue' ? queue : urgent;
  const categoriesList = useCategoriesStore((s) => s.data);
  const categories = categoryIndex(categoriesList);
  const blurAbusive = useReviewPrefsStore((s) => s.blurAbusive);
  const reviewer = useSettingsStore((s) => s.settings.reviewerName.trim());
  const settingsLoaded = useSettingsStore((s) => s.loaded);
  const people = usePeopleStore((s) => s.data);
  const info = useAppInfoStore((s) => s.data);

  const [sel, setSel] = useState<{ id: number | null; index: number }>({ id: null, index: 0 });
  const [revealedId, setRevealedId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<'category' | 'note' | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [navNote, setNavNote] = useState('');
  /** Posts decided in this session, newest last: U undoes the newest even after it left the list. */
  const [undoStack, setUndoStack] = useState<number[]>([]);

  useEffect(() => {
    const args = { limit: REVIEW_PAGE, offset, personId };
    if (mode === 'queue') void useQueueStore.getState().load({ ...args, category });
    else void useUrgentStore.getState().load(args);
  }, [mode, offset, personId, category]);

  useEffect(() => {
    void useCategoriesStore.getState().load();
    void usePeopleStore.getState().load();
    void useReviewPrefsStore.getState().load();
  }, []);

  const rows = res.data?.rows ?? [];
  const total = res.data?.total ?? 0;
  const index = (() => {
    const found = rows.findIndex((r) => r.id === sel.id);
    return found !== -1 ? found : Math.min(sel.index, rows.length - 1);
  })();
  const current: ReviewPost | null = rows[index] ?? null;
  const revealed = current !== null && revealedId === current.id;
  const blur = blurAbusive && !!current?.abusive;
  const canUndo = undoStack.length > 0 || !!current?.canUndo;
  const noReviewer = settingsLoaded && !reviewer;

  // A page emptied by decisions: step back to the last page that has posts.
  useEffect(() => {
    if (res.data && res.data.rows.length === 0 && res.data.total > 0 && page > 1)
      setParams({ page: String(Math.max(1, Math.ceil(res.data.total / REVIEW_PAGE))) });
  }, [res.data, page]);

  const select = (i: number) => {
    const row = rows[i];
    if (!row) return;
    setSel({ id: row.id, index: i });
    setNavNote(
      `Post ${formatNumber(offset + i + 1)} of ${formatNumber(total)}: ${categoryName(categories, row.topCategory)}, ${severityLabel(row.severity)}.`,
    );
  };

  const reload = () =>
    mode === 'queue' ? useQueueStore.getState().load() : useUrgentStore.getState().load();

  /** What a decision did, in a few words: a title, and what it applies to. */
  const describe = (r: ReviewDecisionResult, who: string): { title: string; detail: string } => {
    const cat = `${categoryName(categories, r.verdict.topCategory)}, ${severityLabel(r.verdict.severity)}`;
    switch (r.action) {
      case 'confirm':
        return { title: 'Confirmed as abuse', detail: `${cat} — ${who}.` };
      case 'reject':
        return {
          title: 'Marked not abuse',
          detail: `Filed as ${categoryName(categories, r.verdict.topCategory)} — ${who}.`,
        };
      case 'escalate':
        return { title: 'Escalated', detail: `${cat} — ${who}.` };
      case 'recategorise':
        return {
          title: r.verdict.abusive ? 'Category changed' : 'Marked not abuse',
          detail: `${cat} — ${who}.`,
        };
      case 'note':
        return { title: 'Note added', detail: `${who}.` };
      case 'undo':
        return {
          title: 'Undone',
          detail: `${who} is back to “${STATUS_TEXT[r.verdict.reviewStatus].toLowerCase()}”.`,
        };
    }
  };

  const decide = async (action: ReviewAction, opts: { category?: string; note?: string } = {}) => {
    if (!current || busy) return;
    if (!reviewer) {
      setError(null);
      setMessage({ tone: 'info', title: 'Set your reviewer name in Settings before making decisions.' });
      return;
    }
    setBusy(true);
    setError(null);
    const post = current;
    const at = index;
    try {
      const r = await api('review.decide', {
        postId: post.id,
        action,
        ...(opts.category ? { category: opts.category } : {}),
        ...(opts.note ? { note: opts.note } : {}),
      });
      setDialog(null);
      setUndoStack((s) => [...s, post.id]);
      const who = `the post by ${post.handle ? `@${post.handle}` : 'an unknown author'}`;
      if (action === 'note') {
        setMessage({ tone: 'success', ...describe(r, who) });
      } else {
        const stays = mode === 'urgent' && r.verdict.severity === 4 && r.verdict.reviewStatus !== 'rejected';
        const next = stays ? rows[at + 1] : (rows[at + 1] ?? rows[at - 1]);
        setSel({ id: next?.id ?? null, index: stays && next ? at + 1 : at });
        const d = describe(r, who);
        setMessage({ tone: 'success', title: d.title, detail: `${d.detail} Press U to undo.` });
      }
      setBusy(false);
      // The list catches up in the background; the next decision need not wait for it.
      void reload();
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  const undo = async () => {
    if (busy) return;
    const target = undoStack[undoStack.length - 1] ?? (current?.canUndo ? current.id : undefined);
    if (target === undefined) {
      setMessage({ tone: 'info', title: 'There is nothing to undo.' });
      return;
    }
    if (!reviewer) {
      setMessage({ tone: 'info', title: 'Set your reviewer name in Settings before making decisions.' });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const r = await api('review.undo', { postId: target });
      setUndoStack((s) => (s[s.length - 1] === target ? s.slice(0, -1) : s));
      setSel({ id: target, index });
      setMessage({ tone: 'success', ...describe(r, 'The post') });
      setBusy(false);
      void reload();
    } catch (err) {
      setError(toApiError(err));
      // Whatever failed, do not offer the same undo again.
      setUndoStack((s) => (s[s.length - 1] === target ? s.slice(0, -1) : s));
      setBusy(false);
    }
  };

  const handlers = {
    confirm: () => void decide('confirm'),
    reject: () => void decide('reject'),
    escalate: () => void decide('escalate'),
    category: () => {
      if (current && reviewer) setDialog('category');
      else void decide('recategorise');
    },
    note: () => {
      if (current && reviewer) setDialog('note');
      else void decide('note');
    },
    undo: () => void undo(),
  };
  const toggleReveal = () => {
    if (current) setRevealedId(revealed ? null : current.id);
  };

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.shiftKey || dialog) return;
    const t = e.target instanceof Element ? e.target : null;
    if (t?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const actions: Record<string, () => void> = {
      c: handlers.confirm,
      r: handlers.reject,
      e: handlers.escalate,
      k: handlers.category,
      n: handlers.note,
      u: handlers.undo,
      v: toggleReveal,
      j: () => select(index + 1),
      ArrowRight: () => select(index + 1),
      p: () => select(index - 1),
      ArrowLeft: () => select(index - 1),
    };
    const act = actions[key];
    if (!act) return;
    if (!current && key !== 'u') return;
    e.preventDefault();
    act();
  });

  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  const nav = (
    <span className="review-nav-buttons">
      <button
        type="button"
        className="btn btn-small"
        onClick={() => select(index - 1)}
        disabled={index <= 0}
        aria-keyshortcuts="p ArrowLeft"
      >
        Previous <kbd aria-hidden="true">P</kbd>
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => select(index + 1)}
        disabled={index >= rows.length - 1}
        aria-keyshortcuts="j ArrowRight"
      >
        Next <kbd aria-hidden="true">J</kbd>
      </button>
    </span>
  );

  const headerActions = (
    <div className="review-header-actions">
      <p className="reviewer-line">
        {reviewer ? (
          <>
            Reviewing as <strong>{reviewer}</strong> · <a href="#/settings">Change</a>
          </>
        ) : null}
      </p>
      <BlurToggle />
    </div>
  );

  const countText =
    mode === 'queue'
      ? plural(total, 'post to review', 'posts to review')
      : plural(total, 'urgent post', 'urgent posts');

  return (
    <div className="screen review-screen">
      <PageHeader title={meta.label} summary={meta.summary} actions={headerActions} />

      {noReviewer ? (
        <Alert
          tone="info"
          title="Set your reviewer name before reviewing"
          actions={
            <a className="btn btn-small btn-primary" href="#/settings">
              Go to Settings
            </a>
          }
        >
          <p>
            Every decision is recorded with the name of the person who made it. You can read posts now; the
            decision buttons work once your name is set.
          </p>
        </Alert>
      ) : null}

      <div className="review-toolbar" role="group" aria-label="Filters">
        <p className="review-count" aria-live="polite">
          <strong>{res.data ? countText : 'Counting…'}</strong>
          {res.loading && res.data ? <span className="updating"> Updating…</span> : null}
        </p>
        <div className="review-filters">
          <div className="field">
            <label htmlFor={`${id}-person`}>Person</label>
            <select
              id={`${id}-person`}
              value={personId ?? ''}
              onChange={(e) => setParams({ person: e.target.value || null, page: null })}
            >
              <option value="">Everyone</option>
              {(people ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          {mode === 'queue' ? (
            <div className="field">
              <label htmlFor={`${id}-category`}>Category</label>
              <select
                id={`${id}-category`}
                value={category ?? ''}
                onChange={(e) => setParams({ category: e.target.value || null, page: null })}
              >
                <option value="">All categories</option>
                {(categoriesList ?? [])
                  .filter((c) => c.isAbuse)
                  .map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.name}
                    </option>
                  ))}
              </select>
            </div>
          ) : null}
        </div>
      </div>

      {/* Outcome of the last action: one reserved line, so the post below never jumps. */}
      <p className={`review-feedback${message ? ` is-${message.tone}` : ''}`} role="status">
        {message ? (
          <>
            <Icon name={message.tone === 'success' ? 'success' : 'info'} size={16} />
            <strong>{message.title}</strong>
            {message.detail ? <span> {message.detail}</span> : null}
          </>
        ) : null}
      </p>
      {error ? <ErrorAlert error={error} doing="save that decision" /> : null}
      <p className="sr-only" aria-live="polite">
        {navNote}
      </p>

      {res.error ? (
        <ErrorAlert
          error={res.error}
          doing={mode === 'queue' ? 'load the review queue' : 'load the urgent posts'}
          onRetry={() => void reload()}
        />
      ) : !res.data ? (
        <Loading label={mode === 'queue' ? 'Loading the review queue…' : 'Loading urgent posts…'} />
      ) : total === 0 ? (
        <div className="card">
          <ReviewEmpty mode={mode} filtered={filtered} noPosts={info?.posts === 0} />
        </div>
      ) : (
        <div className="review-layout">
          <section className="card review-list" aria-labelledby={`${id}-list`}>
            <div className="review-list-head">
              <h2 id={`${id}-list`}>{mode === 'queue' ? 'Queue' : 'Urgent posts'}</h2>
              <span className="muted">{mode === 'queue' ? 'Most severe first' : 'Newest first'}</span>
            </div>
            <QueueList
              rows={rows}
              currentId={current?.id ?? null}
              categories={categories}
              label={mode === 'queue' ? 'Posts to review' : 'Urgent posts'}
              showStatus={mode === 'urgent'}
              onSelect={(postId, i) => {
                setSel({ id: postId, index: i });
              }}
            />
            {total > REVIEW_PAGE ? (
              <div className="review-pager">
                <Pager
                  offset={offset}
                  limit={REVIEW_PAGE}
                  total={total}
                  noun={['post', 'posts']}
                  label="Pages of posts"
                  onOffset={(o) => setParams({ page: o > 0 ? String(o / REVIEW_PAGE + 1) : null })}
                />
              </div>
            ) : null}
          </section>
          {current ? (
            <PostCard
              post={current}
              categories={categories}
              position={`Post ${formatNumber(offset + index + 1)} of ${formatNumber(total)}`}
              blur={blur}
              revealed={revealed}
              onToggleReveal={toggleReveal}
              nav={nav}
              actions={
                <div className="review-actions">
                  <DecisionBar on={handlers} disabled={busy || noReviewer} canUndo={canUndo} />
                  <AddToCaseButton key={current.id} postIds={[current.id]} />
                  <ShortcutLegend />
                </div>
              }
            />
          ) : null}
        </div>
      )}

      {dialog === 'category' && current ? (
        <CategoryDialog
          categories={categoriesList ?? []}
          current={current.topCategory}
          busy={busy}
          error={error?.message}
          onClose={() => {
            setDialog(null);
            setError(null);
          }}
          onChoose={(key, note) => void decide('recategorise', { category: key, note })}
        />
      ) : null}
      {dialog === 'note' && current ? (
        <NoteDialog
          busy={busy}
          error={error?.message}
          onClose={() => {
            setDialog(null);
            setError(null);
          }}
          onSave={(note) => void decide('note', { note })}
        />
      ) : null}
    </div>
  );
}

function ReviewEmpty({ mode, filtered, noPosts }: { mode: ReviewMode; filtered: boolean; noPosts: boolean }) {
  if (noPosts)
    return (
      <EmptyState
        icon="posts"
        title="No posts yet"
        actions={
          <a className="btn btn-primary" href="#/import">
            Import posts
          </a>
        }
      >
        <p>Once posts are imported, anything the classifier flags as abuse waits here for a reviewer.</p>
      </EmptyState>
    );
  if (filtered)
    return (
      <EmptyState
        icon="success"
        title="Nothing to review for this filter"
        actions={
          <button
            type="button"
            className="btn"
            onClick={() => setParams({ person: null, category: null, page: null })}
          >
            Show everything
          </button>
        }
      >
        <p>No flagged post matching this person or category is waiting. Other posts may be.</p>
      </EmptyState>
    );
  if (mode === 'urgent')
    return (
      <EmptyState icon="success" title="No urgent posts">
        <p>
          Nothing rated S4 — threats of death or serious harm, or encouragement of self-harm — is listed.
          Posts a reviewer marked as not abuse are left out.
        </p>
      </EmptyState>
    );
  return (
    <EmptyState
      icon="success"
      title="Nothing to review — all caught up"
      actions={
        <a className="btn" href="#/urgent">
          Open Urgent
        </a>
      }
    >
      <p>
        Every post the classifier flagged has a reviewer’s decision. Newly imported posts that need a look
        will appear here.
      </p>
    </EmptyState>
  );
}
