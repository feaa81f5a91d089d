/**
 * Dashboard: headline numbers and the two charts a press officer checks first, for all dates or a range
 * kept in the URL (#/dashboard?from=2025-03-01&to=2025-03-31). An empty database gets the welcome panel.
 */
import { useEffect } from 'react';
import { Alert, ErrorAlert } from '../components/Alert';
import { DateRangeFilter } from '../components/DateRangeFilter';
import { EmptyState } from '../components/EmptyState';
import { Loading } from '../components/Loading';
import { PageHeader } from '../components/PageHeader';
import { StatTiles } from '../components/StatTiles';
import { TopPeople } from '../components/TopPeople';
import { WelcomePanel } from '../components/WelcomePanel';
import { PostsByPlatformChart } from '../charts/PostsByPlatformChart';
import { PostsPerDayChart } from '../charts/PostsPerDayChart';
import type { Overview, PersonSummary } from '../api/types';
import { formatDate, formatDayLong, formatNumber } from '../format';
import { setParams, useRoute } from '../router';
import type { ScreenMeta } from '../routes';
import { useAppInfoStore } from '../stores/appInfoStore';
import { useOverviewStore } from '../stores/overviewStore';
import { usePeopleStore } from '../stores/peopleStore';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (v: string | null): string => (v && DAY.test(v) ? v : '');

function rangeText(from: string, to: string): string {
  if (from && to) return `${formatDate(from)} – ${formatDate(to)}`;
  if (from) return `From ${formatDate(from)}`;
  if (to) return `Up to ${formatDate(to)}`;
  return 'All dates';
}

export function DashboardScreen({ meta }: { meta: ScreenMeta }) {
  const { params } = useRoute();
  const from = validDay(params.get('from'));
  const to = validDay(params.get('to'));
  const badRange = Boolean(from && to && from > to);

  const info = useAppInfoStore();
  const overview = useOverviewStore();
  const people = usePeopleStore();
  const hasPosts = (info.data?.posts ?? 0) > 0;

  useEffect(() => {
    if (hasPosts && !badRange)
      void useOverviewStore.getState().load({ from: from || undefined, to: to || undefined });
  }, [from, to, badRange, hasPosts]);

  useEffect(() => {
    if (hasPosts) void usePeopleStore.getState().load();
  }, [hasPosts]);

  const range = overview.data?.range;
  const summary =
    hasPosts && range?.first && range.last
      ? `Posts mentioning your people, ${formatDate(range.first)} to ${formatDate(range.last)}. Days are in UTC.`
      : meta.summary;

  return (
    <div className="screen">
      <PageHeader
        title={meta.label}
        summary={summary}
        actions={
          hasPosts ? (
            <DateRangeFilter
              from={from}
              to={to}
              onChange={(r) => setParams({ from: r.from || null, to: r.to || null })}
            />
          ) : undefined
        }
      />
      {info.error ? (
        <ErrorAlert error={info.error} doing="open the database" onRetry={() => void info.load()} />
      ) : !info.data ? (
        <Loading label="Opening the database…" />
      ) : !hasPosts ? (
        <WelcomePanel />
      ) : badRange ? (
        <Alert tone="error" title="Check the dates">
          <p>The “From” date is after the “To” date. Change one of them to see the numbers.</p>
        </Alert>
      ) : overview.error ? (
        <ErrorAlert
          error={overview.error}
          doing="load the dashboard numbers"
          onRetry={() => void overview.load()}
        />
      ) : !overview.data ? (
        <Loading label="Counting posts…" />
      ) : (
        <DashboardBody
          overview={overview.data}
          rangeNote={rangeText(from, to)}
          people={people.data}
          peopleError={people.error?.message}
        />
      )}
    </div>
  );
}

function DashboardBody({
  overview,
  rangeNote,
  people,
  peopleError,
}: {
  overview: Overview;
  rangeNote: string;
  people: PersonSummary[] | null;
  peopleError: string | undefined;
}) {
  const unclassified = overview.totals.abusive === 0 && overview.totals.urgent === 0;
  if (overview.totals.posts === 0) {
    return (
      <div className="card">
        <EmptyState
          icon="dashboard"
          title="No posts in this date range"
          actions={
            <button type="button" className="btn" onClick={() => setParams({ from: null, to: null })}>
              Show all dates
            </button>
          }
        >
          <p>Try a wider range, or show all dates.</p>
        </EmptyState>
      </div>
    );
  }
  return (
    <>
      <section aria-labelledby="totals-title">
        <h2 id="totals-title" className="sr-only">
          Totals
        </h2>
        <StatTiles totals={overview.totals} rangeNote={rangeNote} />
        {unclassified ? (
          <p className="section-note" style={{ marginTop: 10 }}>
            Abusive and urgent counts appear once posts have been classified. Harsh political criticism is not
            counted as abuse.
          </p>
        ) : null}
      </section>

      <section className="card chart-card" aria-labelledby="per-day-title">
        <div className="card-header">
          <h2 id="per-day-title">Posts per day</h2>
          <BusiestDay days={overview.byDay} />
        </div>
        <div className="card-body">
          <PostsPerDayChart data={overview.byDay} classified={!unclassified} />
        </div>
      </section>

      <div className="dashboard-grid">
        <section className="card chart-card" aria-labelledby="per-platform-title">
          <div className="card-header">
            <h2 id="per-platform-title">Posts per platform</h2>
            <p>Where the posts were published</p>
          </div>
          <div className="card-body">
            <PostsByPlatformChart data={overview.byPlatform} />
          </div>
        </section>
        <section className="card" aria-labelledby="top-people-title">
          <div className="card-header">
            <h2 id="top-people-title">Most mentioned</h2>
            <p>All dates</p>
          </div>
          <div className="card-body">
            {peopleError ? (
              <p role="alert">Could not load people: {peopleError}</p>
            ) : people ? (
              people.length ? (
                <>
                  <TopPeople people={people} />
                  <p style={{ marginTop: 14 }}>
                    <a href="#/people">See everyone</a>
                  </p>
                </>
              ) : (
                <p className="muted">No people are set up yet.</p>
              )
            ) : (
              <Loading label="Loading people…" />
            )}
          </div>
        </section>
      </div>
    </>
  );
}

/** The spike a press officer asks about first: the busiest day, and how it compares with a typical one. */
function BusiestDay({ days }: { days: Overview['byDay'] }) {
  if (days.length < 2) return null;
  const peak = days.reduce((a, b) => (b.posts > a.posts ? b : a));
  const sortedCounts = days.map((d) => d.posts).sort((a, b) => a - b);
  const median = sortedCounts[Math.floor(sortedCounts.length / 2)] ?? 0;
  const ratio = median > 0 ? peak.posts / median : 0;
  return (
    <p>
      Busiest day: <strong>{formatDayLong(peak.day)}</strong>, {formatNumber(peak.posts)} posts
      {ratio >= 2 ? ` (${ratio >= 3 ? Math.round(ratio) : ratio.toFixed(1)}× a typical day)` : ''}
    </p>
  );
}
