/**
 * A reviewer's decision from the explorer. The Review queue only holds what the classifier flagged;
 * here staff can tag a post it missed (a veiled threat, or a reviewers-only category such as a smear
 * or harassment), clear a flagged post as not abuse, or undo the last decision. The same decisions as
 * on Review (review.decide / review.undo), recorded with the reviewer's name and in the audit log.
 */
import { useState } from 'react';
import type { ReviewDecisionResult, ReviewPost } from '../../../electron/api/types';
import type { ApiCallError } from '../api/client';
import { api } from '../api/client';
import { ErrorAlert } from '../components/Alert';
import { CategoryDialog } from '../review/CategoryDialog';
import { toApiError } from '../stores/resource';
import { useSettingsStore } from '../stores/settingsStore';
import { categoryIndex, categoryName, useCategoriesStore } from '../taxonomy/taxonomyStore';

interface Props {
  post: ReviewPost;
  /** Called with a sentence saying what was recorded; the panel reloads the post. */
  onDecided: (message: string) => void;
}

export function PostDecision({ post, onDecided }: Props) {
  const reviewer = useSettingsStore((s) => s.settings.reviewerName.trim());
  const settingsLoaded = useSettingsStore((s) => s.loaded);
  const categoriesList = useCategoriesStore((s) => s.data);
  const [dialog, setDialog] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);

  const record = async (call: () => Promise<ReviewDecisionResult>, what: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const r = await call();
      const name = categoryName(categoryIndex(categoriesList), r.verdict.topCategory);
      setDialog(false);
      setBusy(false);
      onDecided(`${what}: now ${r.verdict.abusive ? name : 'not abuse'}.`);
    } catch (err) {
      setError(toApiError(err));
      setBusy(false);
    }
  };

  if (!settingsLoaded) return null;
  return (
    <section aria-labelledby="detail-decide-title">
      <h3 id="detail-decide-title">Your decision</h3>
      {!reviewer ? (
        <p className="muted">
          Set your reviewer name in <a href="#/settings">Settings</a> to tag this post or clear it: every
          decision is recorded with the name of the person who made it.
        </p>
      ) : (
        <>
          <p className="muted">
            {post.abusive
              ? 'Flagged posts are also in the Review queue. Decide here if you are looking at it now.'
              : 'Not flagged. If it is abuse the classifier missed, tag it: it then counts everywhere, and a threat joins Urgent.'}
          </p>
          <div className="inline-row">
            <button type="button" className="btn btn-small" disabled={busy} onClick={() => setDialog(true)}>
              {post.abusive ? 'Change category…' : 'Tag as abuse…'}
            </button>
            {post.abusive ? (
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() =>
                  void record(
                    () => api('review.decide', { postId: post.id, action: 'reject' }),
                    'Marked as not abuse',
                  )
                }
              >
                Not abuse
              </button>
            ) : null}
            {post.canUndo ? (
              <button
                type="button"
                className="btn btn-small"
                disabled={busy}
                onClick={() => void record(() => api('review.undo', { postId: post.id }), 'Decision undone')}
              >
                Undo last decision
              </button>
            ) : null}
          </div>
          {error && !dialog ? <ErrorAlert error={error} doing="record the decision" /> : null}
        </>
      )}
      {dialog ? (
        <CategoryDialog
          categories={categoriesList ?? []}
          current={post.abusive ? post.topCategory : null}
          busy={busy}
          error={error?.message}
          onClose={() => {
            setDialog(false);
            setError(null);
          }}
          onChoose={(category, note) =>
            void record(
              () =>
                api('review.decide', {
                  postId: post.id,
                  action: 'recategorise',
                  category,
                  ...(note ? { note } : {}),
                }),
              'Decision recorded',
            )
          }
        />
      ) : null}
    </section>
  );
}
