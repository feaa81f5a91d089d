/**
 * Campaigns: groups of accounts acting together against one person — copied messages, hashtag and link
 * pushes, pile-ons — found by detection after every import. The list is filtered by kind in the URL
 * (#/campaigns?kind=pileon); a campaign opens at #/campaigns?id=12.
 */
import { useEffect } from 'react';
import type { CampaignKind } from '../../../electron/api/types';
import { CampaignDetail, campaignTitle } from '../campaigns/CampaignDetail';
import { CampaignList } from '../campaigns/CampaignList';
import { useCampaignListStore, useCampaignStore } from '../campaigns/campaignStores';
import { DetectionStatus } from '../campaigns/DetectionStatus';
import { KIND_LABEL } from '../campaigns/words';
import '../campaigns/campaigns.css';
import { ErrorAlert } from '../components/Alert';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { plural } from '../format';
import { hrefFor, setParams, useRoute } from '../router';
import type { ScreenMeta } from '../routes';

const KINDS: CampaignKind[] = ['coposting', 'hashtag', 'link', 'pileon'];

export function CampaignsScreen({ meta }: { meta: ScreenMeta }) {
  const { params } = useRoute();
  const id = Number(params.get('id') ?? '');
  if (Number.isInteger(id) && id > 0) return <CampaignPage id={id} meta={meta} />;
  const k = params.get('kind');
  const kind = KINDS.includes(k as CampaignKind) ? (k as CampaignKind) : undefined;
  return <CampaignListPage meta={meta} kind={kind} />;
}

function CampaignListPage({ meta, kind }: { meta: ScreenMeta; kind: CampaignKind | undefined }) {
  const list = useCampaignListStore();
  useEffect(() => {
    void useCampaignListStore.getState().load(kind ? { kind } : {});
  }, [kind]);
  const data = list.data;
  const status = data?.status;
  return (
    <div className="screen">
      <PageHeader title={meta.label} summary={meta.summary} />
      {status ? <DetectionStatus status={status} /> : null}
      <div className="campaign-filter" role="group" aria-label="Show campaigns of one kind">
        <a className="chip" aria-current={!kind ? 'true' : undefined} href={hrefFor('/campaigns')}>
          All kinds
        </a>
        {KINDS.map((x) => (
          <a
            key={x}
            className="chip"
            aria-current={kind === x ? 'true' : undefined}
            href={hrefFor('/campaigns', { kind: x })}
          >
            {KIND_LABEL[x]}
          </a>
        ))}
      </div>
      {list.error ? (
        <ErrorAlert error={list.error} doing="load the campaigns" onRetry={() => void list.load()} />
      ) : !data ? (
        <Loading label="Loading campaigns…" />
      ) : data.campaigns.length === 0 ? (
        <EmptyState icon="campaigns" title={emptyTitle(status?.lastRunAt ?? null, kind)}>
          <p>{emptyText(status?.lastRunAt ?? null, kind)}</p>
        </EmptyState>
      ) : (
        <>
          <p className="section-note">
            {plural(data.campaigns.length, kind ? `${KIND_LABEL[kind].toLowerCase()}` : 'campaign')} found,
            newest first. Coordination is not always abuse: campaigns that are mostly political criticism are
            marked as such.
          </p>
          <CampaignList campaigns={data.campaigns} />
        </>
      )}
    </div>
  );
}

function emptyTitle(lastRun: string | null, kind: CampaignKind | undefined): string {
  if (!lastRun) return 'Detection has not run yet';
  return kind ? `No ${KIND_LABEL[kind].toLowerCase()} campaigns found` : 'No campaigns found';
}

function emptyText(lastRun: string | null, kind: CampaignKind | undefined): string {
  if (!lastRun)
    return 'Bulwark looks for campaigns after every import. Import posts (or load the demo data), or press “Run detection again” above.';
  return kind
    ? 'Try “All kinds”, or loosen the detection settings on any campaign you have.'
    : 'Nothing in the posts imported so far looks like many accounts acting together against one person.';
}

function CampaignPage({ id, meta }: { id: number; meta: ScreenMeta }) {
  const store = useCampaignStore();
  useEffect(() => {
    void useCampaignStore.getState().load({ id });
  }, [id]);
  const detail = store.data && store.data.campaign.id === id ? store.data : null;
  return (
    <div className="screen">
      <PageHeader
        title={detail ? campaignTitle(detail.campaign) : meta.label}
        summary={
          <a href={hrefFor('/campaigns')} onClick={() => setParams({ id: null })}>
            ← All campaigns
          </a>
        }
      />
      {store.error ? (
        <ErrorAlert error={store.error} doing="open this campaign" onRetry={() => void store.load({ id })} />
      ) : !detail ? (
        <Loading label="Loading the campaign…" />
      ) : (
        <CampaignDetail detail={detail} />
      )}
    </div>
  );
}
