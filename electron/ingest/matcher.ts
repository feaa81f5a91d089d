import type { DB } from '../../db/connection';
import { foldWords } from './textKey';

export type MentionHow = 'handle' | 'reply' | 'name' | 'alias';

export interface MatchInput {
  platform: string;
  text: string;
  mentionedHandles: string[];
  mentionedAccountIds: string[];
  replyToAccountId?: string | null;
  replyToPostId?: string | null;
}

interface Phrase {
  words: string[];
  personId: number;
  how: 'name' | 'alias';
}

/**
 * Links posts to the people we monitor: @handle or account id on that platform, a reply to one of
 * their posts or accounts, or their name or an alias in the text (case- and accent-insensitive, whole
 * words). Names are looked up by first word in a map, so thousands of aliases cost one map probe per
 * word of the post, not one scan per alias.
 */
export class MentionMatcher {
  private readonly handles = new ByPlatform();
  private readonly accountIds = new ByPlatform();
  private readonly phrasesByFirstWord = new Map<string, Phrase[]>();
  private readonly replyAuthorStmt;
  /**
   * Posts seen in this run that our people's accounts wrote ('platform:postId' → person ids). A reply
   * can arrive before the batch holding its parent is committed (parsing runs ahead of writing), so the
   * parents that matter are remembered here; it holds only our people's own posts, so it stays small.
   */
  private readonly ownPosts = new Map<string, number[]>();
  readonly empty: boolean;

  constructor(db: DB) {
    const handleRows = db
      .prepare('SELECT person_id, platform, handle_norm, account_id FROM person_handles')
      .all() as {
      person_id: number;
      platform: string;
      handle_norm: string | null;
      account_id: string | null;
    }[];
    for (const h of handleRows) {
      if (h.handle_norm) this.handles.add(h.platform, String(h.handle_norm), h.person_id);
      if (h.account_id) this.accountIds.add(h.platform, String(h.account_id), h.person_id);
    }
    const names = db
      .prepare(
        "SELECT id AS person_id, name AS phrase, 'name' AS how FROM people UNION ALL SELECT person_id, alias, 'alias' FROM person_aliases",
      )
      .all() as {
      person_id: number;
      phrase: string;
      how: 'name' | 'alias';
    }[];
    for (const n of names) {
      const words = foldWords(n.phrase);
      if (words.length === 0) continue;
      const list = this.phrasesByFirstWord.get(words[0]!) ?? [];
      list.push({ words, personId: n.person_id, how: n.how });
      this.phrasesByFirstWord.set(words[0]!, list);
    }
    this.empty = handleRows.length === 0 && names.length === 0;
    // A reply to a post we hold, written by one of our people's accounts.
    this.replyAuthorStmt = db
      .prepare(
        `SELECT a.platform_user_id, a.handle FROM posts p JOIN accounts a ON a.id = p.account_id
         WHERE p.platform = ? AND p.platform_post_id = ?`,
      )
      .raw();
  }

  /** Remembers a post written by one of our people's accounts (see ownPosts). */
  noteAuthored(
    platform: string,
    postId: string,
    author: { platformUserId: string; handle?: string | null },
  ): void {
    if (this.empty) return;
    const byId = this.accountIds.get(platform, author.platformUserId);
    const byHandle = author.handle ? this.handles.get(platform, handleKey(author.handle)) : undefined;
    // Called for every imported post and almost never one of ours: nothing is built unless it is.
    if (byId || byHandle) this.ownPosts.set(`${platform}:${postId}`, [...(byId ?? []), ...(byHandle ?? [])]);
  }

  match(p: MatchInput): { personId: number; how: MentionHow }[] {
    if (this.empty) return [];
    // A post links to a few people at most: a list checked in order, first link first, no keyed Map.
    const out: { personId: number; how: MentionHow }[] = [];
    const add = (personId: number, how: MentionHow) => {
      for (const o of out) if (o.personId === personId && o.how === how) return;
      out.push({ personId, how });
    };

    for (const h of p.mentionedHandles)
      for (const id of this.handles.get(p.platform, handleKey(h)) ?? []) add(id, 'handle');
    for (const a of p.mentionedAccountIds)
      for (const id of this.accountIds.get(p.platform, a) ?? []) add(id, 'handle');

    if (p.replyToAccountId)
      for (const id of this.accountIds.get(p.platform, p.replyToAccountId) ?? []) add(id, 'reply');
    if (p.replyToPostId) {
      for (const id of this.ownPosts.get(`${p.platform}:${p.replyToPostId}`) ?? []) add(id, 'reply');
      const author = this.replyAuthorStmt.get(p.platform, p.replyToPostId) as
        [string, string | null] | undefined;
      if (author) {
        for (const id of this.accountIds.get(p.platform, author[0]) ?? []) add(id, 'reply');
        if (author[1])
          for (const id of this.handles.get(p.platform, author[1].toLowerCase()) ?? []) add(id, 'reply');
      }
    }

    if (this.phrasesByFirstWord.size > 0 && p.text) {
      const words = asciiWords(p.text);
      if (words) this.matchAsciiWords(p.text, words, add);
      else this.matchWords(foldWords(p.text), add);
    }
    return out;
  }

  /** Names and aliases in a post's folded words (any script). */
  private matchWords(words: string[], add: (personId: number, how: MentionHow) => void): void {
    for (let i = 0; i < words.length; i++) {
      const candidates = this.phrasesByFirstWord.get(words[i]!);
      if (!candidates) continue;
      for (const c of candidates) {
        if (c.words.length > words.length - i) continue;
        let ok = true;
        for (let k = 1; k < c.words.length; k++) {
          if (words[i + k] !== c.words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) add(c.personId, c.how);
      }
    }
  }

  /**
   * The same for a printable-ASCII post, whose folded words are its runs of letters and digits in
   * lower case: read in place (asciiWords), and a word becomes a string only when a name could start
   * with it (its length and first letter say so). Every import runs this for every post, and folding
   * the whole text into an array of words showed as a twentieth of the reading thread.
   */
  private matchAsciiWords(
    text: string,
    words: Int32Array,
    add: (personId: number, how: MentionHow) => void,
  ): void {
    const n = words[0]!;
    const firsts = this.firstWordShape();
    for (let i = 0; i < n; i++) {
      const s = words[1 + 2 * i]!;
      const e = words[2 + 2 * i]!;
      const len = e - s;
      if (len >= firsts.lengths.length || firsts.lengths[len] !== 1) continue;
      if (firsts.initials[text.charCodeAt(s) | 0x20] !== 1) continue;
      const candidates = this.phrasesByFirstWord.get(text.slice(s, e).toLowerCase());
      if (!candidates) continue;
      for (const c of candidates) {
        if (c.words.length > n - i) continue;
        let ok = true;
        for (let k = 1; k < c.words.length && ok; k++)
          ok = sameWord(text, words[1 + 2 * (i + k)]!, words[2 + 2 * (i + k)]!, c.words[k]!);
        if (ok) add(c.personId, c.how);
      }
    }
  }

  private firstShape: { lengths: Uint8Array; initials: Uint8Array } | null = null;

  /** Lengths and (ASCII) first letters of the names' first words: most of a post's words have neither. */
  private firstWordShape(): { lengths: Uint8Array; initials: Uint8Array } {
    if (this.firstShape) return this.firstShape;
    let longest = 0;
    for (const w of this.phrasesByFirstWord.keys()) longest = Math.max(longest, w.length);
    const lengths = new Uint8Array(longest + 1);
    const initials = new Uint8Array(128);
    for (const w of this.phrasesByFirstWord.keys()) {
      lengths[w.length] = 1;
      const c = w.charCodeAt(0);
      if (c < 128) initials[c] = 1;
    }
    return (this.firstShape = { lengths, initials });
  }
}

let wordBuf = new Int32Array(256);

/**
 * Where the folded words of a printable-ASCII text lie: [count, start0, end0, start1, end1, …] (runs of
 * ASCII letters and digits, which is what foldWords splits such a text into). Null for any other text.
 * The buffer is reused by the next call.
 */
function asciiWords(text: string): Int32Array | null {
  const len = text.length;
  if (wordBuf.length < len + 2) wordBuf = new Int32Array(len * 2 + 2);
  const out = wordBuf;
  let n = 0;
  let start = -1;
  for (let i = 0; i < len; i++) {
    const c = text.charCodeAt(i);
    // foldWords' own test for text it need not normalise: printable ASCII, tab, newline, return.
    if (c > 126 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return null;
    const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (alnum) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out[1 + 2 * n] = start;
      out[2 + 2 * n] = i;
      n++;
      start = -1;
    }
  }
  if (start >= 0) {
    out[1 + 2 * n] = start;
    out[2 + 2 * n] = len;
    n++;
  }
  out[0] = n;
  return out;
}

/** text[s, e) in lower case equals `word` (a folded word). */
function sameWord(text: string, s: number, e: number, word: string): boolean {
  if (e - s !== word.length) return false;
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    if (c !== word.charCodeAt(i - s)) return false;
  }
  return true;
}

/**
 * Person ids by platform, then by handle or account id. Looked up for every imported post (its
 * author, mentions and reply): two probes instead of building a 'platform:key' string to probe with.
 */
class ByPlatform {
  private readonly byPlatform = new Map<string, Map<string, number[]>>();

  add(platform: string, key: string, id: number): void {
    let map = this.byPlatform.get(platform);
    if (!map) this.byPlatform.set(platform, (map = new Map()));
    const list = map.get(key);
    if (list) {
      if (!list.includes(id)) list.push(id);
    } else map.set(key, [id]);
  }

  get(platform: string, key: string): number[] | undefined {
    return this.byPlatform.get(platform)?.get(key);
  }
}

/** A handle as stored in handle_norm: lower case, without a leading '@'. */
function handleKey(handle: string): string {
  const h = handle.toLowerCase();
  return h.charCodeAt(0) === 64 ? h.slice(1) : h;
}
