import { dashboardData } from '../../../db/dashboard';
import { refreshRollups } from '../../../db/rollups';
import type { HandlerMap } from './index';

export const dashboardHandlers: HandlerMap<'dashboard.get' | 'dashboard.refresh'> = {
  'dashboard.get': (ctx, args) => dashboardData(ctx.db, args.filter),
  'dashboard.refresh': (ctx) => {
    const r = refreshRollups(ctx.db);
    return { days: r.days, posts: r.posts, ms: r.ms };
  },
};
