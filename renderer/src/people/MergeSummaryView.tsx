/** What a roster import or "Add all current UK MPs" changed, in plain words, as a definition list. */
import type { ParliamentFetchResult, PeopleMergeResult, RematchOutcome } from '../../../electron/api/types';
import { Alert } from '../components/Alert';
import { formatNumber, plural } from '../format';

export function rematchText(r: RematchOutcome, who = 'them'): string | null {
  switch (r.mode) {
    case 'none':
      return null;
    case 'job':
      return `Bulwark is now linking posts already imported to ${who}; progress shows at the top of the screen.`;
    case 'inline':
      return r.linked || r.unlinked
        ? `Checked ${plural(r.posts, 'post')} already imported: ${plural(r.changedPosts, 'post')} now linked differently.`
        : `Checked ${plural(r.posts, 'post')} already imported: none mention ${who}.`;
  }
}

export function mergeHeadline(r: PeopleMergeResult): string {
  const parts = [
    `${plural(r.added, 'person', 'people')} added`,
    `${formatNumber(r.updated)} updated`,
    `${formatNumber(r.unchanged)} already up to date`,
  ];
  return `${parts.join(', ')}.`;
}

export function MergeSummaryView({
  result,
  source,
  title = 'Import finished',
}: {
  result: PeopleMergeResult | ParliamentFetchResult;
  source: string;
  title?: string;
}) {
  const failures = 'contactFailures' in result ? result.contactFailures : [];
  const rematch = rematchText(result.rematch);
  return (
    <div className="people-summary">
      <Alert tone="success" title={title}>
        <p>
          {mergeHeadline(result)} From {source}.
        </p>
      </Alert>
      <dl className="facts people-summary-facts">
        <dt>People added</dt>
        <dd>{formatNumber(result.added)}</dd>
        <dt>People updated</dt>
        <dd>{formatNumber(result.updated)}</dd>
        <dt>Already up to date</dt>
        <dd>{formatNumber(result.unchanged)}</dd>
        <dt>Accounts added</dt>
        <dd>{formatNumber(result.handlesAdded)}</dd>
        <dt>Other names added</dt>
        <dd>{formatNumber(result.aliasesAdded)}</dd>
        {result.keptStaffEdits ? (
          <>
            <dt>Your edits kept</dt>
            <dd>
              {plural(result.keptStaffEdits, 'value')} you had changed by hand{' '}
              {result.keptStaffEdits === 1 ? 'was' : 'were'} left as you set{' '}
              {result.keptStaffEdits === 1 ? 'it' : 'them'}.
            </dd>
          </>
        ) : null}
        {result.duplicates ? (
          <>
            <dt>Repeated rows</dt>
            <dd>{plural(result.duplicates, 'row')} described someone already listed and were merged.</dd>
          </>
        ) : null}
      </dl>
      {rematch ? <p>{rematch}</p> : null}
      {result.skipped.length ? (
        <details className="people-details">
          <summary>{plural(result.skipped.length, 'row')} skipped</summary>
          <ul>
            {result.skipped.slice(0, 200).map((s) => (
              <li key={`${s.row}-${s.reason}`}>
                Row {s.row}: {s.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {failures.length ? (
        <details className="people-details">
          <summary>Social media could not be read for {plural(failures.length, 'MP')}</summary>
          <p className="muted">
            They were added without accounts; running this again later may fill them in.
          </p>
          <ul>
            {failures.slice(0, 200).map((f) => (
              <li key={f.id}>
                {f.name}: {f.reason}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {result.notes.length ? (
        <details className="people-details">
          <summary>{plural(result.notes.length, 'note')}</summary>
          <ul>
            {result.notes.slice(0, 200).map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
