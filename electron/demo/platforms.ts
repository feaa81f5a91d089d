/**
 * Platform-shaped ids, URLs and raw records. Importers, evidence packs and "open on platform" links are
 * all written against real formats, so the demo mimics them: X snowflakes, Bluesky at-URIs with TID
 * record keys, Mastodon snowflakes, Graph API "page_post" ids, Reddit fullnames, YouTube comment ids,
 * Instagram media ids with shortcodes, TikTok 19-digit ids. Raw records are trimmed to the fields an
 * importer would read.
 */
import { buildBluesky, buildMastodon, buildX } from './microblogs';
import { buildFacebook, buildInstagram, buildReddit, buildTikTok, buildYouTube } from './networks';
import type { BuildInput, BuiltPost } from './shapes';

export type { Author, BuildInput, BuiltPost, Metrics, ParentRef } from './shapes';
export { bigDecimal } from './ids';

export function buildPost(p: BuildInput): BuiltPost {
  switch (p.platform) {
    case 'x':
      return buildX(p);
    case 'bluesky':
      return buildBluesky(p);
    case 'mastodon':
      return buildMastodon(p);
    case 'facebook':
      return buildFacebook(p);
    case 'instagram':
      return buildInstagram(p);
    case 'youtube':
      return buildYouTube(p);
    case 'tiktok':
      return buildTikTok(p);
    case 'reddit':
      return buildReddit(p);
  }
}
