/**
 * What every format mapper produces: posts in one shape, whatever the source. Mappers are pure
 * functions (no database); the import pipeline matches mentions and writes.
 */
import type { AccountInput, PostInput } from '../../db/posts';

export interface NormalizedPost {
  /** Everything but the import id, which the pipeline adds. `raw` is the source record as JSON text. */
  post: Omit<PostInput, 'importId'>;
  author: AccountInput | null;
  /** Handles @-mentioned in the text or entities, lower-case, without '@' (for handle matching). */
  mentionedHandles: string[];
  /** Platform account ids mentioned (when the source gives ids, e.g. X entities, Bluesky facets). */
  mentionedAccountIds: string[];
  /** Related records embedded in the same unit (quoted / reposted originals) are separate NormalizedPosts. */
}

/** A record the mapper could not use: the rest of the unit still imports. */
export interface RecordReject {
  /** 0-based index within the unit (e.g. tweet #7 of a page), or undefined for the unit as a whole. */
  index?: number;
  reason: string;
  raw?: string;
}

export interface MapResult {
  posts: NormalizedPost[];
  rejects: RecordReject[];
}

/** How a file is laid out, which decides how the reader splits it into units for the mapper. */
export type Container = 'json' | 'ndjson' | 'csv' | 'js-assignment';

export interface FormatMapper {
  /** Stable name, used by `bulwark import --format NAME` and stored on the import. */
  name: string;
  /** Human name shown in the UI, e.g. "X API v2 (twarc2)". */
  label: string;
  /**
   * Does this parsed unit look like our format? Called on the first unit(s) of a file: for JSON and
   * NDJSON the parsed value, for CSV an object keyed by header, for js-assignment the parsed array.
   */
  detect(unit: unknown): boolean;
  /**
   * Turns one unit into posts. Throwing rejects the whole unit; return rejects for partial problems.
   * `text` is the unit exactly as read when it is one NDJSON line: a mapper whose line is a single post
   * stores it as that post's raw record instead of serialising the parsed value again.
   */
  map(unit: unknown, text?: string): MapResult;
}
