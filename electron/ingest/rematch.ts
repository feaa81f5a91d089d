/**
 * Re-matching: after people, handles or aliases change, rebuild which posts mention whom (the
 * `mentions` rows and posts.matched) for every post already imported, with the same MentionMatcher the
 * import pipeline uses.
 *
 * Built for a million posts and thousands of aliases:
 * - posts are read in id order, a page at a time (keyset paging, `.iterate()` within the page), so
 *   memory stays flat and no read transaction is held open for the whole run;
 * - the matcher is computed while iterating (reads are allowed during iteration); the page's current
 *   mention rows are read with one range scan over the mentions primary key (post_id first);
 * - only differences are written (a deleted or inserted mention row, a flipped posts.matched), in one
 *   short transaction per page, so an unchanged database costs reads only and the UI (or a concurrent
 *   import) is never locked out for long.
 *
 * posts.mentioned holds the '@handle' and 'id:accountId' tokens each post mentioned, written by the
 * import pipeline. Posts written without it (the demo generator, databases from before migration 3)
 * fall back to the @-handles written in their text, read with the mappers' per-platform rules.
 */
import type { DB } from '../../db/connection';
import { MentionMatcher, type MentionHow } from './matcher';
import { atHandles, blueskyHandles, fediverseHandles, redditUsers } from './mappers/handles';

export interface RematchOptions {
  /** Posts per page (and per write transaction). */
  batchSize?: number;
  onProgress?: (done: number, total: number, message?: string) => void;
  /** Checked between pages; a cancelled run leaves every finished page consistent. */
  isCancelled?: () => boolean;
  /** A matcher to use instead of one built from the database (tests). */
  matcher?: MentionMatcher;
}

export interface RematchResult {
  /** Posts read. */
  posts: number;
  /** Posts whose mention rows or matched flag changed. */
  changedPosts: number;
  /** Mention rows added and removed. */
  linked: number;
  unlinked: number;
  /** Posts that mention at least one person now / no longer. */
  nowMatched: number;
  noLongerMatched: number;
  seconds: number;
  cancelled: boolean;
}

const HOWS: readonly MentionHow[] = ['handle', 'reply', 'name', 'alias'];
const HOW_CODE: Record<MentionHow, number> = { handle: 0, reply: 1, name: 2, alias: 3 };
const DEFAULT_BATCH = 5000;

/** A mention as one number (person id × 4 + how), so per-post comparisons are cheap. */
const key = (personId: number, how: MentionHow) => personId * 4 + HOW_CODE[how];

/**
 * @-handles written in a post's text, for posts stored without their mention tokens. Deliberately
 * generous (a superset of each platform's rules): a handle only counts if one of our people has it.
 */
function textHandles(platform: string, text: string): string[] {
  if (!text) return [];
  const out = platform === 'reddit' && text.includes('u/') ? redditUsers(text) : [];
  if (!text.includes('@')) return out;
  if (platform === 'mastodon') out.push(...fediverseHandles(text));
  else if (platform === 'bluesky') out.push(...blueskyHandles(text));
  out.push(...atHandles(text));
  return out;
}

export function rematchPosts(db: DB, opts: RematchOptions = {}): RematchResult {
  const started = performance.now();
  const batch = Math.max(100, opts.batchSize ?? DEFAULT_BATCH);
  const matcher = opts.matcher ?? new MentionMatcher(db);
  const total = db.prepare('SELECT count(*) FROM posts').pluck().get() as number;
  const result: RematchResult = {
    posts: 0,
    changedPosts: 0,
    linked: 0,
    unlinked: 0,
    nowMatched: 0,
    noLongerMatched: 0,
    seconds: 0,
    cancelled: false,
  };

  const page = db
    .prepare(
      `SELECT id, platform, text, mentioned, reply_to_account_id, reply_to_post_id, matched
       FROM posts WHERE id > ? ORDER BY id LIMIT ?`,
    )
    .raw();
  const current = db
    .prepare(
      `SELECT post_id, person_id * 4 + CASE how WHEN 'handle' THEN 0 WHEN 'reply' THEN 1 WHEN 'name' THEN 2 ELSE 3 END
       FROM mentions WHERE post_id BETWEEN ? AND ?`,
    )
    .raw();
  // Who wrote the post a reply answers: what MentionMatcher looks up for replyToPostId, asked here
  // instead so answers can be cached (replies cluster on a few posts: in the 1M-post demo, 290,000
  // replies answer 38,000 posts).
  const parentAuthor = db
    .prepare(
      `SELECT a.platform_user_id, a.handle FROM posts p JOIN accounts a ON a.id = p.account_id
       WHERE p.platform = ? AND p.platform_post_id = ?`,
    )
    .raw();
  const authors = new Map<string, [string, string | null] | null>();
  const insert = db.prepare('INSERT OR IGNORE INTO mentions (post_id, person_id, how) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM mentions WHERE post_id = ? AND person_id = ? AND how = ?');
  const setMatched = db.prepare('UPDATE posts SET matched = ? WHERE id = ?');

  const write = db.transaction((adds: number[], removes: number[], flags: number[]) => {
    for (let i = 0; i < adds.length; i += 2) {
      const k = adds[i + 1]!;
      insert.run(adds[i], Math.floor(k / 4), HOWS[k % 4]);
    }
    for (let i = 0; i < removes.length; i += 2) {
      const k = removes[i + 1]!;
      remove.run(removes[i], Math.floor(k / 4), HOWS[k % 4]);
    }
    for (let i = 0; i < flags.length; i += 2) setMatched.run(flags[i + 1], flags[i]);
  });

  // Per page: post ids, their matched flag, and the wanted mention keys (flattened, with offsets).
  const ids: number[] = [];
  const matchedFlags: number[] = [];
  const wantStart: number[] = [];
  const want: number[] = [];
  const have = new Map<number, number[]>();
  let lastId = 0;
  let lastProgress = 0;

  for (;;) {
    if (opts.isCancelled?.()) {
      result.cancelled = true;
      break;
    }
    ids.length = 0;
    matchedFlags.length = 0;
    wantStart.length = 0;
    want.length = 0;
    for (const row of page.iterate(lastId, batch) as IterableIterator<
      [number, string, string, string, string | null, string | null, number]
    >) {
      const [id, platform, text, mentioned, replyToAccountId, replyToPostId, matched] = row;
      const handles: string[] = [];
      const accounts: string[] = [];
      if (mentioned) {
        for (const t of mentioned.split(' ')) {
          if (t.startsWith('@')) handles.push(t.slice(1));
          else if (t.startsWith('id:')) accounts.push(t.slice(3));
        }
      } else handles.push(...textHandles(platform, text));
      ids.push(id);
      matchedFlags.push(matched);
      const from = want.length;
      wantStart.push(from);
      const wantKey = (k: number) => {
        for (let j = from; j < want.length; j++) if (want[j] === k) return;
        want.push(k);
      };
      // Reads are allowed while this page's iterator is open; writes wait for the page's transaction.
      for (const m of matcher.match({
        platform,
        text,
        mentionedHandles: handles,
        mentionedAccountIds: accounts,
        replyToAccountId,
        replyToPostId: null,
      }))
        wantKey(key(m.personId, m.how));
      if (replyToPostId) {
        const k = `${platform}\u0000${replyToPostId}`;
        let author = authors.get(k);
        if (author === undefined) {
          author = (parentAuthor.get(platform, replyToPostId) as [string, string | null] | undefined) ?? null;
          if (authors.size >= 200_000) authors.clear();
          authors.set(k, author);
        }
        // A reply to a post by one of our people's accounts (by account id or handle): exactly the
        // matcher's rule for replyToPostId, fed the cached author.
        if (author) {
          for (const m of matcher.match({
            platform,
            text: '',
            mentionedHandles: author[1] ? [author[1]] : [],
            mentionedAccountIds: [author[0]],
          }))
            wantKey(key(m.personId, 'reply'));
        }
      }
    }
    if (ids.length === 0) break;

    have.clear();
    for (const [postId, k] of current.iterate(ids[0], ids[ids.length - 1]) as IterableIterator<
      [number, number]
    >) {
      const list = have.get(postId);
      if (list) list.push(k);
      else have.set(postId, [k]);
    }

    const adds: number[] = [];
    const removes: number[] = [];
    const flags: number[] = [];
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const from = wantStart[i]!;
      const to = i + 1 < ids.length ? wantStart[i + 1]! : want.length;
      const got = have.get(id);
      let changed = false;
      for (let j = from; j < to; j++) {
        if (!got || !got.includes(want[j]!)) {
          adds.push(id, want[j]!);
          changed = true;
        }
      }
      if (got) {
        for (const k of got) {
          let wanted = false;
          for (let j = from; j < to; j++) if (want[j] === k) wanted = true;
          if (!wanted) {
            removes.push(id, k);
            changed = true;
          }
        }
      }
      const flag = to > from ? 1 : 0;
      if (flag !== (matchedFlags[i]! ? 1 : 0)) {
        flags.push(id, flag);
        if (flag) result.nowMatched++;
        else result.noLongerMatched++;
        changed = true;
      }
      if (changed) result.changedPosts++;
    }
    if (adds.length || removes.length || flags.length) write(adds, removes, flags);
    result.linked += adds.length / 2;
    result.unlinked += removes.length / 2;
    result.posts += ids.length;
    lastId = ids[ids.length - 1]!;

    const now = performance.now();
    if (opts.onProgress && (now - lastProgress > 200 || ids.length < batch)) {
      lastProgress = now;
      opts.onProgress(
        result.posts,
        total,
        `Checked ${result.posts.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')} posts`,
      );
    }
    if (ids.length < batch) break;
  }
  result.seconds = Math.round((performance.now() - started) / 10) / 100;
  return result;
}
