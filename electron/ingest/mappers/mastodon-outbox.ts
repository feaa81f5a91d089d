/**
 * The Mastodon account export's `outbox.json`: an ActivityStreams OrderedCollection of the owner's
 * activities. Create → the Note (or Question/Article) it carries; Announce → a repost of the object
 * URI. The export holds URIs, not API ids, so a post id is the status number from a Mastodon URI
 * (…/users/NAME/statuses/ID — the same number the owner's instance API uses) or else the whole URI;
 * accounts are identified by their actor URI, the only id the export gives.
 */
import type { FormatMapper, MapResult, NormalizedPost } from '../types';
import { Collector, label, normalized, unitError } from './collect';
import { fediverseHandles } from './handles';
import { arr, FieldError, isObject, obj, requireTime, someOf, str } from './json-fields';
import type { Json } from './json-fields';
import { hostOf, statusText } from './mastodon-status';

const STATUS_URI = /^(https?:\/\/[^/]+\/users\/[^/]+)\/statuses\/(\d+)(?:\/activity)?$/;
const NOTE_TYPES = new Set(['Note', 'Question', 'Article', 'Page']);

function isOutbox(unit: unknown): unit is Json {
  if (
    !isObject(unit) ||
    !/^OrderedCollection(Page)?$/.test(String(unit.type)) ||
    !Array.isArray(unit.orderedItems)
  ) {
    return false;
  }
  const items = unit.orderedItems as unknown[];
  if (items.length === 0) return /outbox/i.test(String(unit.id));
  return someOf(items, (a) => isObject(a) && /^(Create|Announce)$/.test(String(a.type)));
}

export function postIdOf(uri: string): string {
  return STATUS_URI.exec(uri)?.[2] ?? uri;
}

/** https://host/users/alice → alice@host; other servers' actor URLs end in the name too. */
function handleOfActor(actor: string | undefined): string | null {
  if (!actor) return null;
  const host = hostOf(actor);
  const name = /\/(?:users\/|@|u\/|profile\/)?([^/@]+)\/?$/.exec(actor)?.[1];
  return host && name ? `${name}@${host}` : null;
}

function uriOf(v: unknown): string | undefined {
  return str(v) ?? str(obj(v)?.id);
}

export const mastodonOutboxMapper: FormatMapper = {
  name: 'mastodon-outbox',
  label: 'Mastodon account export (outbox.json)',
  detect: isOutbox,
  map(unit: unknown): MapResult {
    if (!isOutbox(unit))
      throw unitError('mastodon-outbox', "an ActivityStreams OrderedCollection with 'orderedItems'", unit);
    const out = new Collector();
    (unit.orderedItems as unknown[]).forEach((activity, i) => {
      out.record(i, label('activity', i, isObject(activity) ? str(activity.id) : undefined), activity, () => {
        if (!isObject(activity)) throw new Error('not an object (expected a Create or Announce activity)');
        const post =
          activity.type === 'Announce'
            ? mapAnnounce(activity)
            : activity.type === 'Create'
              ? mapCreate(activity)
              : null;
        if (post) out.add(post);
      });
    });
    return out.result();
  },
};

function author(actorUri: string | undefined) {
  if (!actorUri) throw new FieldError('actor is missing (expected the account URI)');
  return { platform: 'mastodon', platformUserId: actorUri, handle: handleOfActor(actorUri) };
}

function mapCreate(activity: Json): NormalizedPost | null {
  const note = obj(activity.object);
  if (!note) throw new FieldError('object is missing (expected the Note the activity creates)');
  if (!NOTE_TYPES.has(String(note.type))) return null;
  const uri = str(note.id);
  if (!uri) throw new FieldError('object.id is missing (expected the status URI)');
  const actor = uriOf(activity.actor) ?? str(note.attributedTo);
  const contentMap = obj(note.contentMap);
  const html = str(note.content) ?? str(Object.values(contentMap ?? {})[0]);
  if (html === undefined) throw new FieldError('object.content is missing (expected the HTML of the post)');
  const body = statusText(html, str(note.summary));
  const parent = str(note.inReplyTo) ?? str(obj(note.inReplyTo)?.id);
  const handles: string[] = [];
  const ids: string[] = [];
  for (const tag of arr(note.tag)) {
    if (!isObject(tag) || tag.type !== 'Mention') continue;
    const name = str(tag.name)?.replace(/^@/, '');
    const href = str(tag.href);
    if (name) handles.push(name.includes('@') ? name : `${name}@${hostOf(href) ?? hostOf(uri) ?? ''}`);
    if (href) ids.push(href);
  }
  handles.push(...fediverseHandles(body));
  const quote = str(note.quote) ?? str(note.quoteUri) ?? str(note.quoteUrl) ?? str(note._misskey_quote);
  return normalized({
    platform: 'mastodon',
    id: postIdOf(uri),
    text: body,
    createdAt: requireTime('published' in note ? note : activity, 'published'),
    author: author(actor),
    raw: activity,
    url: str(note.url) ?? str(obj(note.url)?.href) ?? uri,
    lang: Object.keys(contentMap ?? {})[0] ?? null,
    replyToPostId: parent ? postIdOf(parent) : null,
    replyToAccountId: parent ? (STATUS_URI.exec(parent)?.[1] ?? null) : null,
    quoteOfPostId: quote ? postIdOf(quote) : null,
    conversationId: str(note.conversation) ?? null,
    mentionedHandles: handles,
    mentionedAccountIds: ids,
  });
}

function mapAnnounce(activity: Json): NormalizedPost {
  const target = uriOf(activity.object);
  if (!target) throw new FieldError('object is missing (expected the URI of the boosted post)');
  const activityId = str(activity.id);
  if (!activityId) throw new FieldError('id is missing (expected the activity URI)');
  return normalized({
    platform: 'mastodon',
    id: postIdOf(activityId),
    text: '',
    createdAt: requireTime(activity, 'published'),
    author: author(uriOf(activity.actor)),
    raw: activity,
    url: target,
    repostOfPostId: postIdOf(target),
  });
}
