/**
 * Alerts: spikes — days when the abuse aimed at one person rose far above their own usual level — with
 * the posts that drove each one. New alerts are marked until someone marks them as seen; the count of
 * unseen alerts shows in the navigation. #/alerts?spike=7 opens one alert's posts.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { SpikeCard, spikeDays, spikeSentence } from '../alerts/SpikeCard';
import '../campaigns/campaigns.css';
import { PostSample } from '../campaigns/PostSample';
import { useSpikeListStore, useSpikePostsStore, useUnseenAlertsStore } from '../campaigns/campaignStores';
import { Alert, ErrorAlert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { formatNumber, plural } from '../format';
import { setParams, useRoute } from '../router';
import type { ScreenMeta } from '../routes';
import { toApiError } from '../stores/resource';

export function AlertsScreen({ meta }: { meta: ScreenMeta }) {
  const { params } = useRoute();
  const open = Number(params.get('spike') ?? '') || null;
  const unseenOnly = params.get('show') === 'new';
  const list = useSpikeListStore();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    void useSpikeListStore.getState().load(unseenOnly ? { unseenOnly } : {});
  }, [unseenOnly]);

  const mark = async (ids: number[] | 'all') => {
    setError(null);
    try {
      await api('spikes.markSeen', { ids });
      void useSpikeListStore.getState().load();
      void useUnseenAlertsStore.getState().load();
    } catch (err) {
      setError(toApiError(err).message);
    }
  };

  const spikes = list.data ?? [];
  const unseen = spikes.filter((s) => !s.seenAt).length;
  return (
    <div className="screen">
      <PageHeader
        title={meta.label}
        summary={meta.summary}
        actions={
          unseen > 0 ? (
            <button type="button" className="btn btn-small" onClick={() => void mark('all')}>
              Mark all {formatNumber(unseen)} as seen
            </button>
          ) : undefined
        }
      />
      <p className="section-note">
        A spike is a day when the abuse aimed at one person rose far above their usual level for the previous
        four weeks, in number of abusive posts or in the share of posts that were abusive.
      </p>
      <div className="campaign-filter" role="group" aria-label="Which alerts to show">
        <button
          type="button"
          className="chip"
          aria-current={!unseenOnly ? 'true' : undefined}
          onClick={() => setParams({ show: null })}
        >
          All alerts
        </button>
        <button
          type="button"
          className="chip"
          aria-current={unseenOnly ? 'true' : undefined}
          onClick={() => setParams({ show: 'new' })}
        >
          New only
        </button>
      </div>
      {error ? (
        <Alert tone="error" title="Bulwark could not mark the alerts as seen">
          <p>{error}</p>
        </Alert>
      ) : null}
      {list.error ? (
        <ErrorAlert error={list.error} doing="load the alerts" onRetry={() => void list.load()} />
      ) : !list.data ? (
        <Loading label="Loading alerts…" />
      ) : spikes.length === 0 ? (
        <EmptyState icon="info" title={unseenOnly ? 'No new alerts' : 'No spikes found'}>
          <p>
            {unseenOnly
              ? 'Every alert has been seen. Choose “All alerts” to look back at earlier ones.'
              : 'Nobody you monitor has had a sudden rise in abuse in the posts imported so far. Bulwark checks again after every import.'}
          </p>
        </EmptyState>
      ) : (
        <div className={`alerts-layout${open ? ' has-open' : ''}`}>
          <ul className="spike-list" aria-label="Spikes, newest first">
            {spikes.map((s) => (
              <SpikeCard key={s.id} spike={s} open={s.id === open} onMarkSeen={(id) => void mark([id])} />
            ))}
          </ul>
          {open ? <SpikePosts key={open} id={open} /> : null}
        </div>
      )}
    </div>
  );
}

function SpikePosts({ id }: { id: number }) {
  const store = useSpikePostsStore();
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    void useSpikePostsStore.getState().load({ id, offset });
  }, [id, offset]);
  const data = store.data && store.data.spike.id === id ? store.data : null;
  return (
    <section className="card spike-posts" aria-label="Posts that drove this spike">
      {store.error ? (
        <ErrorAlert error={store.error} doing="load this alert's posts" onRetry={() => void store.load()} />
      ) : !data ? (
        <Loading label="Loading posts…" />
      ) : (
        <>
          <div className="spike-posts-head">
            <h2>
              {data.spike.person}, {spikeDays(data.spike)}
            </h2>
            <button type="button" className="btn btn-small" onClick={() => setParams({ spike: null })}>
              Close
            </button>
          </div>
          <p className="section-note">
            {spikeSentence(data.spike)} The abusive posts behind it, most severe first (
            {formatNumber(offset + 1)}–{formatNumber(offset + data.rows.length)} of{' '}
            {plural(data.total, 'post')}):
          </p>
          <ul className="sample-list">
            {data.rows.map((p) => (
              <PostSample key={p.id} post={p} />
            ))}
          </ul>
          <div className="params-actions">
            <button
              type="button"
              className="btn btn-small"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - 20))}
            >
              Previous
            </button>
            <button
              type="button"
              className="btn btn-small"
              disabled={offset + data.rows.length >= data.total}
              onClick={() => setOffset(offset + 20)}
            >
              Next
            </button>
          </div>
        </>
      )}
    </section>
  );
}
