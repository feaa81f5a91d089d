/**
 * "Add all current UK MPs": reads the members currently sitting in the House of Commons from the UK
 * Parliament Members API and turns them into PersonDrafts (merge.ts does the merging).
 *
 * Response shapes (as documented for the Members API):
 *   GET {base}/Members/Search?House=1&IsCurrentMember=true&skip=N&take=20
 *     → { items: [{ value: Member, links }], totalResults, skip, take, resultContext, links }
 *     Member: { id, nameDisplayAs, nameListAs, nameFullTitle, gender, latestParty: { name },
 *               latestHouseMembership: { membershipFrom, house, membershipStatus } }
 *   GET {base}/Members/{id}/Contact
 *     → { value: [{ type, typeDescription, typeId, isPreferred, isWebAddress, line1, … }], links }
 *
 * Polite by design: pages one at a time, contact details a few at a time, a timeout on every request,
 * a couple of retries with back-off for errors that are worth retrying (and Retry-After honoured).
 * The member list is all or nothing: if a page cannot be read, nothing is merged. A member whose
 * contact details cannot be read is still added, without social media, and reported.
 */
import { normaliseHandle, type Platform } from './handles';
import type { PersonDraft } from './merge';
import { fromListName, plainName } from './names';

export const DEFAULT_PARLIAMENT_API = 'https://members-api.parliament.uk/api';
export const PARLIAMENT_API_SETTING = 'people.parliamentApi';
const PAGE_SIZE = 20;
const MAX_PAGES = 200;

export interface ParliamentOptions {
  /** e.g. https://members-api.parliament.uk/api (with or without a trailing slash). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Contact requests in flight at once. */
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  retryDelayMs?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, message: string) => void;
}

export interface ParliamentMembers {
  drafts: PersonDraft[];
  members: number;
  contactFailures: { id: number; name: string; reason: string }[];
  notes: string[];
  source: string;
}

export class ParliamentApiError extends Error {
  constructor(
    readonly code: 'OFFLINE' | 'HTTP' | 'BAD_RESPONSE' | 'CANCELLED',
    message: string,
  ) {
    super(message);
    this.name = 'ParliamentApiError';
  }
}

interface ApiMember {
  id?: unknown;
  nameDisplayAs?: unknown;
  nameListAs?: unknown;
  gender?: unknown;
  latestParty?: { name?: unknown } | null;
  latestHouseMembership?: { membershipFrom?: unknown; house?: unknown } | null;
}

interface ApiContact {
  type?: unknown;
  typeDescription?: unknown;
  isWebAddress?: unknown;
  line1?: unknown;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/** The base address: the explicit option, else the BULWARK_PARLIAMENT_API environment variable, else the real API. */
export function resolveBaseUrl(configured?: string | null): string {
  const base = configured || process.env.BULWARK_PARLIAMENT_API || DEFAULT_PARLIAMENT_API;
  return base.replace(/\/+$/, '');
}

/** Which of our platforms a contact entry is, from its type ("X (formerly Twitter)", "Bluesky", …). */
export function contactPlatform(type: string): Platform | null {
  const t = type.toLowerCase();
  if (/\btwitter\b|^x\b|^x \(/.test(t)) return 'x';
  if (t.includes('bluesky')) return 'bluesky';
  if (t.includes('facebook')) return 'facebook';
  if (t.includes('instagram')) return 'instagram';
  if (t.includes('youtube')) return 'youtube';
  if (t.includes('tiktok')) return 'tiktok';
  if (t.includes('mastodon')) return 'mastodon';
  if (t.includes('reddit')) return 'reddit';
  return null;
}

const GENDERS: Record<string, string> = { f: 'Female', m: 'Male' };

export async function fetchParliamentMembers(opts: ParliamentOptions = {}): Promise<ParliamentMembers> {
  const base = resolveBaseUrl(opts.baseUrl);
  const doFetch = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const retries = opts.retries ?? 2;
  const retryDelayMs = opts.retryDelayMs ?? 750;
  const concurrency = Math.max(1, Math.min(8, opts.concurrency ?? 4));
  const host = (() => {
    try {
      return new URL(base).host;
    } catch {
      throw new ParliamentApiError(
        'BAD_RESPONSE',
        `"${base}" is not a web address. Check the UK Parliament API address setting.`,
      );
    }
  })();

  const getJson = async (path: string, what: string): Promise<unknown> => {
    const url = `${base}${path}`;
    for (let attempt = 0; ; attempt++) {
      if (opts.signal?.aborted) throw cancelled();
      let failure: ParliamentApiError;
      let retryAfterMs = 0;
      try {
        const signal = opts.signal
          ? AbortSignal.any([opts.signal, AbortSignal.timeout(timeoutMs)])
          : AbortSignal.timeout(timeoutMs);
        const res = await doFetch(url, {
          headers: { accept: 'application/json', 'user-agent': 'Bulwark (abuse monitoring for MPs)' },
          signal,
        });
        if (res.ok) {
          try {
            return await res.json();
          } catch {
            throw new ParliamentApiError(
              'BAD_RESPONSE',
              `The UK Parliament Members API sent something that is not JSON for ${what}. Nothing was changed.`,
            );
          }
        }
        failure = new ParliamentApiError(
          'HTTP',
          `The UK Parliament Members API answered "${res.status}${res.statusText ? ` ${res.statusText}` : ''}" for ${what}.`,
        );
        // Only overload and server errors are worth asking again.
        if (res.status !== 429 && res.status < 500) throw failure;
        retryAfterMs = Math.min(10, Number(res.headers.get('retry-after')) || 0) * 1000;
      } catch (err) {
        if (opts.signal?.aborted) throw cancelled();
        if (err instanceof ParliamentApiError) throw err;
        failure = new ParliamentApiError(
          'OFFLINE',
          `Could not reach the UK Parliament Members API (${host}: ${reason(err)}). Check the internet connection and try again.`,
        );
      }
      if (attempt >= retries) throw failure;
      await sleep(Math.max(retryAfterMs, retryDelayMs * 2 ** attempt), opts.signal);
    }
  };

  // 1. The member list, page by page. totalResults can change while paging (a by-election); a short
  //    or empty page ends the list early rather than looping.
  const members = new Map<number, ApiMember>();
  const notes: string[] = [];
  let total: number | null = null;
  let skip = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    const label = total
      ? `page ${page + 1} of ${Math.ceil(total / PAGE_SIZE)} of the member list`
      : 'the member list';
    const body = (await getJson(
      `/Members/Search?House=1&IsCurrentMember=true&skip=${skip}&take=${PAGE_SIZE}`,
      label,
    )) as {
      items?: unknown;
      totalResults?: unknown;
    };
    if (!body || typeof body !== 'object' || !Array.isArray(body.items)) {
      throw new ParliamentApiError(
        'BAD_RESPONSE',
        `The UK Parliament Members API sent an unexpected answer for ${label} (no "items" list). Nothing was changed.`,
      );
    }
    if (typeof body.totalResults === 'number') total = body.totalResults;
    for (const item of body.items as { value?: ApiMember }[]) {
      const v = item?.value;
      if (v && typeof v.id === 'number') members.set(v.id, v);
    }
    skip += body.items.length;
    opts.onProgress?.(
      members.size,
      total ?? members.size,
      `Reading the list of MPs (${members.size} of ${total ?? '?'})`,
    );
    if (body.items.length === 0 || total === null || skip >= total) break;
  }
  if (total !== null && members.size < total) {
    notes.push(
      `The API said there are ${total} current MPs but listed ${members.size}; those listed were added.`,
    );
  }
  if (members.size === 0) {
    throw new ParliamentApiError(
      'BAD_RESPONSE',
      'The UK Parliament Members API listed no current MPs, so nothing was changed. Try again later.',
    );
  }

  // 2. Social media for each member, a few requests at a time.
  const list = [...members.values()];
  const contacts = new Map<number, ApiContact[]>();
  const contactFailures: ParliamentMembers['contactFailures'] = [];
  let done = 0;
  let next = 0;
  let unreachableInARow = 0;
  const worker = async () => {
    while (next < list.length) {
      const m = list[next++]!;
      const id = m.id as number;
      try {
        const body = (await getJson(`/Members/${id}/Contact`, `the contact details of member ${id}`)) as {
          value?: unknown;
        };
        contacts.set(id, Array.isArray(body?.value) ? (body.value as ApiContact[]) : []);
        unreachableInARow = 0;
      } catch (err) {
        if (err instanceof ParliamentApiError && err.code === 'CANCELLED') throw err;
        // One slow member is reported; the connection going away altogether stops the whole run.
        if (err instanceof ParliamentApiError && err.code === 'OFFLINE' && ++unreachableInARow >= 3)
          throw err;
        contactFailures.push({
          id,
          name: str(m.nameDisplayAs) ?? `member ${id}`,
          reason: (err as Error).message,
        });
      }
      done++;
      opts.onProgress?.(done, list.length, `Reading social media accounts (${done} of ${list.length})`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, list.length) }, worker));

  // 3. Drafts.
  const drafts: PersonDraft[] = [];
  for (const m of list) {
    const id = m.id as number;
    const name = str(m.nameDisplayAs) ?? (str(m.nameListAs) ? fromListName(str(m.nameListAs)!) : null);
    if (!name) {
      notes.push(`Member ${id} has no name in the API's answer and was left out.`);
      continue;
    }
    const handles: PersonDraft['handles'] = [];
    for (const c of contacts.get(id) ?? []) {
      const type = str(c.type) ?? str(c.typeDescription);
      const platform = type ? contactPlatform(type) : null;
      const line = str(c.line1);
      if (!platform || !line) continue;
      const r = normaliseHandle(platform, line);
      if (r.ok) handles.push({ platform, ...r.value });
      else notes.push(`${name}: ${type} "${line}" left out. ${r.message}`);
    }
    // nameListAs ("Starmer, Sir Keir") gives the plain name when nameDisplayAs has a title in it.
    const listName = str(m.nameListAs);
    const aliases: PersonDraft['aliases'] = listName
      ? [{ alias: plainName(fromListName(listName)), kind: 'name' }]
      : [];
    drafts.push({
      name,
      role: 'mp',
      roleIsDefault: true,
      party: str(m.latestParty?.name),
      constituency: str(m.latestHouseMembership?.membershipFrom),
      gender: GENDERS[(str(m.gender) ?? '').toLowerCase()] ?? null,
      externalId: `parliament:${id}`,
      handles,
      aliases,
    });
  }
  return { drafts, members: members.size, contactFailures, notes, source: base };
}

function cancelled(): ParliamentApiError {
  return new ParliamentApiError('CANCELLED', 'Stopped before the end: nothing was changed.');
}

function reason(err: unknown): string {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'no answer in time';
  return e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    });
  });
}
