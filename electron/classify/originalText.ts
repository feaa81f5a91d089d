/**
 * Questions about a token's spelling in the original post (capitals, a "#" before it), which the
 * normalised tokens no longer show. Kept free of imports so both context.ts and the rules can use it.
 */

// Offsets are tested before they are read: charCodeAt past either end gives NaN (which fails every
// test here), but after one such read V8 stops inlining the call and goes through the runtime for
// every later one.

/** A capital then a lower-case letter at offset s: "Briggs" yes; "NHS", "I", "MP" no. */
export function capitalisedAt(original: string, s: number): boolean {
  if (s < 0 || s + 1 >= original.length) return false;
  const c0 = original.charCodeAt(s);
  const c1 = original.charCodeAt(s + 1);
  return c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122;
}

/** The word at offset s is a hashtag's: "#Schools", "#Rape". */
export function hashtagAt(original: string, s: number): boolean {
  return s > 0 && s <= original.length && original.charCodeAt(s - 1) === 35;
}
