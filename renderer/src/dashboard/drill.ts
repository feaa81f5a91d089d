/**
 * Chart → Posts explorer. Every chart element narrows the dashboard's filter by what it stands for
 * (a day, a category, a person…) and opens the explorer with the result, so the posts listed are
 * exactly the ones counted.
 */
import type { PostFilter } from '../../../electron/api/filters';
import { postsHref } from '../filters/urlFilter';

/** The time bounds of one chart bucket: a day, or an hour ('YYYY-MM-DDTHH'). */
export function bucketBounds(bucket: string): { from: string; to: string } {
  return bucket.length > 10 ? { from: `${bucket}:00`, to: `${bucket}:59` } : { from: bucket, to: bucket };
}

export function drillHref(base: PostFilter, patch: Partial<PostFilter>, sort?: 'severity'): string {
  const f: PostFilter = { ...base, ...patch };
  for (const k of Object.keys(f) as (keyof PostFilter)[]) if (f[k] === undefined) delete f[k];
  return postsHref(f, sort ? { sort } : {});
}

export function go(href: string): void {
  window.location.hash = href.slice(1);
}
