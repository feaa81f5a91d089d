import type { DB } from '../../../db/connection';
import {
  decide,
  reviewHistory,
  reviewPost,
  reviewQueue,
  ReviewError,
  undo,
  undoTarget,
  urgentCount,
  urgentPosts,
  type DecisionResult,
  type LabelRow,
  type PostPage,
  type ReviewRow,
} from '../../../db/reviews';
import { getSetting, setSetting } from '../../../db/settings';
import { ApiError, asApiError } from '../errors';
import type { LabelExplanation, ReviewDecisionResult, ReviewPage, ReviewPost, ReviewPrefs } from '../types';
import type { HandlerMap } from './index';

const REVIEWER_KEY = 'ui.reviewerName';
const BLUR_KEY = 'ui.blurAbusive';
/** Tables a decision writes; stores showing any of them refetch. */
const DECISION_TABLES = ['posts', 'labels', 'reviews', 'audit_log'];

/** Every decision carries a person's name; without one there is nobody to record. */
function reviewerName(db: DB): string {
  const name = getSetting<string>(db, REVIEWER_KEY, '').trim();
  if (!name)
    throw new ApiError(
      'FORBIDDEN',
      'Set your reviewer name in Settings first: every review decision is recorded with the name of the person who made it.',
    );
  return name;
}

function prefs(db: DB): ReviewPrefs {
  return {
    reviewerName: getSetting<string>(db, REVIEWER_KEY, ''),
    blurAbusive: getSetting<boolean>(db, BLUR_KEY, true),
  };
}

function parseExplanation(raw: string): LabelExplanation {
  let v: Partial<LabelExplanation> = {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (parsed && typeof parsed === 'object') v = parsed as Partial<LabelExplanation>;
  } catch {
    // A damaged explanation should not hide the post: show the label without its reasons.
  }
  return {
    spans: Array.isArray(v.spans) ? v.spans : [],
    features: Array.isArray(v.features) ? v.features : [],
    model: v.model && typeof v.model === 'object' ? v.model : null,
    ...(typeof v.reviewer === 'string' ? { reviewer: v.reviewer } : {}),
    ...(typeof v.action === 'string' ? { action: v.action } : {}),
    ...(typeof v.note === 'string' ? { note: v.note } : {}),
  };
}

function toLabel(l: LabelRow): ReviewPost['labels'][number] {
  return {
    id: l.id,
    category: l.category_key,
    source: l.source,
    score: l.score,
    severity: l.severity,
    classifierVersion: l.classifier_version,
    createdAt: l.created_at,
    explanation: parseExplanation(l.explanation),
  };
}

/** The newest row that set the post's status (a decision or an undo; notes leave the status alone). */
function lastDecision(reviews: ReviewRow[]): ReviewPost['lastDecision'] {
  const r = reviews.findLast((x) => x.action !== 'note');
  if (!r) return null;
  return {
    id: r.id,
    action: r.action,
    status: r.status,
    category: r.category_key,
    reviewer: r.reviewer,
    note: r.note,
    createdAt: r.created_at,
  };
}

function toPage(p: PostPage): ReviewPage {
  return {
    total: p.total,
    rows: p.rows.map((r) => {
      const reviews = p.reviews.get(r.id) ?? [];
      return {
        id: r.id,
        platform: r.platform,
        platformPostId: r.platform_post_id,
        createdAt: r.created_at,
        text: r.text,
        url: r.url,
        handle: r.handle,
        displayName: r.display_name,
        abusive: r.abusive === 1,
        severity: r.severity,
        topCategory: r.top_category,
        reviewStatus: r.review_status,
        mentions: p.mentions.get(r.id) ?? [],
        labels: (p.labels.get(r.id) ?? []).map(toLabel),
        lastDecision: lastDecision(reviews),
        notes: reviews.filter((x) => x.note).length,
        canUndo: undoTarget(reviews) !== undefined,
      };
    }),
  };
}

function toResult(r: DecisionResult): ReviewDecisionResult {
  return {
    postId: r.postId,
    reviewId: r.reviewId,
    action: r.action,
    verdict: {
      abusive: r.verdict.abusive === 1,
      severity: r.verdict.severity,
      topCategory: r.verdict.top_category,
      reviewStatus: r.verdict.review_status,
    },
  };
}

/** ReviewError → ApiError with the same code and message. */
function asApi<T>(fn: () => T): T {
  return asApiError([ReviewError], fn);
}

export const reviewHandlers: HandlerMap<
  | 'review.queue'
  | 'review.urgent'
  | 'review.urgentCount'
  | 'review.post'
  | 'review.decide'
  | 'review.undo'
  | 'review.history'
  | 'review.prefs'
  | 'review.setPrefs'
> = {
  'review.queue': (ctx, args) => toPage(reviewQueue(ctx.db, args)),
  'review.urgent': (ctx, args) => toPage(urgentPosts(ctx.db, args)),
  'review.urgentCount': (ctx) => ({ count: urgentCount(ctx.db) }),
  'review.post': (ctx, args) => {
    const post = toPage(reviewPost(ctx.db, args.postId)).rows[0];
    if (!post) throw new ApiError('NOT_FOUND', `There is no post number ${args.postId}.`);
    return post;
  },
  'review.decide': (ctx, args) => {
    const reviewer = reviewerName(ctx.db);
    const result = asApi(() => decide(ctx.db, args, reviewer));
    ctx.emit({ type: 'data-changed', tables: DECISION_TABLES });
    return toResult(result);
  },
  'review.undo': (ctx, args) => {
    const reviewer = reviewerName(ctx.db);
    const result = asApi(() => undo(ctx.db, args.postId, reviewer));
    ctx.emit({ type: 'data-changed', tables: DECISION_TABLES });
    return toResult(result);
  },
  'review.history': (ctx, args) =>
    asApi(() => reviewHistory(ctx.db, args.postId)).map((r) => ({
      id: r.id,
      action: r.action,
      status: r.status,
      category: r.category_key,
      categoryName: r.category_name,
      reviewer: r.reviewer,
      note: r.note,
      createdAt: r.created_at,
      reverts: r.reverts,
      reverted: r.reverted,
    })),
  'review.prefs': (ctx) => prefs(ctx.db),
  'review.setPrefs': (ctx, args) => {
    setSetting(ctx.db, BLUR_KEY, args.blurAbusive);
    ctx.emit({ type: 'data-changed', tables: ['settings'] });
    return prefs(ctx.db);
  },
};
