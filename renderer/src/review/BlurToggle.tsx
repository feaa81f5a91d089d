/** The "blur abusive text" preference as a checkbox, saved at once (used on the review screens and in Settings). */
import { useEffect, useId, useState } from 'react';
import type { ApiCallError } from '../api/client';
import { useReviewPrefsStore } from './reviewStores';

export function BlurToggle({ withHint = false }: { withHint?: boolean }) {
  const blur = useReviewPrefsStore((s) => s.blurAbusive);
  const loaded = useReviewPrefsStore((s) => s.loaded);
  const setBlur = useReviewPrefsStore((s) => s.setBlur);
  const [error, setError] = useState<ApiCallError | null>(null);
  const id = useId();

  useEffect(() => {
    if (!useReviewPrefsStore.getState().loaded) void useReviewPrefsStore.getState().load();
  }, []);

  return (
    <div className="blur-toggle">
      <label className="check">
        <input
          type="checkbox"
          checked={blur}
          disabled={!loaded}
          aria-describedby={withHint ? `${id}-hint` : undefined}
          onChange={async (e) => setError(await setBlur(e.target.checked))}
        />
        Blur abusive text until I reveal it
      </label>
      {withHint ? (
        <span className="field-hint" id={`${id}-hint`}>
          On by default. Abusive posts are shown blurred on Review and Urgent; press Reveal (or V) to read
          one.
        </span>
      ) : null}
      {error ? (
        <span className="form-status form-status-error" role="alert">
          Not saved: {error.message}
        </span>
      ) : null}
    </div>
  );
}
