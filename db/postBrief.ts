/**
 * The short form of a post that campaign and spike pages list: who wrote it, when, its verdict. One
 * column list so every such list reads the same fields under the same names (posts `p`, accounts `a`).
 */
export interface PostBriefRow {
  id: number;
  platform: string;
  platformPostId: string;
  createdAt: string;
  text: string;
  url: string | null;
  accountId: number | null;
  handle: string | null;
  displayName: string | null;
  abusive: number;
  severity: number;
  topCategory: string | null;
  reviewStatus: string;
}

export const POST_BRIEF_COLUMNS = `p.id, p.platform, p.platform_post_id AS platformPostId, p.created_at AS createdAt,
  p.text, p.url, p.account_id AS accountId, a.handle, a.display_name AS displayName, p.abusive, p.severity,
  p.top_category AS topCategory, p.review_status AS reviewStatus`;
