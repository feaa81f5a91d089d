/**
 * "Why it was flagged": every label on the post with its category, severity, score and source, and the
 * matched words, patterns and model evidence in plain words. A reviewer's decision comes first.
 */
import type { CategoryInfo, ReviewPost } from '../../../electron/api/types';
import { categoryName } from '../taxonomy/taxonomyStore';
import { severityLabel } from '../taxonomy/severity';
import { CategorySwatch } from './CategorySwatch';
import { explainLabel, formatScore, modelScoresLine } from './explain';

export function WhyPanel({
  post,
  categories,
  titleId,
}: {
  post: ReviewPost;
  categories: Map<string, CategoryInfo>;
  titleId: string;
}) {
  const nameOf = (k: string) => categoryName(categories, k);
  const machine = post.labels.find((l) => l.source !== 'human' && l.explanation.model);
  const scores = modelScoresLine(machine?.explanation.model ?? null);
  return (
    <section className="review-why" aria-labelledby={titleId}>
      <h3 id={titleId}>Why it was flagged</h3>
      {post.labels.length === 0 ? (
        <p className="muted">No labels: nothing in this post matched a word list, pattern or the model.</p>
      ) : (
        <ul className="why-list">
          {post.labels.map((l) => {
            const r = explainLabel(l, nameOf);
            const cat = categories.get(l.category);
            const note = l.source === 'human' ? l.explanation.note : undefined;
            return (
              <li key={l.id} className={`why-item why-${l.source}`}>
                <div className="why-head">
                  <CategorySwatch colour={cat?.colour} />
                  <span className="why-name">{nameOf(l.category)}</span>
                  <span className="badge">{severityLabel(l.severity)}</span>
                  <span className="why-source">{r.source}</span>
                  {l.source !== 'human' ? (
                    <span className="why-score">score {formatScore(l.score)}</span>
                  ) : null}
                </div>
                <ul className="why-reasons">
                  {r.modelLine ? <li>{r.modelLine}</li> : null}
                  {r.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                  {note ? <li>Note: {note}</li> : null}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {scores ? <p className="why-scores">Model scores for this post: {scores}</p> : null}
    </section>
  );
}
