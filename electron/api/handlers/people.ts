import { listPeople } from '../../../db/people';
import type { HandlerMap } from './index';

export const peopleHandlers: HandlerMap<'people.list'> = {
  'people.list': (ctx) =>
    listPeople(ctx.db).map((p) => ({
      id: p.id,
      name: p.name,
      role: p.role,
      party: p.party,
      constituency: p.constituency,
      posts: p.posts,
    })),
};
