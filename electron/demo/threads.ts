/**
 * The cast's recent own posts, per person and platform, so replies can hang off real parents. Only a few
 * recent posts are kept (people reply to what is in their feed), which keeps memory flat at any size.
 */
import { PLATFORMS, type Platform } from '../../db/posts';
import type { ParentRef } from './platforms';
import type { Rng } from './rng';

const KEEP = 6;
/** Replies arrive within days or weeks of a post, not months (small demos have few posts to reply to). */
const MAX_AGE_MS = 21 * 86_400_000;

interface Entry {
  ref: ParentRef;
  ms: number;
}

export class Threads {
  // Indexed by person * 8 + platform: looked up for every would-be reply, so no string keys.
  private readonly recent: (Entry[] | undefined)[] = [];

  add(person: number, platform: Platform, ref: ParentRef, ms: number): void {
    const key = person * PLATFORMS.length + PLATFORMS.indexOf(platform);
    let list = this.recent[key];
    if (!list) this.recent[key] = list = [];
    list.push({ ref, ms });
    if (list.length > KEEP) list.shift();
  }

  /** A recent post by `person` on `platform` to reply to, newest most likely; null if none is fresh. */
  pick(person: number, platform: Platform, ms: number, rng: Rng): ParentRef | null {
    const list = this.recent[person * PLATFORMS.length + PLATFORMS.indexOf(platform)];
    if (!list || list.length === 0) return null;
    const i = list.length - 1 - Math.floor(list.length * rng.next() * rng.next());
    const e = list[i]!;
    return ms - e.ms <= MAX_AGE_MS ? e.ref : null;
  }
}
