/** What is missing, why it matters, and the next step — never just a blank area. */
import type { ReactNode } from 'react';
import type { IconName } from './Icon';
import { Icon } from './Icon';

interface EmptyStateProps {
  icon: IconName;
  title: string;
  /** Heading level, so the empty state fits the outline of the screen it sits in. */
  level?: 2 | 3;
  children?: ReactNode;
  actions?: ReactNode;
}

export function EmptyState({ icon, title, level = 2, children, actions }: EmptyStateProps) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <div className="empty-state">
      <Icon name={icon} size={32} className="empty-state-icon" />
      <Heading>{title}</Heading>
      {children}
      {actions ? <div className="empty-state-actions">{actions}</div> : null}
    </div>
  );
}
