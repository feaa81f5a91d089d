/**
 * A post's full text with two kinds of marks: what the search matched (yellow, underlined) and the
 * words that explain its labels (the category's colour, with the reason on hover). Only slices of the
 * plain text are rendered, as React text: never HTML.
 */
import { Fragment, useMemo } from 'react';
import type { CSSProperties } from 'react';
import type { CategoryInfo, ExplanationSpan, ReviewLabel, SearchTerm } from '../../../electron/api/types';
import { describeRule } from '../review/explain';
import { segmentText } from '../review/segments';
import { categoryName } from '../taxonomy/taxonomyStore';
import { matchRanges } from './highlight';

const MATCH = '__match';

interface Props {
  text: string;
  labels?: ReviewLabel[];
  terms?: readonly SearchTerm[];
  categories: Map<string, CategoryInfo>;
  className?: string;
  testId?: string;
  /** Blurred and hidden from screen readers until the reader reveals it (abusive text). */
  blurred?: boolean;
}

export function HighlightedText({
  text,
  labels = [],
  terms,
  categories,
  className,
  testId,
  blurred = false,
}: Props) {
  const segments = useMemo(() => {
    const spans: ExplanationSpan[] = labels
      .filter((l) => l.source !== 'human')
      .flatMap((l) => l.explanation.spans)
      .filter((s) => categories.get(s.category)?.isAbuse ?? true);
    const matches: ExplanationSpan[] = matchRanges(text, terms).map((r) => ({ ...r, category: MATCH }));
    // Search matches rank first so the reader always sees what they searched for.
    return segmentText(text, [...matches, ...spans], (s) =>
      s.category === MATCH ? 99 : (categories.get(s.category)?.severity ?? 0),
    );
  }, [labels, text, terms, categories]);

  return (
    <p
      className={`${className ?? 'explorer-text'}${blurred ? ' is-blurred' : ''}`}
      data-testid={testId}
      aria-hidden={blurred ? true : undefined}
    >
      {segments.map((seg) => {
        if (seg.spans.length === 0) return <Fragment key={seg.start}>{seg.text}</Fragment>;
        const isMatch = seg.spans.some((s) => s.category === MATCH);
        const why = seg.spans
          .filter((s) => s.category !== MATCH)
          .map((s) => {
            const name = categoryName(categories, s.category);
            return `${name}: ${s.rule ? describeRule(s.rule, (k) => categoryName(categories, k)) : 'flagged'}`;
          });
        const top = seg.spans.find((s) => s.category !== MATCH);
        const colour = top ? (categories.get(top.category)?.colour ?? '#888888') : undefined;
        const title = [...(isMatch ? ['Matches your search'] : []), ...new Set(why)].join('\n');
        return (
          <mark
            key={seg.start}
            className={`${top ? 'review-mark' : ''}${isMatch ? ' search-mark' : ''}`.trim()}
            style={colour ? ({ '--cat': colour } as CSSProperties) : undefined}
            title={title}
            data-kind={isMatch ? 'match' : 'explanation'}
          >
            {seg.text}
          </mark>
        );
      })}
    </p>
  );
}
