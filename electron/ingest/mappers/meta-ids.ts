/**
 * Facebook and Instagram post ids as the Graph API writes them, recovered from post URLs: CrowdTangle
 * CSV exports give a URL per post but no post id. Facebook: PAGEID_POSTID. Instagram: the media id
 * the URL's shortcode encodes (base64url of the number).
 */

const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The post part of a Facebook post URL (/posts/N, /videos/N, /photos/a.B/N, permalink.php?story_fbid=N). */
export function facebookPostPart(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const m =
    /[?&]story_fbid=(\d+)/.exec(url) ??
    /\/(?:posts|videos|photos(?:\/[^/]+)?|permalink)\/(\d+)/.exec(url) ??
    /[?&]fbid=(\d+)/.exec(url);
  return m?.[1];
}

export function instagramShortcode(url: string | undefined): string | undefined {
  return url ? /instagram\.com\/(?:[^/]+\/)?(?:p|reel|tv)\/([A-Za-z0-9_-]+)/.exec(url)?.[1] : undefined;
}

/** Shortcodes decode exactly with BigInt; private-post shortcodes are longer and are not media ids. */
export function instagramMediaId(shortcode: string): string | undefined {
  if (shortcode.length > 12) return undefined;
  let n = 0n;
  for (const ch of shortcode) {
    const v = B64URL.indexOf(ch);
    if (v < 0) return undefined;
    n = n * 64n + BigInt(v);
  }
  return n.toString();
}
