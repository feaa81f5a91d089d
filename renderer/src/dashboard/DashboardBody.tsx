/** The dashboard's charts for one answer. Every element links to the posts behind it. */
import { memo } from 'react';
import type { PostFilter } from '../../../electron/api/filters';
import type { CategoryInfo, DashboardData } from '../../../electron/api/types';
import { EmptyState } from '../components/EmptyState';
import { OverTimeChart } from '../charts/OverTimeChart';
import type { SpikeMark } from '../charts/OverTimeChart';
import { PersonRateTable } from '../charts/PersonRateTable';
import { PlatformChart } from '../charts/PlatformChart';
import { SeverityChart } from '../charts/SeverityChart';
import { TopAccountsTable } from '../charts/TopAccountsTable';
import { TopTermsPanel } from '../charts/TopTermsPanel';
import { bucketBounds, drillHref } from './drill';
import { Tiles } from './Tiles';

interface Props {
  filter: PostFilter;
  data: DashboardData;
  categories: Map<string, CategoryInfo>;
  onClear: () => void;
  spikes?: SpikeMark[];
  spikesByPerson?: Map<number, number>;
}

/**
 * Memoised: when the address changes, the old charts are not redrawn while the new answer is on its
 * way (with a few thousand chart elements that redraw alone took a third of a second).
 */
export const DashboardBody = memo(function DashboardBody({
  filter,
  data,
  categories,
  onClear,
  spikes,
  spikesByPerson,
}: Props) {
  const d = (patch: Partial<PostFilter>, sort?: 'severity') => drillHref(filter, patch, sort);
  if (data.totals.posts === 0)
    return (
      <div className="card">
        <EmptyState
          icon="dashboard"
          title="No posts match these filters"
          actions={
            <button type="button" className="btn" onClick={onClear}>
              Clear the filters
            </button>
          }
        >
          <p>Try a wider date range or fewer filters. Clearing them shows every post.</p>
        </EmptyState>
      </div>
    );
  const per = data.grain === 'hour' ? 'hour' : 'day';
  return (
    <>
      <Tiles
        totals={data.totals}
        hrefs={{ posts: d({}), abusive: d({ abusiveOnly: true }), urgent: d({ severities: [4] }) }}
      />

      <section className="card chart-card" aria-labelledby="over-time-title">
        <div className="card-header">
          <h2 id="over-time-title">Posts over time, by category</h2>
          <p>
            Per {per} (UTC){data.grain === 'hour' ? ': the range is short enough to show hours' : ''}
          </p>
        </div>
        <div className="card-body">
          <OverTimeChart
            data={data.overTime}
            categories={categories}
            spikes={spikes}
            onDrill={(bucket, cats) =>
              d({ ...(bucket ? bucketBounds(bucket) : {}), ...(cats ? { categories: cats } : {}) })
            }
          />
        </div>
      </section>

      <section className="card chart-card" aria-labelledby="rates-title">
        <div className="card-header">
          <h2 id="rates-title">Abuse rate per person</h2>
          <p>
            Share of the posts mentioning each person that are abusive, highest first. People with fewer than
            20 posts come last: their rate says little.
          </p>
        </div>
        <div className="card-body">
          <PersonRateTable
            people={data.people}
            spikes={spikesByPerson}
            hrefFor={(id, abusive) => d({ personIds: [id], ...(abusive ? { abusiveOnly: true } : {}) })}
          />
        </div>
      </section>

      <div className="dashboard-grid dash-grid-even">
        <section className="card chart-card" aria-labelledby="severity-title">
          <div className="card-header">
            <h2 id="severity-title">Severity</h2>
            <p>S0 is not abuse; S4 is threats and encouraging self-harm</p>
          </div>
          <div className="card-body">
            <SeverityChart data={data.severity} hrefFor={(s) => d({ severities: [s] })} />
          </div>
        </section>
        <section className="card chart-card" aria-labelledby="platform-title">
          <div className="card-header">
            <h2 id="platform-title">Platforms</h2>
            <p>Where the posts were published</p>
          </div>
          <div className="card-body">
            <PlatformChart
              data={data.platforms}
              hrefFor={(pl, abusive) =>
                d({ platforms: [pl as 'x'], ...(abusive ? { abusiveOnly: true } : {}) })
              }
            />
          </div>
        </section>
      </div>

      <div className="dashboard-grid dash-grid-even">
        <section className="card chart-card" aria-labelledby="accounts-title">
          <div className="card-header">
            <h2 id="accounts-title">Most hostile accounts</h2>
            <p>Accounts with the most abusive posts</p>
          </div>
          <div className="card-body">
            <TopAccountsTable
              rows={data.topAccounts}
              hrefFor={(id) => d({ accountId: id, abusiveOnly: true })}
            />
          </div>
        </section>
        <section className="card chart-card" aria-labelledby="terms-title">
          <div className="card-header">
            <h2 id="terms-title">Top words and hashtags in abusive posts</h2>
            <p>What the abuse is about</p>
          </div>
          <div className="card-body">
            <TopTermsPanel terms={data.terms} hrefFor={(t) => d({ query: t, abusiveOnly: true })} />
          </div>
        </section>
      </div>
    </>
  );
});
