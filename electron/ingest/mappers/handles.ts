/**
 * @-mentions written in post text, per platform: the pipeline matches these (lower-case, no '@')
 * against the handles of the people we watch. Entities and facets are preferred where a source has
 * them; text extraction catches the rest (and sources that give none). Each pattern refuses an '@'
 * inside a word, so e-mail addresses are not read as mentions.
 */

/** X: 1–15 word characters. */
export function xHandles(text: string): string[] {
  return matches(text, /(?<![\w@])[@＠](\w{1,15})(?!\w|@|…)/g, '@', '＠');
}

/** Bluesky: a domain name (at least one dot), e.g. @alice.bsky.social or @example.org. */
export function blueskyHandles(text: string): string[] {
  return matches(
    text,
    /(?<![\w@.])@((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9])/gi,
    '@',
  );
}

/** Mastodon: @user@domain (remote) — a bare @user is ambiguous across instances and is not returned. */
export function fediverseHandles(text: string): string[] {
  return matches(text, /(?<![\w@])@(\w[\w.-]*@(?:[a-z0-9-]+\.)+[a-z]{2,})/gi, '@');
}

/** Reddit: u/name and /u/name. */
export function redditUsers(text: string): string[] {
  return matches(text, /(?<![\w/])\/?u\/([A-Za-z0-9_-]{3,20})\b/g, 'u/');
}

/** Generic @handle (YouTube, Instagram, TikTok, Facebook): letters, digits, '.', '_', '-'. */
export function atHandles(text: string): string[] {
  return matches(text, /(?<![\w@])@([\w][\w.-]{0,29}[\w]|\w)/g, '@');
}

/**
 * The handles `re` captures, or none at once when the text holds neither `needle` nor `alt` (what every
 * match contains): most posts name nobody, and a regex with look-behind still reads the whole post to
 * find that out.
 */
function matches(text: string, re: RegExp, needle: string, alt?: string): string[] {
  if (!text.includes(needle) && (alt === undefined || !text.includes(alt))) return [];
  const out: string[] = [];
  for (const m of text.matchAll(re)) out.push(m[1]!.replace(/\.+$/, ''));
  return uniqueLower(out);
}

/** Lower-cases, strips a leading '@', drops empties and duplicates, keeps first-seen order. */
export function uniqueLower(handles: Iterable<string | null | undefined>): string[] {
  return uniqueBy(handles, (h) => (h.charCodeAt(0) === 64 ? h.slice(1) : h).toLowerCase());
}

export function unique(values: Iterable<string | null | undefined>): string[] {
  return uniqueBy(values, (v) => v);
}

// A post names a handful of accounts, so a linear check beats building a Set for every post; a record
// with more than a few dozen switches to one, so a pathological file stays linear.
function uniqueBy(values: Iterable<string | null | undefined>, fold: (v: string) => string): string[] {
  const out: string[] = [];
  let seen: Set<string> | null = null;
  for (const raw of values) {
    if (!raw) continue;
    const v = fold(raw);
    if (!v) continue;
    if (seen) {
      if (seen.has(v)) continue;
      seen.add(v);
    } else if (out.includes(v)) continue;
    else if (out.length === 32) seen = new Set([...out, v]);
    out.push(v);
  }
  return out;
}
