import type { ApiContext } from '../context';
import type { MethodArgs, MethodName, MethodResult } from '../contract';
import { accountHandlers } from './accounts';
import { analyticsHandlers } from './analytics';
import { appHandlers } from './app';
import { caseHandlers } from './cases';
import { dashboardHandlers } from './dashboard';
import { demoHandlers } from './demo';
import { importHandlers } from './imports';
import { postHandlers } from './posts';
import { peopleHandlers } from './people';
import { reviewHandlers } from './review';
import { statsHandlers } from './stats';
import { taxonomyHandlers } from './taxonomy';

export type Handler<M extends MethodName> = (
  ctx: ApiContext,
  args: MethodArgs<M>,
) => MethodResult<M> | Promise<MethodResult<M>>;
export type HandlerMap<K extends MethodName = MethodName> = { [M in K]: Handler<M> };

/** Every method in the contract, implemented. A missing one is a type error here. */
export const handlers: HandlerMap = {
  ...appHandlers,
  ...statsHandlers,
  ...peopleHandlers,
  ...demoHandlers,
  ...importHandlers,
  ...postHandlers,
  ...reviewHandlers,
  ...taxonomyHandlers,
  ...caseHandlers,
  ...dashboardHandlers,
  ...accountHandlers,
  ...analyticsHandlers,
};
