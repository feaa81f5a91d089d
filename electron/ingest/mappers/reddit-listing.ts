/**
 * Reddit API Listings: `{kind: 'Listing', data: {children: [{kind: 't3'|'t1', data}]}}`, and the
 * `[submissionListing, commentsListing]` pair a comments page returns. Comment trees nest through
 * `replies` (a Listing, or '' when there are none); "more" stubs list unloaded ids and carry no text.
 */
import type { FormatMapper, MapResult } from '../types';
import { Collector, label, unitError } from './collect';
import { arr, isObject, obj, str } from './json-fields';
import type { Json } from './json-fields';
import { addCrosspostOriginals, authorIdOf, fullnameOf, kindOf, mapRedditThing } from './reddit-thing';

function isListing(v: unknown): v is Json {
  return isObject(v) && v.kind === 'Listing' && isObject(v.data) && Array.isArray(v.data.children);
}

function listingsOf(unit: unknown): Json[] | undefined {
  if (isListing(unit)) return [unit];
  if (Array.isArray(unit) && unit.length > 0 && unit.every(isListing)) return unit;
  return undefined;
}

export const redditListingMapper: FormatMapper = {
  name: 'reddit-listing',
  label: 'Reddit API Listing (submissions, comment threads)',
  detect: (unit) => listingsOf(unit) !== undefined,
  map(unit: unknown): MapResult {
    const listings = listingsOf(unit);
    if (!listings)
      throw unitError('reddit-listing', "a Reddit Listing ({kind: 'Listing', data: {children}})", unit);
    const out = new Collector();
    // Authors by fullname, so a reply knows whom it answers when the parent is in the file.
    const authors = new Map<string, string | null>();
    let index = 0;
    const walk = (listing: Json): void => {
      for (const child of arr(obj(listing.data)?.children)) {
        const i = index++;
        const data = isObject(child) ? obj(child.data) : undefined;
        if (isObject(child) && child.kind === 'more') continue;
        out.record(i, label('child', i, str(data?.name)), child, () => {
          if (!isObject(child) || !data) throw new Error("not a thing (expected {kind: 't3'|'t1', data})");
          const kind = kindOf(data, child.kind);
          if (!kind)
            throw new Error(
              `kind is ${JSON.stringify(child.kind)} (expected 't3' submission or 't1' comment)`,
            );
          const parent = str(data.parent_id);
          // The nested replies are stored as posts of their own, so a parent's raw does not repeat them.
          const { replies, ...own } = data;
          const raw = isListing(replies) ? { kind: child.kind, data: own } : child;
          out.add(mapRedditThing(data, kind, parent ? authors.get(parent) : null, raw));
          authors.set(fullnameOf(data, kind), authorIdOf(data));
        });
        if (data) addCrosspostOriginals(out, data, i);
        if (data && isListing(data.replies)) walk(data.replies);
      }
    };
    listings.forEach(walk);
    return out.result();
  },
};
