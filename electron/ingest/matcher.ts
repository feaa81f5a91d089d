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
  private readonly handles = new Map<string, number[]>();
  private readonly accountIds = new Map<string, number[]>();
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
      if (h.handle_norm) push(this.handles, `${h.platform}:${h.handle_norm}`, h.person_id);
      if (h.account_id) push(this.accountIds, `${h.platform}:${h.account_id}`, h.person_id);
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
    const byId = this.accountIds.get(`${platform}:${author.platformUserId}`);
    const byHandle = author.handle
      ? this.handles.get(`${platform}:${author.handle.toLowerCase().replace(/^@/, '')}`)
      : undefined;
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
      for (const id of this.handles.get(`${p.platform}:${h.toLowerCase().replace(/^@/, '')}`) ?? [])
        add(id, 'handle');
    for (const a of p.mentionedAccountIds)
      for (const id of this.accountIds.get(`${p.platform}:${a}`) ?? []) add(id, 'handle');

    if (p.replyToAccountId)
      for (const id of this.accountIds.get(`${p.platform}:${p.replyToAccountId}`) ?? []) add(id, 'reply');
    if (p.replyToPostId) {
      for (const id of this.ownPosts.get(`${p.platform}:${p.replyToPostId}`) ?? []) add(id, 'reply');
      const author = this.replyAuthorStmt.get(p.platform, p.replyToPostId) as
        [string, string | null] | undefined;
      if (author) {
        for (const id of this.accountIds.get(`${p.platform}:${author[0]}`) ?? []) add(id, 'reply');
        if (author[1])
          for (const id of this.handles.get(`${p.platform}:${author[1].toLowerCase()}`) ?? [])
            add(id, 'reply');
      }
    }

    if (this.phrasesByFirstWord.size > 0 && p.text) {
      const words = foldWords(p.text);
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
    return out;
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(id)) list.push(id);
  } else map.set(key, [id]);
}
