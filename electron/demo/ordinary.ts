/**
 * Plans the everyday stream: the cast's own posts, posts aimed at a person (support, criticism, abuse,
 * tricky cases) and posts that name nobody. How a post names its target follows the platform: X and
 * Bluesky users @-tag, Facebook and YouTube users comment under the person's own posts, Reddit users
 * write the name. Each choice records the mention rows that the text really supports.
 */
import type { Platform } from '../../db/posts';
import { PLATFORMS } from '../../db/posts';
import type { AccountPool, PostingAccount } from './accounts';
import { PLATFORM_SHARE } from './accounts';
import { mentionOf, type CastMember } from './cast';
import {
  isAbuse,
  MATCHED_MIX,
  SPIKE_MIX,
  suits,
  targetTables,
  truthKey,
  UNMATCHED_MIX,
  type Choice,
} from './categories';
import type { Composer, Form } from './compose';
import type { How, Mention, PostPlan } from './emit';
import { weighted, Weighted, type Rng } from './rng';
import type { Threads } from './threads';
import type { Spike } from './timeline';

type Mode = How;

const MODES: Record<Platform, Weighted<Mode>> = {
  x: weighted<Mode>([
    ['handle', 0.45],
    ['reply', 0.35],
    ['name', 0.14],
    ['alias', 0.06],
  ]),
  bluesky: weighted<Mode>([
    ['handle', 0.4],
    ['reply', 0.35],
    ['name', 0.19],
    ['alias', 0.06],
  ]),
  mastodon: weighted<Mode>([
    ['handle', 0.5],
    ['reply', 0.3],
    ['name', 0.15],
    ['alias', 0.05],
  ]),
  facebook: weighted<Mode>([
    ['reply', 0.65],
    ['name', 0.28],
    ['alias', 0.07],
  ]),
  instagram: weighted<Mode>([
    ['reply', 0.6],
    ['handle', 0.2],
    ['name', 0.15],
    ['alias', 0.05],
  ]),
  youtube: weighted<Mode>([
    ['reply', 0.55],
    ['name', 0.38],
    ['alias', 0.07],
  ]),
  tiktok: weighted<Mode>([
    ['reply', 0.55],
    ['handle', 0.15],
    ['name', 0.23],
    ['alias', 0.07],
  ]),
  reddit: weighted<Mode>([
    ['name', 0.65],
    ['alias', 0.2],
    ['reply', 0.15],
  ]),
};

/** Share of the stream written by the cast themselves. */
const OWN_SHARE = 0.04;
/** Share of posts (outside spikes) that name nobody in the cast. */
const UNMATCHED_SHARE = 0.12;
/** Share of hostile posts written by the platform's few hyper-active hostile accounts. */
const HOSTILE_SHARE = 0.3;
/** Share of other posts written by accounts that appear once and never again. */
const ONE_OFF_SHARE = 0.12;

/** X and Mastodon put the parent author's @handle at the start of a reply's text. */
export function repliesCarryHandle(p: Platform): boolean {
  return p === 'x' || p === 'mastodon';
}

export class OrdinaryPlanner {
  private readonly platforms = new Weighted<Platform>(
    PLATFORMS,
    PLATFORMS.map((p) => PLATFORM_SHARE[p]),
  );
  private readonly targets: Map<Choice, Weighted<number>>;
  private readonly authors: Weighted<number>;
  private readonly ownPlatforms: Weighted<Platform>[];

  constructor(
    private readonly rng: Rng,
    private readonly cast: CastMember[],
    private readonly pool: AccountPool,
    private readonly composer: Composer,
    private readonly threads: Threads,
  ) {
    this.targets = targetTables(cast);
    this.authors = new Weighted(
      cast.map((m) => m.index),
      cast.map((m) => m.activity),
    );
    this.ownPlatforms = cast.map((m) => {
      const ps = PLATFORMS.filter((p) => m.accounts[p]);
      return new Weighted(
        ps,
        ps.map((p) => PLATFORM_SHARE[p]),
      );
    });
  }

  plan(ms: number, spike: Spike | null): PostPlan {
    const r = this.rng;
    if (r.chance(OWN_SHARE)) return this.own(ms, spike);
    if (!spike && r.chance(UNMATCHED_SHARE)) return this.unmatched(ms);

    const choice = (spike ? SPIKE_MIX : MATCHED_MIX).sample(r);
    const spikePerson = spike ? this.cast[spike.person]! : null;
    const person =
      spikePerson && r.chance(0.85) && suits(choice, spikePerson)
        ? spikePerson
        : this.cast[this.targets.get(choice)!.sample(r)]!;
    const platform = this.platforms.sample(r);
    const own = person.accounts[platform];
    const abusive = isAbuse(choice);

    let mode = MODES[platform].sample(r);
    const parent = mode === 'reply' ? this.threads.pick(person.index, platform, ms, r) : null;
    if (mode === 'reply' && !parent) mode = 'handle';
    if (mode === 'handle' && !own) mode = 'name';

    let ref = person.name;
    if (mode === 'handle') ref = mentionOf(platform, own!.handle);
    else if (mode === 'alias') {
      ref = abusive && person.abusiveAlias && r.chance(0.5) ? person.abusiveAlias : r.pick(person.aliases);
    }
    const form: Form = mode === 'reply' || (mode === 'handle' && r.chance(0.5)) ? 'you' : 'they';
    const tag = spike && r.chance(0.5) ? spike.tag : null;
    const mentions: Mention[] = [{ personId: person.personId, how: mode }];
    // Extra sentences go in before the emoji and hashtags that decoration adds at the end.
    let suffix = spike && r.chance(0.2) ? ` (re ${spike.event})` : '';
    if ((choice === 'supportive' || choice === 'political_criticism') && r.chance(0.06)) {
      suffix += this.alsoMention(person, platform, mentions);
    }
    let text = this.composer.compose(choice, form, { ref, person, tag, co: '', suffix });
    if (form === 'you' && (mode === 'handle' || repliesCarryHandle(platform)) && own) {
      text = `${mentionOf(platform, own.handle)} ${text}`;
      if (mode === 'reply') mentions.push({ personId: person.personId, how: 'handle' });
    }
    const truth = truthKey(choice);

    const quote =
      mode === 'handle' && (platform === 'x' || platform === 'bluesky') && r.chance(0.08)
        ? this.threads.pick(person.index, platform, ms, r)
        : null;
    return {
      ms,
      platform,
      author: this.author(platform, abusive, ms),
      text,
      truth,
      campaign: null,
      parent,
      quote,
      mentions,
      ownBy: null,
    };
  }

  /** Who writes it: a known hostile account, a one-off, or one of the platform's regulars. */
  private author(platform: Platform, abusive: boolean, ms: number): PostingAccount {
    const r = this.rng;
    if (abusive && r.chance(HOSTILE_SHARE)) return this.pool.use(this.pool.hostile(platform, r), ms);
    if (r.chance(ONE_OFF_SHARE)) return this.pool.oneOff(platform, ms);
    return this.pool.use(this.pool.regular(platform, r), ms);
  }

  /** "cc @colleague" or "Same goes for Full Name." — a second person in the same post. */
  private alsoMention(person: CastMember, platform: Platform, mentions: Mention[]): string {
    const r = this.rng;
    let other = this.cast[this.targets.get('supportive')!.sample(r)]!;
    if (other === person) other = this.cast[(person.index + 1) % this.cast.length]!;
    const acct = other.accounts[platform];
    if (acct && r.chance(0.6)) {
      mentions.push({ personId: other.personId, how: 'handle' });
      return ` cc ${mentionOf(platform, acct.handle)}`;
    }
    mentions.push({ personId: other.personId, how: 'name' });
    return ` Same goes for ${other.name}.`;
  }

  private unmatched(ms: number): PostPlan {
    const r = this.rng;
    const choice = UNMATCHED_MIX.sample(r);
    const platform = this.platforms.sample(r);
    const text = this.composer.compose(choice, 'general', {
      ref: '',
      person: null,
      tag: null,
      co: '',
      suffix: '',
    });
    return {
      ms,
      platform,
      author: this.author(platform, isAbuse(choice), ms),
      text,
      truth: truthKey(choice),
      campaign: null,
      parent: null,
      quote: null,
      mentions: [],
      ownBy: null,
    };
  }

  private own(ms: number, spike: Spike | null): PostPlan {
    const r = this.rng;
    // The person in the news is the one posting statements.
    const index = spike && r.chance(0.5) ? spike.person : this.authors.sample(r);
    const person = this.cast[index]!;
    const platform = this.ownPlatforms[index]!.sample(r);
    const acct = person.accounts[platform]!;
    const mentions: Mention[] = [];
    let co = '';
    if (r.chance(0.15)) {
      const other = this.cast[(index + 1 + r.int(0, this.cast.length - 2)) % this.cast.length]!;
      const otherAcct = other.accounts[platform];
      if (otherAcct) {
        co = mentionOf(platform, otherAcct.handle);
        mentions.push({ personId: other.personId, how: 'handle' });
      }
    }
    const text = this.composer.own(
      { ref: person.name, person, tag: spike?.tag ?? null, co, suffix: '' },
      co !== '',
    );
    return {
      ms,
      platform,
      author: { ...acct, dbId: acct.accountId },
      text,
      truth: 'supportive',
      campaign: null,
      parent: null,
      quote: null,
      mentions,
      ownBy: index,
    };
  }
}
