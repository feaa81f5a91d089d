/** The top of every screen: its <h1> (focused after navigation), a one-line summary and optional actions. */
import type { ReactNode } from 'react';

export function PageHeader({
  title,
  summary,
  actions,
}: {
  title: string;
  summary?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="page-header">
      <div className="page-header-text">
        <h1 tabIndex={-1} data-page-heading="">
          {title}
        </h1>
        {summary ? <p>{summary}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
