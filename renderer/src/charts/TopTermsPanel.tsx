/**
 * The words and hashtags most used in abusive posts under the filter (counted in the newest matching
 * abusive posts — the note says how many). Each opens the explorer searching for it.
 */
import type { DashboardTerm, DashboardTerms } from '../../../electron/api/types';
import { formatNumber } from '../format';
import { useDashPalette } from './palette';

function TermList({
  title,
  items,
  prefix,
  hrefFor,
}: {
  title: string;
  items: DashboardTerm[];
  prefix: string;
  hrefFor: (term: string) => string;
}) {
  const p = useDashPalette();
  const max = Math.max(1, ...items.map((t) => t.posts));
  return (
    <div className="term-list">
      <h3>{title}</h3>
      {items.length === 0 ? (
        <p className="muted">None used in more than one post.</p>
      ) : (
        <ol>
          {items.map((t) => (
            <li key={t.term}>
              <a href={hrefFor(t.term)} className="term-link">
                <span className="term-name">
                  {prefix}
                  {t.term}
                </span>
                <span className="term-bar" aria-hidden="true">
                  <span style={{ width: `${(t.posts / max) * 100}%`, background: p.abusive }} />
                </span>
                <span className="term-count">{formatNumber(t.posts)}</span>
              </a>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

export function TopTermsPanel({
  terms,
  hrefFor,
}: {
  terms: DashboardTerms;
  hrefFor: (term: string) => string;
}) {
  if (terms.sample === 0) return <p className="muted">No abusive posts match these filters.</p>;
  return (
    <>
      <div className="terms-grid" data-testid="top-terms">
        <TermList title="Words" items={terms.terms} prefix="" hrefFor={hrefFor} />
        <TermList title="Hashtags" items={terms.hashtags} prefix="#" hrefFor={hrefFor} />
      </div>
      <p className="section-note">
        Counted in {terms.sample < terms.matching ? `the newest ${formatNumber(terms.sample)} of ` : 'all '}
        {formatNumber(terms.matching)} abusive posts, leaving out common words and the names of the people you
        monitor. The number is how many posts use the word.
      </p>
    </>
  );
}
