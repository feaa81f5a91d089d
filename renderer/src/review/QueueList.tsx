/**
 * The posts on this page as a list to pick from. Only the category, severity, author and time are
 * shown: never the text, so scanning the list exposes nobody to abuse.
 */
import { useEffect, useRef } from 'react';
import type { CategoryInfo, ReviewPost } from '../../../electron/api/types';
import { platformName } from '../format';
import { categoryName } from '../taxonomy/taxonomyStore';
import { CategorySwatch } from './CategorySwatch';
import { SeverityPill } from './SeverityPill';
import { STATUS_TEXT } from './words';

interface QueueListProps {
  rows: ReviewPost[];
  currentId: number | null;
  categories: Map<string, CategoryInfo>;
  label: string;
  showStatus: boolean;
  onSelect: (id: number, index: number) => void;
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });

/** '30 Oct' (the card shows the full time). */
function listDate(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : dayMonth.format(d);
}

export function QueueList({ rows, currentId, categories, label, showStatus, onSelect }: QueueListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    listRef.current?.querySelector('[aria-current="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);

  return (
    <ol className="queue-list" aria-label={label} ref={listRef}>
      {rows.map((p, i) => (
        <li key={p.id}>
          <button
            type="button"
            className="queue-item"
            aria-current={p.id === currentId ? 'true' : undefined}
            onClick={() => onSelect(p.id, i)}
          >
            <span className="queue-item-top">
              <SeverityPill severity={p.severity} />
              <CategorySwatch colour={categories.get(p.topCategory ?? '')?.colour} />
              <span className="queue-item-cat" title={categoryName(categories, p.topCategory)}>
                {categoryName(categories, p.topCategory)}
              </span>
            </span>
            <span className="queue-item-meta">
              {p.handle ? `@${p.handle}` : (p.displayName ?? 'Unknown author')} · {listDate(p.createdAt)} ·{' '}
              {platformName(p.platform)}
            </span>
            {showStatus && p.reviewStatus !== 'unreviewed' ? (
              <span className={`queue-item-status status-${p.reviewStatus}`}>
                {STATUS_TEXT[p.reviewStatus]}
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ol>
  );
}
