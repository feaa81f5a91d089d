/**
 * A post's text with the words that explain its labels highlighted. Abusive text is blurred until the
 * reader reveals it; while blurred it is also hidden from screen readers (aria-hidden), so nobody hears
 * what they chose not to read. Only slices of the plain text are rendered, as React text: never HTML.
 */
import { Fragment, useMemo } from 'react';
import type { CSSProperties } from 'react';
import type { CategoryInfo, ExplanationSpan, ReviewPost } from '../../../electron/api/types';
import { categoryName } from '../taxonomy/taxonomyStore';
import { severityLabel } from '../taxonomy/severity';
import { describeRule } from './explain';
import { segmentText } from './segments';

interface PostTextProps {
  post: ReviewPost;
  categories: Map<string, CategoryInfo>;
  /** Blurring applies to this post (setting on and the post is abusive). */
  blur: boolean;
  revealed: boolean;
  onToggleReveal: () => void;
}

export function PostText({ post, categories, blur, revealed, onToggleReveal }: PostTextProps) {
  const hidden = blur && !revealed;
  const nameOf = (k: string) => categoryName(categories, k);

  const segments = useMemo(() => {
    // Highlight what made the machine flag the post: spans of abuse categories only.
    const spans: ExplanationSpan[] = post.labels
      .filter((l) => l.source !== 'human')
      .flatMap((l) => l.explanation.spans)
      .filter((s) => categories.get(s.category)?.isAbuse ?? true);
    return segmentText(post.text, spans, (s) => categories.get(s.category)?.severity ?? 0);
  }, [post.labels, post.text, categories]);

  const flagged = `${categoryName(categories, post.topCategory)}, ${severityLabel(post.severity)}`;

  return (
    <div className={`review-text-wrap${hidden ? ' is-hidden' : ''}`}>
      {post.text.trim() ? (
        <p className="review-text" aria-hidden={hidden ? true : undefined} data-testid="post-text">
          {segments.map((seg) => {
            const top = seg.spans[0];
            if (!top) return <Fragment key={seg.start}>{seg.text}</Fragment>;
            const colour = categories.get(top.category)?.colour ?? '#888888';
            const why = [
              ...new Set(
                seg.spans.map(
                  (s) => `${nameOf(s.category)}: ${s.rule ? describeRule(s.rule, nameOf) : 'flagged'}`,
                ),
              ),
            ];
            return (
              <mark
                key={seg.start}
                className="review-mark"
                style={{ '--cat': colour } as CSSProperties}
                title={why.join('\n')}
              >
                {seg.text}
              </mark>
            );
          })}
        </p>
      ) : (
        <p className="review-text muted">No text of its own (a repost, or a post with only media).</p>
      )}
      {hidden ? (
        <div className="review-text-cover">
          <p>
            <strong>Text hidden.</strong> Flagged as {flagged}.
          </p>
          <button type="button" className="btn btn-small" onClick={onToggleReveal} aria-keyshortcuts="v">
            Reveal text <kbd aria-hidden="true">V</kbd>
          </button>
        </div>
      ) : blur ? (
        <button type="button" className="btn-link review-hide" onClick={onToggleReveal} aria-keyshortcuts="v">
          Hide text again <kbd aria-hidden="true">V</kbd>
        </button>
      ) : null}
    </div>
  );
}
