/**
 * Tolerant readers for parsed JSON. Real exports drift from the documentation (strings for numbers,
 * numbers for ids, nulls, missing objects), so every read says what it expected and throws a
 * FieldError naming the field when a required value is unusable; the caller turns that into a
 * RecordReject for the one record instead of sinking the whole unit.
 */
import { parseCount } from './numbers';
import { toIsoUtc } from './time';

export type Json = Record<string, unknown>;

/** A required field of one record was missing or malformed; the message is shown to staff. */
export class FieldError extends Error {}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function obj(v: unknown): Json | undefined {
  return isObject(v) ? v : undefined;
}

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/**
 * Does any of the first few items match? Detection looks past a malformed first record, which
 * is one bad post, not a different format.
 */
export function someOf(list: unknown[], test: (item: unknown) => boolean): boolean {
  return list.slice(0, 10).some(test);
}

/** A non-empty string, or a finite number rendered as one (some exports number their handles). */
export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.length > 0 ? v : undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** Free text: empty strings are kept (an empty caption is still a caption), numbers are not text. */
export function text(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** A count from a number, a "1,234"-style string or null. */
export function count(v: unknown): number | undefined {
  return parseCount(v) ?? undefined;
}

/**
 * A 64-bit-safe id. Prefers `${key}_str` (X v1.1 sends both); accepts numbers only while they are
 * exact, because JSON.parse rounds integers beyond 2^53 and a rounded id points at someone else's post.
 */
export function id(o: Json, key: string): string | undefined {
  const s = o[strKey(key)];
  if (typeof s === 'string' && s.length > 0) return s;
  return idValue(o[key], key);
}

// `${key}_str` made once per key: made on every call, it was a new string to hash for each lookup
// (3% of the reading thread's own work, without the classifier, on X API v2 files).
const STR_KEYS = new Map<string, string>();

function strKey(key: string): string {
  let k = STR_KEYS.get(key);
  if (k === undefined) STR_KEYS.set(key, (k = `${key}_str`));
  return k;
}

export function idValue(v: unknown, what: string): string | undefined {
  if (typeof v === 'string') return v.length > 0 ? v : undefined;
  if (typeof v === 'number') {
    if (Number.isSafeInteger(v)) return String(v);
    throw new FieldError(
      `${what} is the JSON number ${v}, beyond 2^53: its exact digits were lost when the file was parsed ` +
        `(expected a string id, or a file read with parseJsonLossless)`,
    );
  }
  return undefined;
}

/** For ids that only enrich a post (mentioned accounts): an unusable one is dropped, not fatal. */
export function optId(o: Json, key: string): string | undefined {
  try {
    return id(o, key);
  } catch {
    return undefined;
  }
}

export function requireId(o: Json, key: string, expected = 'a string id'): string {
  const v = id(o, key);
  if (v === undefined) throw new FieldError(`${key} is ${describe(o[key])} (expected ${expected})`);
  return v;
}

export function requireText(o: Json, key: string): string {
  const v = text(o[key]);
  if (v === undefined)
    throw new FieldError(`${key} is ${describe(o[key])} (expected the post text as a string)`);
  return v;
}

/** A time field as ISO-8601 UTC with milliseconds; `zone` is the assumed zone for zone-less values. */
export function requireTime(o: Json, key: string, zone?: string): string {
  const v = o[key];
  if (v === undefined || v === null || v === '') {
    throw new FieldError(`${key} is ${describe(v)} (expected a date and time)`);
  }
  try {
    return toIsoUtc(v, zone);
  } catch (e) {
    throw new FieldError(`${key}: ${(e as Error).message}`);
  }
}

/** An optional time (account creation and the like): unusable values are dropped, not fatal. */
export function optTime(v: unknown, zone?: string): string | null {
  if (v === undefined || v === null || v === '') return null;
  try {
    return toIsoUtc(v, zone);
  } catch {
    return null;
  }
}

export function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string')
    return v === '' ? 'an empty string' : `the string ${JSON.stringify(v.slice(0, 40))}`;
  return `${typeof v === 'object' ? 'an object' : `the ${typeof v} ${String(v)}`}`;
}
