import { listCaseEvents, type CaseEventRow } from '../../../db/caseEvents';
import {
  addCaseNote,
  addCaseReference,
  addPostsToCase,
  CaseError,
  casesOfPosts,
  createCase,
  getCase,
  listCasePosts,
  listCaseRefs,
  listCases,
  removePostsFromCase,
  setCaseStatus,
  updateCase,
  type CaseRow,
} from '../../../db/cases';
import type { DB } from '../../../db/connection';
import { countPosts, selectPostIds } from '../../../db/postFilter';
import { MAX_PACK_POSTS } from '../../evidence/exportCase';
import { actorName } from '../../people/service';
import { ApiError, asApiError } from '../errors';
import type { CaseDetail, CaseEvent, CaseSummary, ReviewStatus } from '../types';
import { evidenceHandlers } from './evidence';
import type { HandlerMap } from './index';

/** Tables a case change writes; stores showing any of them refetch. */
export const CASE_TABLES = ['cases', 'case_posts', 'case_events', 'case_refs', 'audit_log'];

export function toSummary(r: CaseRow): CaseSummary {
  return {
    id: r.id,
    title: r.title,
    personId: r.person_id,
    personName: r.person_name,
    status: r.status,
    posts: r.posts,
    platformRef: r.platform_ref,
    policeRef: r.police_ref,
    campaignRef: r.campaign_ref,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
  };
}

function parseJson(s: string | null): unknown {
  if (s === null) return null;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return null;
  }
}

function toEvent(e: CaseEventRow): CaseEvent {
  const detail = parseJson(e.detail);
  return {
    id: e.id,
    at: e.at,
    actor: e.actor,
    kind: e.kind,
    statusFrom: e.status_from as CaseEvent['statusFrom'],
    statusTo: e.status_to as CaseEvent['statusTo'],
    reference: e.reference,
    dated: e.dated,
    body: e.body,
    detail: detail && typeof detail === 'object' ? (detail as Record<string, unknown>) : {},
  };
}

export function caseDetail(db: DB, id: number): CaseDetail {
  const r = getCase(db, id);
  return {
    ...toSummary(r),
    notes: r.notes,
    reportedPlatformAt: r.reported_platform_at,
    referredPoliceAt: r.referred_police_at,
    closedAt: r.closed_at,
    selection: parseJson(r.selection),
    references: listCaseRefs(db, id).map((x) => ({
      id: x.id,
      kind: x.kind,
      platform: x.platform,
      reference: x.reference,
      dated: x.dated,
      addedBy: x.added_by,
      addedAt: x.added_at,
    })),
    events: listCaseEvents(db, id).map(toEvent),
  };
}

/** CaseError → ApiError with the same code and message. */
export function asApi<T>(fn: () => T): T {
  return asApiError([CaseError], fn);
}

export const caseHandlers: HandlerMap<
  | 'cases.list'
  | 'cases.get'
  | 'cases.posts'
  | 'cases.create'
  | 'cases.update'
  | 'cases.addPosts'
  | 'cases.removePosts'
  | 'cases.setStatus'
  | 'cases.addReference'
  | 'cases.addNote'
  | 'cases.ofPosts'
  | 'cases.addByFilter'
  | 'evidence.export'
  | 'evidence.exportFilter'
  | 'evidence.download'
  | 'evidence.verify'
> = {
  'cases.list': (ctx) => listCases(ctx.db).map(toSummary),
  'cases.get': (ctx, args) => asApi(() => caseDetail(ctx.db, args.id)),
  'cases.posts': (ctx, args) => {
    asApi(() => getCase(ctx.db, args.id));
    const page = listCasePosts(ctx.db, args.id, args.limit, args.offset);
    return {
      total: page.total,
      rows: page.rows.map((r) => ({
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
        reviewStatus: r.review_status as ReviewStatus,
        addedAt: r.added_at,
        addedBy: r.added_by,
        note: r.note,
      })),
    };
  },
  'cases.create': (ctx, args) => {
    const postIds = args.postIds ?? [];
    const id = asApi(() =>
      createCase(
        ctx.db,
        {
          title: args.title,
          personId: args.personId,
          campaignRef: args.campaignRef,
          notes: args.notes,
        },
        actorName(ctx.db),
        postIds,
      ),
    );
    ctx.emit({ type: 'data-changed', tables: CASE_TABLES });
    return { id, posts: getCase(ctx.db, id).posts };
  },
  'cases.update': (ctx, args) => {
    const { id, ...edit } = args;
    asApi(() => updateCase(ctx.db, id, edit, actorName(ctx.db)));
    ctx.emit({ type: 'data-changed', tables: CASE_TABLES });
    return caseDetail(ctx.db, id);
  },
  'cases.addPosts': (ctx, args) => {
    const r = asApi(() =>
      addPostsToCase(ctx.db, args.id, args.postIds, actorName(ctx.db), args.note ?? null),
    );
    ctx.emit({ type: 'data-changed', tables: CASE_TABLES });
    return { caseId: args.id, ...r };
  },
  'cases.addByFilter': (ctx, args) => {
    asApi(() => getCase(ctx.db, args.id));
    const n = countPosts(ctx.db, args.filter);
    if (n === 0) throw new ApiError('INVALID_INPUT', 'No posts match this filter, so nothing was added.');
    if (n > MAX_PACK_POSTS)
      throw new ApiError(
        'INVALID_INPUT',
        `This filter matches ${n.toLocaleString('en-GB')} posts; a case takes at most ${MAX_PACK_POSTS.toLocaleString('en-GB')} at a time. Narrow it (dates, people, categories) first.`,
      );
    const ids = selectPostIds(ctx.db, args.filter, MAX_PACK_POSTS);
    const r = asApi(() =>
      addPostsToCase(ctx.db, args.id, ids, actorName(ctx.db), args.note ?? null, { filter: args.filter }),
    );
    ctx.emit({ type: 'data-changed', tables: CASE_TABLES });
    return { caseId: args.id, ...r };
  },
  'cases.removePosts': (ctx, args) => {
    const r = asApi(() => removePostsFromCase(ctx.db, args.id, args.postIds, actorName(ctx.db), args.reason));
    ctx.emit({ type: 'data-changed', tables: CASE_TABLES });
    return r;
  },
  'cases.setStatus': (ctx, args) => {
    asApi(() => setCaseStatus(ctx.db, args.id, args, actorName(ctx.db)));
    ctx.emit({ type: 'data-changed', tables: CASE_TABLES });
    return caseDetail(ctx.db, args.id);
  },
  'cases.addReference': (ctx, args) => {
    const { id, ...ref } = args;
    asApi(() => addCaseReference(ctx.db, id, ref, actorName(ctx.db)));
    ctx.emit({ type: 'data-changed', tables: CASE_TABLES });
    return caseDetail(ctx.db, id);
  },
  'cases.addNote': (ctx, args) => {
    asApi(() => addCaseNote(ctx.db, args.id, args.text, actorName(ctx.db)));
    ctx.emit({ type: 'data-changed', tables: CASE_TABLES });
    return caseDetail(ctx.db, args.id);
  },
  'cases.ofPosts': (ctx, args) => casesOfPosts(ctx.db, args.postIds),
  ...evidenceHandlers,
};
