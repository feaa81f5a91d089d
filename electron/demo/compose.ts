/**
 * Turns a (category, person, form) choice into post text. Templates are split into literal/slot parts
 * once at load, because the hot loop fills a million of them; each post then gets small random
 * decoration (emoji, hashtag, shouting, sloppy casing) so identical templates rarely yield identical text.
 */
import { ABUSE, QUOTES, RACISM_BY_TRAIT } from './abuse-templates';
import { PARTY, type CastMember } from './cast';
import { isAbuse, type Choice } from './categories';
import {
  EMOJI,
  fakePhone,
  fakePostcode,
  HASHTAGS,
  PLACES,
  POLICIES,
  SCHOOLS,
  STREETS,
  TOPICS,
  TOWNS,
  VENUES,
} from './lexicon';
import type { Rng } from './rng';
import {
  CRITICISM,
  SUPPORTIVE,
  TRICKY_CRITICISM,
  TRICKY_SUPPORTIVE,
  OWN_POSTS,
  OWN_WITH_COLLEAGUE,
  type TemplateSet,
} from './templates';

export type Form = 'you' | 'they' | 'general';

/** Even indexes are literal text, odd indexes are slot names. */
type Compiled = readonly string[];

interface CompiledSet {
  you: Compiled[];
  they: Compiled[];
  general: Compiled[];
}

function compile(t: string): Compiled {
  return t.split(/\{(\w+)\}/);
}

function compileSet(s: TemplateSet): CompiledSet {
  return { you: s.you.map(compile), they: s.they.map(compile), general: (s.general ?? []).map(compile) };
}

const SETS = new Map<Choice, CompiledSet>([
  ['supportive', compileSet(SUPPORTIVE)],
  ['political_criticism', compileSet(CRITICISM)],
  ['tricky_supportive', compileSet(TRICKY_SUPPORTIVE)],
  ['tricky_criticism', compileSet(TRICKY_CRITICISM)],
  ...Object.entries(ABUSE).map(([k, s]) => [k as Choice, compileSet(s)] as const),
]);
const RACISM_TRAITS = new Map(Object.entries(RACISM_BY_TRAIT).map(([k, s]) => [k, compileSet(s!)] as const));
const OWN = OWN_POSTS.map(compile);
const OWN_CO = OWN_WITH_COLLEAGUE.map(compile);

/** Categories that have text for posts naming nobody. */
export function hasGeneral(c: Choice): boolean {
  return (SETS.get(c)?.general.length ?? 0) > 0;
}

/** Whether every taxonomy key the generator plants has templates in every form it may be asked for. */
export function templateCoverage(): Map<Choice, { you: number; they: number; general: number }> {
  const out = new Map<Choice, { you: number; they: number; general: number }>();
  for (const [k, s] of SETS)
    out.set(k, { you: s.you.length, they: s.they.length, general: s.general.length });
  return out;
}

const PRONOUNS = {
  she: { they: 'she', them: 'her', their: 'her', themself: 'herself' },
  he: { they: 'he', them: 'him', their: 'his', themself: 'himself' },
  they: { they: 'they', them: 'them', their: 'their', themself: 'themself' },
} as const;

export interface Context {
  /** How the text names the person in `they` form: full name, alias or @handle. */
  ref: string;
  person: CastMember | null;
  tag: string | null;
  /** A colleague's @handle, for own posts that tag one. */
  co: string;
  /** Appended to the sentence before decoration (emoji, hashtags). */
  suffix: string;
}

export class Composer {
  constructor(private readonly rng: Rng) {}

  /** Text for a planted category in the given form; `form` must have templates (callers check). */
  compose(choice: Choice, form: Form, ctx: Context): string {
    let set = SETS.get(choice)!;
    if (choice === 'racism' && ctx.person && this.rng.chance(0.4)) {
      for (const trait of ctx.person.traits) {
        const specific = RACISM_TRAITS.get(trait);
        if (specific) {
          set = specific;
          break;
        }
      }
    }
    const list = set[form].length > 0 ? set[form] : set.they;
    return this.decorate(this.fill(this.rng.pick(list), ctx) + ctx.suffix, choice, ctx);
  }

  own(ctx: Context, withColleague: boolean): string {
    const text = this.fill(this.rng.pick(withColleague ? OWN_CO : OWN), ctx);
    return this.rng.chance(0.3) ? `${text} ${ctx.tag ?? this.rng.pick(HASHTAGS)}` : text;
  }

  fill(parts: Compiled, ctx: Context): string {
    let s = parts[0] as string;
    for (let i = 1; i < parts.length; i += 2)
      s += this.slot(parts[i] as string, ctx) + (parts[i + 1] as string);
    return s;
  }

  private slot(name: string, ctx: Context): string {
    const r = this.rng;
    const p = ctx.person;
    switch (name) {
      case 'n':
        return ctx.ref;
      case 'ns':
        return `${ctx.ref}'s`;
      case 'first':
        return p ? p.first : 'they';
      case 'they':
      case 'them':
      case 'their':
      case 'themself':
        return PRONOUNS[p ? p.pronouns : 'they'][name];
      case 'const':
        return p ? p.constituency : r.pick(TOWNS);
      case 'topic':
        return r.pick(TOPICS);
      case 'policy':
        return r.pick(POLICIES);
      case 'party':
        return PARTY;
      case 'place':
        return r.pick(PLACES);
      case 'street':
        return r.pick(STREETS);
      case 'num':
        return String(r.int(2, 140));
      case 'postcode':
        return fakePostcode(() => r.next());
      case 'town':
        return p ? p.constituency : r.pick(TOWNS);
      case 'phone':
        return fakePhone(() => r.next());
      case 'school':
        return r.pick(SCHOOLS);
      case 'venue':
        return r.pick(VENUES);
      case 'tag':
        return ctx.tag ?? r.pick(HASHTAGS);
      case 'quote':
        return this.quote(p);
      case 'co':
        return ctx.co;
      default:
        throw new Error(`demo template uses unknown slot {${name}}`);
    }
  }

  /** A phrase of the kind this person is actually sent, for counter-speech to quote back. */
  private quote(p: CastMember | null): string {
    const r = this.rng;
    if (p && r.chance(0.7)) {
      const pools = [...p.traits.map((t) => QUOTES[t]), ...(p.gender === 'female' ? [QUOTES.female] : [])];
      if (pools.length > 0) return r.pick(r.pick(pools));
    }
    return r.pick(QUOTES.any);
  }

  private decorate(text: string, choice: Choice, ctx: Context): string {
    const r = this.rng;
    const abusive = isAbuse(choice);
    const u = r.next();
    if (abusive && u < 0.07) text = text.toUpperCase();
    // Sloppy casing, but never on a leading name: that is how the post names the person.
    else if (u < 0.17 && !(ctx.ref && text.startsWith(ctx.ref)))
      text = text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
    else if (u < 0.22) text = text.replace(/\.$/, '!!');
    const e = r.next();
    const emoji = abusive
      ? EMOJI.abuse
      : choice === 'political_criticism'
        ? EMOJI.political_criticism
        : EMOJI.supportive;
    if (e < (abusive ? 0.18 : 0.22)) text += ` ${r.pick(emoji)}`;
    if (r.next() < (ctx.tag ? 0.35 : 0.1)) text += ` ${ctx.tag ?? r.pick(HASHTAGS)}`;
    return text;
  }
}
