/** Small pieces the classification settings share with the look of the rest of Settings. */
import type { ReactNode } from 'react';

export function SectionIntro({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="settings-section-intro">
      <h2 id={id}>{title}</h2>
      {typeof children === 'string' ? <p>{children}</p> : children}
    </div>
  );
}

/** A one-line outcome under a form: success in green, failure in the danger colour (announced). */
export function FormStatus({ ok, error }: { ok?: string | null; error?: string | null }) {
  return (
    <p className={`form-status${error ? ' form-status-error' : ''}`} role={error ? 'alert' : 'status'}>
      {error ? `Not saved: ${error}` : (ok ?? '')}
    </p>
  );
}

export const APPLY_HINT =
  'Reclassify all posts (at the end of this page) to apply it to posts already imported.';
