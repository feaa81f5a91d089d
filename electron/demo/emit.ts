/**
 * Writes one planned post: platform-shaped ids and raw record, the posts row (through PostWriter, like
 * any importer), its mentions and its demo_truth row. Everything that differs per post is decided before
 * this point except metrics and ids, so the plan stays small.
 */
import type { DB } from '../../db/connection';
import type { Platform, PostWriter } from '../../db/posts';
import type { CategoryKey } from './categories';
import { buildPost, type Author, type BuiltPost, type Metrics, type ParentRef } from './platforms';
import type { Rng } from './rng';
import type { Threads } from './threads';

export type How = 'handle' | 'reply' | 'name' | 'alias';

export interface Mention {
  personId: number;
  how: How;
}

export interface PostPlan {
  ms: number;
  platform: Platform;
  author: Author & { dbId: number; followers: number };
  text: string;
  truth: CategoryKey;
  campaign: string | null;
  parent: ParentRef | null;
  quote: ParentRef | null;
  mentions: Mention[];
  /** Cast index when a person posts themselves: the post becomes something others can reply to. */
  ownBy: number | null;
}

export interface Written {
  id: number;
  built: BuiltPost;
  ref: ParentRef | null;
}

/** demo_truth rows per multi-row INSERT: one statement instead of 256 saves most of the per-call cost. */
const TRUTH_CHUNK = 256;

export class Emitter {
  private seq = 0;
  private readonly truth;
  private readonly truthChunk;
  private readonly pending: (number | string | null)[] = [];

  constructor(
    db: DB,
    private readonly writer: PostWriter,
    private readonly threads: Threads,
    private readonly rng: Rng,
  ) {
    // No db/ helper exists for demo_truth: it is the demo's own table, written only from here.
    this.truth = db.prepare('INSERT INTO demo_truth (post_id, intended_category, campaign) VALUES (?, ?, ?)');
    this.truthChunk = db.prepare(
      `INSERT INTO demo_truth (post_id, intended_category, campaign) VALUES ${Array(TRUTH_CHUNK).fill('(?, ?, ?)').join(', ')}`,
    );
  }

  /** Writes buffered demo_truth rows; call before every COMMIT. */
  flush(): void {
    const p = this.pending;
    for (let i = 0; i < p.length; i += 3) this.truth.run(p[i], p[i + 1], p[i + 2]);
    p.length = 0;
  }

  emit(plan: PostPlan): Written {
    const seq = ++this.seq;
    const metrics = this.metrics(plan);
    const at = new Date(plan.ms).toISOString();
    const built = buildPost({
      platform: plan.platform,
      seq,
      ms: plan.ms,
      at,
      author: plan.author,
      text: plan.text,
      parent: plan.parent,
      quote: plan.quote,
      metrics,
      own: plan.ownBy !== null,
      rng: this.rng,
    });
    const res = this.writer.post(
      {
        platform: plan.platform,
        platformPostId: built.platformPostId,
        text: plan.text,
        createdAt: at,
        lang: 'en',
        url: built.url,
        replyToPostId: built.replyToPostId,
        replyToAccountId: built.replyToAccountId,
        quoteOfPostId: built.quoteOfPostId,
        conversationId: built.conversationId,
        metrics,
        raw: built.raw,
      },
      plan.author.dbId,
      plan.mentions.length > 0,
    );
    // Ids embed a running number, so a duplicate means a generator bug, not a re-import.
    if (!res.inserted)
      throw new Error(`demo generated a duplicate post id ${plan.platform}:${built.platformPostId}`);
    for (const m of plan.mentions) this.writer.mention(res.id, m.personId, m.how);
    this.pending.push(res.id, plan.truth, plan.campaign);
    if (this.pending.length === TRUTH_CHUNK * 3) {
      this.truthChunk.run(this.pending);
      this.pending.length = 0;
    }
    let ref: ParentRef | null = null;
    if (plan.ownBy !== null) {
      ref = {
        platform: plan.platform,
        platformPostId: built.platformPostId,
        url: built.url,
        authorUserId: plan.author.platformUserId,
        authorHandle: plan.author.handle,
        conversationId: built.conversationId,
        extra: built.extra,
      };
      this.threads.add(plan.ownBy, plan.platform, ref, plan.ms);
    }
    return { id: res.id, built, ref };
  }

  /** Heavy-tailed engagement that grows with the author's audience; the cast's own posts draw most. */
  private metrics(plan: PostPlan): Metrics {
    const r = this.rng;
    const reach = Math.log1p(plan.author.followers);
    if (plan.ownBy !== null) {
      const likes = Math.floor(Math.exp(reach * 0.6 + 0.8 * r.normal()));
      return {
        likes,
        reposts: Math.floor(likes * 0.2 * r.next()),
        replies: Math.floor(likes * 0.1 * r.next()) + 1,
      };
    }
    const likes = Math.max(0, Math.floor(Math.exp(reach * 0.3 - 0.6 + 1.2 * r.normal())) - 1);
    return { likes, reposts: Math.floor(likes * 0.3 * r.next()), replies: Math.floor(3 * r.next() ** 3) };
  }
}
