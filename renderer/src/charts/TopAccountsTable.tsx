/**
 * The accounts with the most abusive posts under the filter: who is driving it. The account name opens
 * its page (the course of conduct); the count opens its abusive posts in the explorer.
 */
import type { DashboardAccount } from '../../../electron/api/types';
import { formatNumber, platformName } from '../format';
import { useDashPalette } from './palette';

export function TopAccountsTable({
  rows,
  hrefFor,
}: {
  rows: DashboardAccount[];
  hrefFor: (accountId: number) => string;
}) {
  const p = useDashPalette();
  if (rows.length === 0)
    return <p className="muted">No abusive posts match these filters, so no accounts to list.</p>;
  const max = Math.max(1, ...rows.map((r) => r.abusive));
  return (
    <div className="table-wrap">
      <table className="data-table accounts-table" data-testid="top-accounts">
        <caption className="sr-only">Accounts with the most abusive posts</caption>
        <thead>
          <tr>
            <th scope="col">Account</th>
            <th scope="col">Abusive posts</th>
            <th scope="col" className="num">
              People targeted
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.accountId}>
              <th scope="row">
                <a href={`#/accounts/${r.accountId}`}>
                  {r.handle ? `@${r.handle}` : (r.displayName ?? `Account ${r.accountId}`)}
                </a>
                <span className="account-meta">
                  {platformName(r.platform)}
                  {r.displayName && r.handle ? ` · ${r.displayName}` : ''}
                </span>
              </th>
              <td className="bar-cell">
                <span className="rate-bar" aria-hidden="true">
                  <span style={{ width: `${(r.abusive / max) * 100}%`, background: p.abusive }} />
                </span>
                <a href={hrefFor(r.accountId)} className="rate-num">
                  {formatNumber(r.abusive)}
                </a>
              </td>
              <td className="num">{formatNumber(r.people)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
