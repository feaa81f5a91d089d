/**
 * The explorer's list: only the rows on screen are in the page (@tanstack/react-virtual), so scrolling
 * stays smooth however many posts match; the next page is fetched as the reader nears the end. Each
 * row is a link that opens the post in the detail panel (its id goes into the URL, so Back closes it).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { CSSProperties } from 'react';
import type { CategoryInfo, PostSearchRow, SearchTerm } from '../../../electron/api/types';
import { platformName } from '../format';
import { useBlurAbusive } from '../review/reviewStores';
import { SeverityPill } from '../review/SeverityPill';
import { categoryName } from '../taxonomy/taxonomyStore';
import { statusName } from '../filters/FilterBar';
import { LocalTime } from './time';
import { HighlightedText } from './HighlightedText';

export const ROW_HEIGHT = 84;

interface Props {
  rows: PostSearchRow[];
  hasMore: boolean;
  loadingMore: boolean;
  onMore: () => void;
  selectedId: number | null;
  hrefFor: (id: number) => string;
  terms?: readonly SearchTerm[];
  categories: Map<string, CategoryInfo>;
  /** Total matching, when known (for screen readers' "row n of m"). */
  total: number | null;
}

export function PostList({
  rows,
  hasMore,
  loadingMore,
  onMore,
  selectedId,
  hrefFor,
  terms,
  categories,
  total,
}: Props) {
  const blur = useBlurAbusive();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rows.length + (hasMore ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    // Ask for the next page while a screenful of rows is still left, so scrolling never waits.
    if (hasMore && !loadingMore && lastIndex >= rows.length - 20) onMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onMore]);

  return (
    <div ref={scrollRef} className="explorer-scroll" data-testid="post-list" tabIndex={-1}>
      <ul
        className="explorer-list"
        style={{ height: virtualizer.getTotalSize() }}
        aria-label="Matching posts"
        aria-busy={loadingMore}
      >
        {items.map((v) => {
          const r = rows[v.index];
          const style: CSSProperties = { transform: `translateY(${v.start}px)`, height: ROW_HEIGHT };
          if (!r)
            return (
              <li key="more" className="explorer-row explorer-more" style={style}>
                {loadingMore ? 'Loading more posts…' : 'Scroll for more'}
              </li>
            );
          const cat = r.top_category ? categories.get(r.top_category) : undefined;
          return (
            <li
              key={r.id}
              className={`explorer-row${r.id === selectedId ? ' is-selected' : ''}`}
              style={style}
              aria-setsize={total ?? -1}
              aria-posinset={v.index + 1}
              data-testid="post-row"
              data-post-id={r.id}
            >
              <a
                href={hrefFor(r.id)}
                className="explorer-row-link"
                aria-current={r.id === selectedId ? 'true' : undefined}
              >
                <span className="explorer-row-meta">
                  <SeverityPill severity={r.severity} />
                  {r.top_category ? (
                    <span
                      className="explorer-cat"
                      style={{ '--cat': cat?.colour ?? '#888888' } as CSSProperties}
                    >
                      {categoryName(categories, r.top_category)}
                    </span>
                  ) : null}
                  <span className="explorer-who">
                    {r.handle ? `@${r.handle}` : (r.display_name ?? 'Unknown author')}
                  </span>
                  <span className="muted">on {platformName(r.platform)}</span>
                  <span className="muted explorer-time">
                    <LocalTime iso={r.created_at} />
                  </span>
                  {r.review_status !== 'unreviewed' ? (
                    <span className="badge">{statusName(r.review_status)}</span>
                  ) : null}
                </span>
                {r.text ? (
                  <HighlightedText
                    text={r.text}
                    terms={terms}
                    categories={categories}
                    className="explorer-row-text"
                    blurred={blur && r.abusive === 1}
                  />
                ) : (
                  <span className="explorer-row-text muted">
                    {r.repost_of_post_id ? 'A repost (no text of its own).' : 'No text (media only).'}
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
