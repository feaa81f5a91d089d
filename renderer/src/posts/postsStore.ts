/** posts.list for the Posts screen: one page, optionally from one import or mentioning one person. */
import type { MethodInput } from '../../../electron/api/contract';
import { api } from '../api/client';
import { createResource } from '../stores/resource';

export type PostsQuery = MethodInput<'posts.list'>;

export const POSTS_PAGE = 25;

/** Same filter and page? (Then a refetch may show the old rows meanwhile; another page may not.) */
export function sameQuery(a: PostsQuery, b: PostsQuery): boolean {
  return (
    a.importId === b.importId && a.personId === b.personId && a.offset === b.offset && a.limit === b.limit
  );
}

/** Each answer carries the query it answers, so the screen never shows one filter's rows under another's heading. */
export const usePostsStore = createResource(
  async (q: PostsQuery) => ({ query: q, page: await api('posts.list', q) }),
  ['posts', 'accounts', 'labels', 'reviews', 'mentions'],
  { limit: POSTS_PAGE, offset: 0 } as PostsQuery,
);
