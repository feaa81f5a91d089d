/**
 * How large one record, one post and one batch may be. An import writes on a worker thread with a
 * capped heap (jobs/registry.ts), and V8 enforces a cap by stopping the thread only when the heap fills
 * with many small objects: one string larger than what is left aborts the whole process, the app with
 * it (nodejs/node#47224). So nothing the reader hands on may be unboundedly large. Real
 * records are far below these: an X API v2 page of 100 posts with its includes is 1–3 MB, and no
 * platform allows a post longer than 63,206 characters (Facebook).
 */

/** One NDJSON line, JSON array element or CSV row: larger ones are rejected, unread. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** One post's text. */
export const MAX_POST_TEXT_CHARS = 1_000_000;

/** A batch is handed over at 2,000 posts or at this many characters of text and raw records. */
export const MAX_BATCH_CHARS = 8 * 1024 * 1024;

/** "16.0 MB": sizes in messages. */
export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
