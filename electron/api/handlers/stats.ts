import { overview } from '../../../db/stats';
import type { HandlerMap } from './index';

export const statsHandlers: HandlerMap<'stats.overview'> = {
  'stats.overview': (ctx, args) => overview(ctx.db, args),
};
