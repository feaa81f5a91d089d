/** Messages between an import and its prepare worker, and how errors cross the thread boundary. */
import type { MachineLabel } from '../../db/labels';
import type { AccountInput, PostRow } from '../../db/posts';
import type { BatchItem } from './batches';
import { NeedsMappingError } from './batches';
import { ImportFileError } from './errors';
import { MAX_BATCH_CHARS } from './limits';
import type { MentionHow } from './matcher';
import type { PreparedPost } from './prepare';

// Enough posts in flight to cover one grouped commit (groupCommit.ts): while the writing thread
// commits ~20,000 posts the preparing thread keeps working instead of waiting. With two batches of
// 2,000 it sat idle through each commit; at 1,000,000 posts four took the import from 85–89 s to
// 58–76 s at the same peak RSS (480–485 MB), and eight was no faster but passed 500 MB. Three batches'
// worth since 2026-12-07's twenty-ninth session: four had reached 495–512 MB (median 502) with the
// larger lexicons; three measured 487 and 487 MB, about 7% slower (59–61 s against 55–56 s).
export const MAX_POSTS_AHEAD = 3 * 2000;
/** The same three batches' worth of text and raw records (limits.ts), for imports of very long posts. */
export const MAX_CHARS_AHEAD = 3 * MAX_BATCH_CHARS;

/**
 * Posts per message from the preparing thread. The writing thread turns a whole message back into
 * objects at once and keeps them until it has written the last of its posts: with 2,000 per message
 * they outlived its young-generation collections and were copied into the old generation (65 MB per
 * 100,000 posts, freed only by full collections); with 250, 15 MB. At 300,000 posts the import's peak
 * RSS went from 434–436 MB to 409 MB, at the same CPU time (46–48 s), and a smaller nursery for the
 * writing thread (jobs/registry.ts) took it to 385–390 MB. How much is in flight is bounded by posts
 * and characters above, not by messages, so the writing thread never waits for more work than before.
 */
export const HANDOVER_POSTS = 250;

/** A batch as it crosses the thread boundary: its posts packed into flat arrays (packPost). */
export type PackedItem =
  | (Omit<Extract<BatchItem, { kind: 'batch' }>, 'posts'> & { posts: unknown[][] })
  | Extract<BatchItem, { kind: 'end' }>;

export type FromPrepareWorker =
  | { type: 'item'; item: PackedItem }
  | { type: 'done' }
  | {
      type: 'error';
      message: string;
      code?: ImportFileError['code'];
      needs?: NeedsMappingError['needs'];
    };

export function errorMessage(err: unknown): FromPrepareWorker {
  if (err instanceof NeedsMappingError)
    return { type: 'error', message: err.message, code: err.code, needs: err.needs };
  if (err instanceof ImportFileError) return { type: 'error', message: err.message, code: err.code };
  return { type: 'error', message: err instanceof Error ? err.message : String(err) };
}

/** The error the worker reported, as the same class the inline reader would have thrown. */
export function errorFrom(m: Extract<FromPrepareWorker, { type: 'error' }>): Error {
  if (m.code === 'BAD_MAPPING' && m.needs) return new NeedsMappingError(m.message, m.needs);
  if (m.code) return new ImportFileError(m.code, m.message);
  return new Error(m.message);
}

/**
 * A prepared post as one flat array of values. Structured cloning (postMessage) copies an array of
 * values about 2.5× faster than the same values in nested objects, whose property names it writes and
 * reads back for every post: 1.2 instead of 3.3 µs per post to read back on the writing thread, which
 * is the busier one in a large import. The order here is the only contract; unpackPost reads it back.
 */
export function packPost(p: PreparedPost): unknown[] {
  const a = p.author;
  const r = p.row;
  const out: unknown[] = [
    p.line,
    a === null ? 0 : 1,
    a?.platform,
    a?.platformUserId,
    a?.handle,
    a?.displayName,
    a?.accountCreatedAt,
    a?.followers,
    r.platform,
    r.platformPostId,
    r.text,
    r.lang,
    r.createdAt,
    r.url,
    r.replyToPostId,
    r.replyToAccountId,
    r.quoteOfPostId,
    r.repostOfPostId,
    r.conversationId,
    r.metrics,
    r.hasMetrics,
    r.raw,
    r.matched,
    r.mentioned,
    r.abusive,
    r.severity,
    r.topCategory,
    p.mentions.length,
  ];
  for (const m of p.mentions) out.push(m.personId, m.how);
  for (const l of p.labels) out.push(l.key, l.score, l.severity, l.source, l.explanation);
  return out;
}

/** Fields before the mentions in a packed post. */
const FIXED = 28;

export function unpackPost(v: unknown[]): PreparedPost {
  const author: AccountInput | null =
    v[1] === 0
      ? null
      : {
          platform: v[2] as string,
          platformUserId: v[3] as string,
          handle: v[4] as string | null | undefined,
          displayName: v[5] as string | null | undefined,
          accountCreatedAt: v[6] as string | null | undefined,
          followers: v[7] as number | null | undefined,
        };
  const row: PostRow = {
    platform: v[8] as string,
    platformPostId: v[9] as string,
    text: v[10] as string,
    lang: v[11] as string | null,
    createdAt: v[12] as string,
    url: v[13] as string | null,
    replyToPostId: v[14] as string | null,
    replyToAccountId: v[15] as string | null,
    quoteOfPostId: v[16] as string | null,
    repostOfPostId: v[17] as string | null,
    conversationId: v[18] as string | null,
    metrics: v[19] as string,
    hasMetrics: v[20] as boolean,
    raw: v[21] as string,
    matched: v[22] as 0 | 1,
    mentioned: v[23] as string,
    abusive: v[24] as 0 | 1,
    severity: v[25] as number,
    topCategory: v[26] as string | null,
  };
  const mentionCount = v[27] as number;
  const mentions: { personId: number; how: MentionHow }[] = [];
  let i = FIXED;
  for (let k = 0; k < mentionCount; k++, i += 2)
    mentions.push({ personId: v[i] as number, how: v[i + 1] as MentionHow });
  const labels: MachineLabel[] = [];
  for (; i < v.length; i += 5)
    labels.push({
      key: v[i] as string,
      score: v[i + 1] as number,
      severity: v[i + 2] as number,
      source: v[i + 3] as MachineLabel['source'],
      explanation: v[i + 4] as string,
    });
  return { line: v[0] as number, author, row, mentions, labels };
}

/** The batch to post to the writing thread. */
export function packItem(item: BatchItem): PackedItem {
  return item.kind === 'batch' ? { ...item, posts: item.posts.map(packPost) } : item;
}

/** The batch as the writer uses it. */
export function unpackItem(item: PackedItem): BatchItem {
  return item.kind === 'batch' ? { ...item, posts: item.posts.map(unpackPost) } : item;
}
