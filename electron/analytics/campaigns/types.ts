/** What a detector reports before members are checked, scored, merged and saved. */
export type CampaignKind = 'coposting' | 'hashtag' | 'link' | 'pileon';

export const CAMPAIGN_KINDS: readonly CampaignKind[] = ['coposting', 'hashtag', 'link', 'pileon'];

export interface Candidate {
  kind: CampaignKind;
  personId: number;
  /** Corpus indexes of the posts, in time order. */
  members: number[];
  /** The hashtag or link, or '' (co-posting labels are filled from a sample post's text). */
  label: string;
  /** Pile-ons: (platform, platform post id) of the post replied to. */
  target: { platform: string; platformPostId: string } | null;
  /** Detector-specific measurements, shown as "why this was flagged". */
  signals: Record<string, number | string>;
}

/** A candidate with its accounts checked and its score worked out, ready to merge and save. */
export interface Detected extends Candidate {
  postIds: number[];
  platform: string;
  startMs: number;
  endMs: number;
  accounts: { accountId: number; posts: number; isNew: boolean; lowHistory: boolean }[];
  newShare: number;
  lowHistoryShare: number;
  abusiveShare: number;
  score: number;
  targetPostId: number | null;
}
