/** API reads for cases: the list (also used by "Add to case" everywhere), one case, and its posts. */
import type { MethodInput } from '../../../electron/api/contract';
import { api } from '../api/client';
import { createResource } from '../stores/resource';

/** Tables a case change writes (matches the API's data-changed events). */
export const CASE_TABLES = ['cases', 'case_posts', 'case_events', 'case_refs'];
export const CASE_PAGE = 50;

export const useCaseListStore = createResource(() => api('cases.list', {}), CASE_TABLES, undefined);

export const useCaseStore = createResource(
  (id: number) => api('cases.get', { id }),
  [...CASE_TABLES, 'people'],
  0 as number,
);

export type CasePostsQuery = MethodInput<'cases.posts'>;
export const useCasePostsStore = createResource(
  (q: CasePostsQuery) => api('cases.posts', q),
  [...CASE_TABLES, 'posts', 'reviews', 'labels'],
  { id: 0, limit: CASE_PAGE, offset: 0 } as CasePostsQuery,
);
