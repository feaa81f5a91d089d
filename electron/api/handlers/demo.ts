import { appendAudit } from '../../../db/audit';
import { ApiError } from '../errors';
import type { HandlerMap } from './index';

export const demoHandlers: HandlerMap<'demo.load'> = {
  'demo.load': async (ctx, args) => {
    const existing = ctx.db.prepare('SELECT count(*) FROM posts').pluck().get() as number;
    if (existing > 0) {
      throw new ApiError(
        'CONFLICT',
        'Demo data can only be loaded into an empty database; this one already holds posts.',
      );
    }
    const summary = await ctx.jobs.run('demo', args);
    appendAudit(ctx.db, {
      actor: 'system',
      action: 'demo.load',
      entity: 'database',
      detail: { ...args, posts: summary.posts },
    });
    return summary;
  },
};
