/**
 * Pushshift / Arctic Shift dumps: one submission or comment object per line (no `kind` wrapper;
 * `created_utc` as a number, float or string), and the Pushshift API's `{data: [...]}` pages.
 */
import type { FormatMapper, MapResult } from '../types';
import { Collector, label, unitError } from './collect';
import { isObject, someOf, str } from './json-fields';
import type { Json } from './json-fields';
import { addCrosspostOriginals, kindOf, mapRedditThing } from './reddit-thing';

function looksLikeDumpThing(v: unknown): v is Json {
  return (
    isObject(v) &&
    !('kind' in v) &&
    typeof v.subreddit === 'string' &&
    typeof v.author === 'string' &&
    'created_utc' in v &&
    'id' in v &&
    kindOf(v) !== undefined
  );
}

function thingsOf(unit: unknown): unknown[] | undefined {
  if (looksLikeDumpThing(unit)) return [unit];
  if (isObject(unit) && Array.isArray(unit.data) && someOf(unit.data, looksLikeDumpThing)) return unit.data;
  return undefined;
}

export const redditPushshiftMapper: FormatMapper = {
  name: 'reddit-pushshift',
  label: 'Reddit dump (Pushshift / Arctic Shift NDJSON)',
  detect: (unit) => thingsOf(unit) !== undefined,
  map(unit: unknown): MapResult {
    const things = thingsOf(unit);
    if (!things)
      throw unitError(
        'reddit-pushshift',
        'a Reddit submission or comment object (Pushshift dump line)',
        unit,
      );
    const out = new Collector();
    things.forEach((thing, i) => {
      out.record(
        i,
        label('record', i, isObject(thing) ? (str(thing.name) ?? str(thing.id)) : undefined),
        thing,
        () => {
          if (!isObject(thing)) throw new Error('not an object (expected a submission or comment)');
          const kind = kindOf(thing);
          if (!kind)
            throw new Error("neither 'title' (submission) nor 'body' with 'link_id' (comment) is present");
          out.add(mapRedditThing(thing, kind));
        },
      );
      if (isObject(thing)) addCrosspostOriginals(out, thing, i);
    });
    return out.result();
  },
};
