/**
 * Dashboard: headline numbers and charts for one shared filter kept in the URL
 * (#/dashboard?from=…&person=3&platform=x…), so a view can be bookmarked and reopened. Every chart
 * element opens the Posts explorer with the same filter narrowed to what it counts. An empty database
 * gets the welcome panel.
 */
import { useEffect, useMemo } from 'react';
import type { PostFilter } from '../../../electron/api/filters';
import { Alert, ErrorAlert } from '../components/Alert';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { WelcomePanel } from '../components/WelcomePanel';
import { DashboardBody } from '../dashboard/DashboardBody';
import { useDashboardStore } from '../dashboard/dashboardStore';
import { spikeMarks } from '../dashboard/spikes';
import { FilterBar } from '../filters/FilterBar';
import { filterKey, filterParams, parseFilter } from '../filters/urlFilter';
import { formatDate } from '../format';
import { navigate, useRoute } from '../router';
import type { ScreenMeta } from '../routes';
import { useAppInfoStore } from '../stores/appInfoStore';
import { categoryIndex, useCategoriesStore } from '../taxonomy/taxonomyStore';
import '../dashboard/dashboard.css';

const clearFilters = () => navigate('/dashboard', filterParams({}));

export function DashboardScreen({ meta }: { meta: ScreenMeta }) {
  const { params } = useRoute();
  const { filter, invalid } = useMemo(() => parseFilter(params), [params]);
  const key = filterKey(filter);
  const info = useAppInfoStore();
  const dash = useDashboardStore();
  const categories = useCategoriesStore();
  const hasPosts = (info.data?.posts ?? 0) > 0;
  const badRange = invalid.includes('from') && Boolean(filter.from && filter.to && filter.from > filter.to);

  useEffect(() => {
    if (hasPosts && !badRange) void useDashboardStore.getState().load(filter);
    // The key stands for the filter: reload exactly when it changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, hasPosts, badRange]);
  useEffect(() => {
    if (!useCategoriesStore.getState().requested) void useCategoriesStore.getState().load();
  }, []);

  const answer = dash.data;
  const current = answer?.key === key;
  const cats = useMemo(() => categoryIndex(categories.data), [categories.data]);
  const spikes = useMemo(() => spikeMarks(answer?.data.spikes, answer?.data.grain ?? 'day'), [answer]);
  const setFilter = (f: PostFilter) => navigate('/dashboard', filterParams(f));
  const range = answer?.data.dataRange;
  const summary =
    range?.first && range.last
      ? `Posts mentioning your people, ${formatDate(range.first)} to ${formatDate(range.last)}. Times are UTC.`
      : meta.summary;

  return (
    <div className="screen dashboard-screen">
      <PageHeader title={meta.label} summary={summary} />
      {info.error ? (
        <ErrorAlert error={info.error} doing="open the database" onRetry={() => void info.load()} />
      ) : !info.data ? (
        <Loading label="Opening the database…" />
      ) : !hasPosts ? (
        <WelcomePanel />
      ) : (
        <>
          <FilterBar filter={filter} onChange={setFilter} lastDay={range?.last?.slice(0, 10) ?? null} />
          {invalid.length && !badRange ? (
            <p className="posts-note" role="status">
              Part of this address could not be read ({invalid.join(', ')}), so that filter is not applied.
            </p>
          ) : null}
          {badRange ? (
            <Alert tone="error" title="Check the dates">
              <p>The “From” date is after the “To” date. Change one of them to see the numbers.</p>
            </Alert>
          ) : dash.error && !dash.loading ? (
            <ErrorAlert error={dash.error} doing="load the dashboard" onRetry={() => void dash.load()} />
          ) : !answer ? (
            <Loading label="Counting posts…" />
          ) : (
            <div
              className="dashboard-body"
              data-testid="dashboard-body"
              data-filter-key={answer.key}
              aria-busy={!current || dash.loading}
            >
              {!current || dash.loading ? (
                <p className="updating dash-updating" role="status">
                  Updating…
                </p>
              ) : null}
              <DashboardBody
                filter={answer.filter}
                data={answer.data}
                categories={cats}
                onClear={clearFilters}
                spikes={spikes.marks}
                spikesByPerson={spikes.byPerson}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
