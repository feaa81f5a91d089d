import { listPosts } from '../../../db/postQueries';
import type { HandlerMap } from './index';

export const postHandlers: HandlerMap<'posts.list'> = {
  'posts.list': (ctx, args) => listPosts(ctx.db, args),
};
