/**
 * Questions about a token's spelling in the original post (capitals, a "#" before it), which the
 * normalised tokens no longer show. Kept free of imports so both context.ts and the rules can use it.
 */

/** A capital then a lower-case letter at offset s: "Briggs" yes; "NHS", "I", "MP" no. */
export function capitalisedAt(original: string, s: number): boolean {
  const c0 = original.charCodeAt(s);
  const c1 = original.charCodeAt(s + 1);
  return c0 >= 65 && c0 <= 90 && c1 >= 97 && c1 <= 122;
}

/** The word at offset s is a hashtag's: "#Schools", "#Rape". */
export function hashtagAt(original: string, s: number): boolean {
  return s > 0 && original.charCodeAt(s - 1) === 35;
}
