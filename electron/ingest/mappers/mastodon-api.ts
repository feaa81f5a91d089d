/**
 * Mastodon API status lists: timelines and account statuses (`[status]`), single statuses (one per
 * line), search results (`{statuses}`) and thread context (`{ancestors, descendants}`). A reblog
 * yields two posts: the original, and the booster's repost record pointing at it.
 */
import type { FormatMapper, MapResult } from '../types';
import { Collector, label, unitError } from './collect';
import { isObject, someOf, str } from './json-fields';
import { looksLikeStatus, mapStatus, quotedStatus } from './mastodon-status';

function statusesOf(unit: unknown): unknown[] | undefined {
  if (Array.isArray(unit)) return someOf(unit, looksLikeStatus) ? unit : undefined;
  if (looksLikeStatus(unit)) return [unit];
  if (!isObject(unit)) return undefined;
  if (Array.isArray(unit.statuses) && Array.isArray(unit.accounts) && Array.isArray(unit.hashtags))
    return unit.statuses;
  if (Array.isArray(unit.ancestors) && Array.isArray(unit.descendants))
    return [...unit.ancestors, ...unit.descendants];
  return undefined;
}

export const mastodonApiMapper: FormatMapper = {
  name: 'mastodon-api',
  label: 'Mastodon API statuses',
  detect: (unit) => statusesOf(unit) !== undefined,
  map(unit: unknown): MapResult {
    const statuses = statusesOf(unit);
    if (!statuses)
      throw unitError('mastodon-api', 'Mastodon API statuses (an array of status objects)', unit);
    const out = new Collector();
    statuses.forEach((s, i) => emit(out, s, i, false));
    return out.result();
  },
};

function emit(out: Collector, s: unknown, index: number, embedded: boolean): void {
  const what = embedded ? 'embedded status' : 'status';
  out.record(index, label(what, embedded ? undefined : index, isObject(s) ? str(s.id) : undefined), s, () => {
    if (!isObject(s)) throw new Error('not an object (expected a status object)');
    out.add(mapStatus(s), embedded);
  });
  if (!isObject(s)) return;
  if (isObject(s.reblog)) emit(out, s.reblog, index, true);
  const quoted = quotedStatus(s);
  if (quoted) emit(out, quoted, index, true);
}
