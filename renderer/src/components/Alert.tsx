/**
 * Inline messages. Errors use role="alert" (announced at once); success and info use role="status".
 * The message is always shown in full: a busy user needs to read what went wrong, not a code.
 */
import type { ReactNode } from 'react';
import type { ApiCallError } from '../api/client';
import { Icon } from './Icon';

type Tone = 'error' | 'success' | 'info';

interface AlertProps {
  tone: Tone;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
  onDismiss?: () => void;
}

const ICONS = { error: 'error', success: 'success', info: 'info' } as const;

export function Alert({ tone, title, children, actions, onDismiss }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <Icon name={ICONS[tone]} className="alert-icon" size={20} />
      <div className="alert-content">
        <p className="alert-title">{title}</p>
        {children ? <div className="alert-message">{children}</div> : null}
        {actions ? <div className="alert-actions">{actions}</div> : null}
      </div>
      {onDismiss ? (
        <button type="button" className="btn btn-small alert-dismiss" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}

/** An API failure: what we were doing, the server's message, and a retry when one makes sense. */
export function ErrorAlert({
  error,
  doing,
  onRetry,
}: {
  error: ApiCallError | Error;
  /** e.g. "load the dashboard" — completes "Bulwark could not …". */
  doing: string;
  onRetry?: () => void;
}) {
  return (
    <Alert
      tone="error"
      title={`Bulwark could not ${doing}`}
      actions={
        onRetry ? (
          <button type="button" className="btn btn-small" onClick={onRetry}>
            Try again
          </button>
        ) : undefined
      }
    >
      <p>{error.message || 'No details were given.'}</p>
    </Alert>
  );
}
