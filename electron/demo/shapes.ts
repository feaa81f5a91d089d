/**
 * What the platform builders take and return: a post's author, its parent (for replies), engagement
 * numbers, and the platform-shaped id, URL and raw record that come back.
 */
import type { Platform } from '../../db/posts';
import type { Rng } from './rng';

export interface Author {
  platformUserId: string;
  handle: string;
  displayName: string;
}

/** A post other posts can reply to (the cast's own posts), as the children need to cite it. */
export interface ParentRef {
  platform: Platform;
  platformPostId: string;
  url: string;
  authorUserId: string;
  authorHandle: string;
  conversationId: string | null;
  /** Platform-specific handle children need: video id, shortcode, reddit link path, Facebook post part, CID. */
  extra: string;
}

export type Metrics = {
  likes: number;
  reposts: number;
  replies: number;
};

export interface BuiltPost {
  platformPostId: string;
  url: string;
  raw: string;
  conversationId: string | null;
  replyToPostId: string | null;
  replyToAccountId: string | null;
  quoteOfPostId: string | null;
  extra: string;
}

export interface BuildInput {
  platform: Platform;
  seq: number;
  ms: number;
  /** new Date(ms).toISOString(), computed once per post by the caller. */
  at: string;
  author: Author;
  text: string;
  parent: ParentRef | null;
  quote: ParentRef | null;
  metrics: Metrics;
  /** Root posts by the cast: videos, page posts, submissions rather than comments. */
  own: boolean;
  rng: Rng;
}

export function replyFields(parent: ParentRef | null) {
  return {
    replyToPostId: parent ? parent.platformPostId : null,
    replyToAccountId: parent ? parent.authorUserId : null,
  };
}
