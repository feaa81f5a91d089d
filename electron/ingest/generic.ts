/**
 * Generic CSV / TSV / NDJSON: the user says which column holds what (`--map COL=FIELD`, or the Import
 * screen's mapping step). Mappings are remembered per header signature, so the next export from the
 * same tool imports without asking again.
 */
import crypto from 'node:crypto';
import type { DB } from '../../db/connection';
import { PLATFORMS } from '../../db/posts';
import { getSetting, setSetting } from '../../db/settings';
import { uniqueLower, atHandles } from './mappers/handles';
import { parseCount } from './mappers/numbers';
import { toIsoUtc } from './mappers/time';
import type { FormatMapper, MapResult } from './types';

export const GENERIC_FIELDS = {
  id: 'Post id (required)',
  text: 'Post text (required)',
  created_at: 'Time posted (required)',
  platform: 'Platform name (x, bluesky, mastodon, facebook, instagram, youtube, tiktok, reddit)',
  author_id: 'Author account id',
  author_handle: 'Author handle',
  author_name: 'Author display name',
  url: 'Link to the post',
  reply_to_id: 'Id of the post replied to',
  reply_to_author_id: 'Account id replied to',
  quote_of_id: 'Id of the post quoted',
  repost_of_id: 'Id of the post reposted',
  lang: 'Language code',
  likes: 'Like count',
  reposts: 'Repost / share count',
  replies: 'Reply / comment count',
  views: 'View count',
} as const;
export type GenericField = keyof typeof GENERIC_FIELDS;
/** Source column (or dotted JSON path) for each field. */
export type ColumnMapping = Partial<Record<GenericField, string>>;

const REQUIRED: GenericField[] = ['id', 'text', 'created_at'];

/** Common column names per field, for a first guess the user confirms. */
const GUESSES: Record<GenericField, string[]> = {
  id: ['id', 'post id', 'post_id', 'tweet id', 'tweet_id', 'status id', 'message id', 'uid'],
  text: ['text', 'message', 'body', 'content', 'full_text', 'post text', 'tweet', 'snippet', 'description'],
  created_at: [
    'created_at',
    'created',
    'date',
    'time',
    'timestamp',
    'post created',
    'published',
    'posted at',
    'datetime',
  ],
  platform: ['platform', 'network', 'source', 'site'],
  author_id: ['author_id', 'author id', 'user_id', 'user id', 'account id'],
  author_handle: ['author', 'username', 'user', 'handle', 'screen_name', 'author handle', 'user name'],
  author_name: ['name', 'display name', 'author name', 'display_name', 'full name'],
  url: ['url', 'link', 'permalink', 'post url'],
  reply_to_id: ['in_reply_to', 'in_reply_to_status_id', 'reply_to', 'parent_id', 'reply to'],
  reply_to_author_id: ['in_reply_to_user_id', 'reply_to_user'],
  quote_of_id: ['quoted_status_id', 'quote_of'],
  repost_of_id: ['retweeted_status_id', 'repost_of'],
  lang: ['lang', 'language'],
  likes: ['likes', 'like_count', 'favorite_count', 'favourites'],
  reposts: ['reposts', 'retweets', 'retweet_count', 'shares'],
  replies: ['replies', 'reply_count', 'comments'],
  views: ['views', 'view_count', 'impressions'],
};

export function suggestMapping(header: string[]): ColumnMapping {
  const out: ColumnMapping = {};
  const lower = new Map(header.map((h) => [h.toLowerCase().trim(), h]));
  for (const [field, names] of Object.entries(GUESSES) as [GenericField, string[]][]) {
    const hit = names.find((n) => lower.has(n));
    if (hit) out[field] = lower.get(hit)!;
  }
  return out;
}

/** Checks a mapping against the file's columns; returns problems a person can act on. */
export function mappingProblems(mapping: ColumnMapping, header: string[] | null): string[] {
  const problems: string[] = [];
  for (const f of REQUIRED)
    if (!mapping[f]) problems.push(`no column is mapped to "${f}" (${GENERIC_FIELDS[f]})`);
  for (const [field, col] of Object.entries(mapping)) {
    if (!(field in GENERIC_FIELDS))
      problems.push(
        `"${field}" is not a Bulwark field; use one of ${Object.keys(GENERIC_FIELDS).join(', ')}`,
      );
    else if (header && col && !header.includes(col) && !col.includes('.'))
      problems.push(
        `column "${col}" (for ${field}) is not in the file; its columns are: ${header.join(', ')}`,
      );
  }
  return problems;
}

export function headerSignature(header: string[]): string {
  return crypto
    .createHash('sha256')
    .update(
      header
        .map((h) => h.trim().toLowerCase())
        .sort()
        .join('\u0000'),
    )
    .digest('hex')
    .slice(0, 16);
}

export function rememberedMapping(db: DB, header: string[]): ColumnMapping | null {
  return getSetting<ColumnMapping | null>(db, `import.mapping.${headerSignature(header)}`, null);
}

export function rememberMapping(db: DB, header: string[], mapping: ColumnMapping): void {
  setSetting(db, `import.mapping.${headerSignature(header)}`, mapping);
}

function pick(unit: Record<string, unknown>, path: string | undefined): unknown {
  if (!path) return undefined;
  if (path in unit) return unit[path];
  let cur: unknown = unit;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function str(v: unknown): string | null {
  if (v === undefined || v === null) return null;
  const s = String(v).trim();
  return s.length ? s : null;
}

export function createGenericMapper(mapping: ColumnMapping, defaultPlatform = 'x'): FormatMapper {
  return {
    name: 'generic',
    label: 'CSV / TSV / NDJSON with a column mapping',
    detect: () => true,
    map(unit): MapResult {
      if (unit === null || typeof unit !== 'object' || Array.isArray(unit)) {
        throw new Error('expected one record (a CSV row or a JSON object per line)');
      }
      const u = unit as Record<string, unknown>;
      const id = str(pick(u, mapping.id));
      const text = pick(u, mapping.text);
      const when = pick(u, mapping.created_at);
      if (!id) throw new Error(`the "${mapping.id}" column (post id) is empty`);
      if (text === undefined || text === null)
        throw new Error(`the "${mapping.text}" column (text) is missing`);
      let createdAt: string;
      try {
        createdAt = toIsoUtc(when, 'UTC');
      } catch {
        throw new Error(
          `the "${mapping.created_at}" column has "${String(when)}", which is not a date and time`,
        );
      }
      const platform = (str(pick(u, mapping.platform))?.toLowerCase() ?? defaultPlatform).replace(
        /^twitter$/,
        'x',
      );
      if (!(PLATFORMS as string[]).includes(platform))
        throw new Error(`unknown platform "${platform}"; expected one of ${PLATFORMS.join(', ')}`);
      const handle = str(pick(u, mapping.author_handle))?.replace(/^@/, '') ?? null;
      const authorId = str(pick(u, mapping.author_id)) ?? handle;
      const metrics: Record<string, number> = {};
      for (const m of ['likes', 'reposts', 'replies', 'views'] as const) {
        const n = parseCount(pick(u, mapping[m]));
        if (n !== null) metrics[m] = n;
      }
      const body = String(text);
      return {
        posts: [
          {
            post: {
              platform,
              platformPostId: id,
              text: body,
              createdAt,
              lang: str(pick(u, mapping.lang)),
              url: str(pick(u, mapping.url)),
              replyToPostId: str(pick(u, mapping.reply_to_id)),
              replyToAccountId: str(pick(u, mapping.reply_to_author_id)),
              quoteOfPostId: str(pick(u, mapping.quote_of_id)),
              repostOfPostId: str(pick(u, mapping.repost_of_id)),
              metrics,
              raw: JSON.stringify(unit),
            },
            author: authorId
              ? { platform, platformUserId: authorId, handle, displayName: str(pick(u, mapping.author_name)) }
              : null,
            mentionedHandles: uniqueLower(atHandles(body)),
            mentionedAccountIds: [],
          },
        ],
        rejects: [],
      };
    },
  };
}
