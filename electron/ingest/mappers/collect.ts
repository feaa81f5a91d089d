/**
 * Building NormalizedPosts and gathering them per unit: one post per platform id (a quoted original
 * can arrive both as a result and embedded in another result; the full result wins), and one bad
 * record becomes a RecordReject while the rest of the unit still imports.
 */
import type { AccountInput, Platform } from '../../../db/posts';
import type { MapResult, NormalizedPost, RecordReject } from '../types';
import { describe } from './json-fields';
import { unique, uniqueLower } from './handles';

export interface PostDraft {
  platform: Platform;
  id: string;
  text: string;
  createdAt: string;
  author: AccountInput | null;
  /** The post's own source object; stored as JSON.stringify(raw) unless `rawText` is given. */
  raw: unknown;
  /** The source record exactly as read (a whole NDJSON line), when the post is that whole record. */
  rawText?: string;
  url?: string | null;
  lang?: string | null;
  replyToPostId?: string | null;
  replyToAccountId?: string | null;
  quoteOfPostId?: string | null;
  repostOfPostId?: string | null;
  conversationId?: string | null;
  metrics?: Record<string, number>;
  mentionedHandles?: Iterable<string | null | undefined>;
  mentionedAccountIds?: Iterable<string | null | undefined>;
}

export function normalized(d: PostDraft): NormalizedPost {
  return {
    post: {
      platform: d.platform,
      platformPostId: d.id,
      text: d.text,
      createdAt: d.createdAt,
      lang: d.lang ?? null,
      url: d.url ?? null,
      replyToPostId: d.replyToPostId ?? null,
      replyToAccountId: d.replyToAccountId ?? null,
      quoteOfPostId: d.quoteOfPostId ?? null,
      repostOfPostId: d.repostOfPostId ?? null,
      conversationId: d.conversationId ?? null,
      metrics: d.metrics ?? {},
      raw: d.rawText ?? JSON.stringify(d.raw),
    },
    author: d.author,
    mentionedHandles: uniqueLower(d.mentionedHandles ?? []),
    mentionedAccountIds: unique(d.mentionedAccountIds ?? []),
  };
}

export class Collector {
  private readonly byKey = new Map<string, { post: NormalizedPost; embedded: boolean }>();
  private readonly rejects: RecordReject[] = [];

  /** `embedded`: a copy found inside another record (quoted/reposted original, thread context). */
  add(p: NormalizedPost, embedded = false): void {
    const key = `${p.post.platform}\u0000${p.post.platformPostId}`;
    const existing = this.byKey.get(key);
    if (!existing || (existing.embedded && !embedded)) this.byKey.set(key, { post: p, embedded });
  }

  /**
   * Runs the mapping of one record; whatever goes wrong inside becomes a reject naming the record,
   * so a single malformed post does not sink its page.
   */
  record(index: number | undefined, what: string, raw: unknown, fn: () => void): void {
    try {
      fn();
    } catch (e) {
      this.reject(index, `${what}: ${(e as Error).message}`, raw);
    }
  }

  reject(index: number | undefined, reason: string, raw?: unknown): void {
    const r: RecordReject = { reason };
    if (index !== undefined) r.index = index;
    if (raw !== undefined) r.raw = JSON.stringify(raw);
    this.rejects.push(r);
  }

  result(): MapResult {
    return { posts: [...this.byKey.values()].map((v) => v.post), rejects: this.rejects };
  }
}

/** The error for a unit a mapper was asked to read but cannot use at all (e.g. a forced --format). */
export function unitError(mapper: string, expected: string, unit: unknown): Error {
  return new Error(`${mapper}: expected ${expected}, got ${describe(unit)}`);
}

/** "tweet #3 (id 123)" — how rejects name a record so staff can find it in the file. */
export function label(kind: string, index: number | undefined, recordId?: string): string {
  const at = index === undefined ? kind : `${kind} #${index}`;
  return recordId ? `${at} (id ${recordId})` : at;
}
