import { accountDetail } from '../../../db/accounts';
import { ApiError } from '../errors';
import type { HandlerMap } from './index';

export const accountHandlers: HandlerMap<'accounts.get'> = {
  'accounts.get': (ctx, args) => {
    const a = accountDetail(ctx.db, args.id);
    if (!a) throw new ApiError('NOT_FOUND', `There is no account number ${args.id} in this database.`);
    return a;
  },
};
