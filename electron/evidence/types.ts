/**
 * Everything an evidence pack says, gathered from the database once (collect.ts) and then only read by
 * the writers (HTML, PDF, CSV, JSONL, manifest). Keeping the writers pure is what makes two exports of
 * the same case byte-identical: nothing in them reads a clock, a random source or the database.
 */
import type { RedactOption } from '../api/types';

export interface PackLabel {
  category: string;
  categoryName: string;
  source: 'rule' | 'model' | 'human';
  score: number;
  severity: number;
  classifierVersion: string;
}

export interface PackReviewEntry {
  at: string;
  reviewer: string;
  action: string;
  status: string;
  category: string | null;
  note: string | null;
}

export interface PackImport {
  id: number;
  fileName: string;
  fileSha256: string | null;
  importedAt: string;
  format: string | null;
}

export interface PackPost {
  /** Row id in the database that made the pack (for cross-reference only). */
  id: number;
  platform: string;
  platformPostId: string;
  url: string | null;
  createdAt: string;
  lang: string | null;
  /** Verbatim, as imported (or redacted, when the pack is redacted). */
  text: string;
  authorHandle: string | null;
  authorName: string | null;
  authorId: string | null;
  replyToPostId: string | null;
  abusive: boolean;
  severity: number;
  topCategory: string | null;
  topCategoryName: string | null;
  reviewStatus: string;
  labels: PackLabel[];
  /** Review decisions and notes, oldest first. */
  reviews: PackReviewEntry[];
  /** People we monitor that the post mentions or replies to. */
  mentions: string[];
  importId: number | null;
  addedToCase: { at: string; by: string | null; note: string | null } | null;
  /** The source record exactly as imported, and the SHA-256 stored when it was imported. */
  raw: string;
  storedRawSha256: string;
  campaigns: string[];
}

export interface PackCategory {
  key: string;
  name: string;
  colour: string;
  isAbuse: boolean;
  severity: number;
}

export interface PackCaseEvent {
  at: string;
  actor: string;
  kind: string;
  text: string;
}

export interface PackCase {
  id: number | null;
  title: string;
  person: string | null;
  status: string;
  references: { kind: string; platform: string | null; reference: string; dated: string | null }[];
  notes: string | null;
  createdAt: string | null;
  createdBy: string | null;
  campaign: string | null;
  timeline: PackCaseEvent[];
  /** How the posts were chosen, in words (a filter), if they were. */
  selection: string | null;
}

export interface PackCampaign {
  id: string;
  kind: string;
  label: string;
  posts: number;
  accounts: number;
}

export interface PackData {
  case: PackCase;
  preparedBy: string;
  posts: PackPost[];
  categories: PackCategory[];
  imports: PackImport[];
  campaigns: PackCampaign[];
  appVersion: string;
  /** Every classifier version behind the labels in this pack. */
  classifierVersions: string[];
  /** Handles of the people Bulwark monitors (kept when other handles are redacted). */
  monitoredHandles: string[];
}

export interface RedactionSummary {
  options: RedactOption[];
  handlesReplaced: number;
  reviewersReplaced: number;
  description: string[];
}
