/**
 * CrowdTangle CSV exports, one row per post (the reader gives each row keyed by its trimmed header).
 * Facebook exports name pages ("Page Name", "Facebook Id"); Instagram exports name accounts
 * ("Account", "Handle"/"User Name", "Photo"). Numbers are locale-formatted and times carry a zone
 * abbreviation ("2021-03-01 12:34:56 EST"), as the exporting user's settings wrote them.
 */
import type { Platform } from '../../../db/posts';
import type { FormatMapper, MapResult, NormalizedPost } from '../types';
import { Collector, label, normalized, unitError } from './collect';
import { atHandles } from './handles';
import { FieldError, count, isObject, optTime, str, text } from './json-fields';
import type { Json } from './json-fields';
import { toIsoUtc } from './time';
import { metrics } from './numbers';
import { facebookPostPart, instagramMediaId, instagramShortcode } from './meta-ids';

function platformOf(row: unknown): Platform | undefined {
  if (!isObject(row) || !('Post Created' in row || 'Post Created Date' in row) || !('URL' in row))
    return undefined;
  if ('Facebook Id' in row || 'Page Name' in row) return 'facebook';
  if ('Account' in row && ('Handle' in row || 'User Name' in row)) return 'instagram';
  return undefined;
}

export const crowdtangleCsvMapper: FormatMapper = {
  name: 'crowdtangle-csv',
  label: 'CrowdTangle CSV export (Facebook, Instagram)',
  detect: (unit) => platformOf(unit) !== undefined,
  map(unit: unknown): MapResult {
    const platform = platformOf(unit);
    if (!platform)
      throw unitError(
        'crowdtangle-csv',
        'a CrowdTangle CSV row (Post Created, URL, Page Name or Account)',
        unit,
      );
    const row = unit as Json;
    const out = new Collector();
    out.record(0, label('row', undefined, str(row.URL)), row, () => out.add(mapRow(row, platform)));
    return out.result();
  },
};

function cell(row: Json, ...names: string[]): string | undefined {
  for (const n of names) {
    const v = str(row[n])?.trim();
    if (v) return v;
  }
  return undefined;
}

/** "Post Created" whole, or the date and time columns joined; both carry the export's zone. */
function createdAt(row: Json): string {
  const whole = cell(row, 'Post Created');
  const joined = [cell(row, 'Post Created Date'), cell(row, 'Post Created Time')].filter(Boolean).join(' ');
  const value = whole ?? joined;
  if (!value) throw new FieldError('Post Created is empty (expected e.g. "2021-03-01 12:34:56 EST")');
  try {
    return toIsoUtc(value);
  } catch (e) {
    throw new FieldError(`Post Created: ${(e as Error).message}`);
  }
}

function mapRow(row: Json, platform: Platform): NormalizedPost {
  const url = cell(row, 'URL');
  if (!url)
    throw new FieldError('URL is empty (expected the post URL, the only post identifier in the export)');
  const created = createdAt(row);
  const followers = count(cell(row, 'Followers at Posting', 'Likes at Posting', 'Page Likes at Posting'));
  if (platform === 'facebook') {
    const pageId = cell(row, 'Facebook Id');
    const part = facebookPostPart(url);
    const message = text(row.Message) ?? '';
    return normalized({
      platform,
      id: pageId && part ? `${pageId}_${part}` : url,
      text: message,
      createdAt: created,
      author: pageId
        ? {
            platform,
            platformUserId: pageId,
            handle: cell(row, 'User Name') ?? null,
            displayName: cell(row, 'Page Name') ?? null,
            accountCreatedAt: optTime(cell(row, 'Page Created')),
            followers: followers ?? null,
          }
        : null,
      raw: row,
      url,
      metrics: metrics({
        likes: cell(row, 'Likes'),
        replies: cell(row, 'Comments'),
        reposts: cell(row, 'Shares'),
        love: cell(row, 'Love'),
        wow: cell(row, 'Wow'),
        haha: cell(row, 'Haha'),
        sad: cell(row, 'Sad'),
        angry: cell(row, 'Angry'),
        care: cell(row, 'Care'),
        interactions: cell(row, 'Total Interactions'),
        views: cell(row, 'Post Views', 'Total Views'),
      }),
      mentionedHandles: atHandles(message),
    });
  }
  const handle = cell(row, 'Handle', 'User Name');
  const shortcode = instagramShortcode(url);
  const mediaId = shortcode ? instagramMediaId(shortcode) : undefined;
  const accountId = cell(row, 'Instagram Id', 'Account Id');
  // The caption is "Description" in Instagram exports; "Title" only for IGTV videos.
  const caption = text(row.Description) || text(row.Title) || text(row.Message) || '';
  return normalized({
    platform,
    id: mediaId ? (accountId ? `${mediaId}_${accountId}` : mediaId) : url,
    text: caption,
    createdAt: created,
    author: handle
      ? {
          platform,
          platformUserId: accountId ?? handle,
          handle,
          displayName: cell(row, 'Account') ?? null,
          followers: followers ?? null,
        }
      : null,
    raw: row,
    url,
    metrics: metrics({
      likes: cell(row, 'Likes'),
      replies: cell(row, 'Comments'),
      views: cell(row, 'Views', 'Post Views'),
      interactions: cell(row, 'Total Interactions'),
    }),
    mentionedHandles: atHandles(caption),
  });
}
