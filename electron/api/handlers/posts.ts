import { countMatching, listPosts, postDetail } from '../../../db/postQueries';
import { searchPosts } from '../../../db/search';
import { ApiError } from '../errors';
import type { HandlerMap } from './index';

export const postHandlers: HandlerMap<'posts.list' | 'posts.search' | 'posts.count' | 'posts.get'> = {
  'posts.list': (ctx, args) => listPosts(ctx.db, args),
  'posts.search': (ctx, args) => searchPosts(ctx.db, args),
  'posts.count': (ctx, args) => countMatching(ctx.db, args.filter),
  'posts.get': (ctx, args) => {
    const d = postDetail(ctx.db, args.id);
    if (!d) throw new ApiError('NOT_FOUND', `There is no post number ${args.id}. It may have been removed.`);
    return d;
  },
};
