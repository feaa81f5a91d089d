/** Every case: what it is about, where it stands, its references and when it last changed. */
import type { CaseSummary } from '../../../electron/api/types';
import { formatNumber } from '../format';
import { hrefFor } from '../router';
import { STATUS_LABEL, whenText } from './words';

export function StatusBadge({ status }: { status: CaseSummary['status'] }) {
  return <span className={`badge case-status case-status-${status}`}>{STATUS_LABEL[status]}</span>;
}

export function CaseList({ cases }: { cases: CaseSummary[] }) {
  return (
    <div className="table-wrap">
      <table className="data-table case-list">
        <thead>
          <tr>
            <th scope="col">Case</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Posts
            </th>
            <th scope="col">References</th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <a href={hrefFor('/cases', { case: String(c.id) })}>{c.title}</a>
                <div className="muted case-list-sub">
                  Case {formatNumber(c.id)}
                  {c.personName ? ` · ${c.personName}` : ''}
                  {c.campaignRef ? ` · ${c.campaignRef}` : ''}
                </div>
              </th>
              <td>
                <StatusBadge status={c.status} />
              </td>
              <td className="num">{formatNumber(c.posts)}</td>
              <td>
                {c.platformRef ? <div>Platform: {c.platformRef}</div> : null}
                {c.policeRef ? <div>Police: {c.policeRef}</div> : null}
                {!c.platformRef && !c.policeRef ? <span className="muted">None yet</span> : null}
              </td>
              <td>
                <time dateTime={c.updatedAt}>{whenText(c.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
