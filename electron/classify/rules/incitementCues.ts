import type { Context } from '../context';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import {
  aimedAtSomeone as aimedAtSomeone_IMPORT,
  pushCues as pushCues_IMPORT,
  reportsACase as reportsACase_IMPORT,
  type Found,
} from './cueScan';
import type { RuleHit } from './hit';
import { WEEKDAYS } from './menace';
import { NOT_CARRIED_AFTER as NOT_CARRIED_AFTER_IMPORT } from './threat';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const windowHas = windowHas_IMPORT;
const aimedAtSomeone = aimedAtSomeone_IMPORT;
const reportsACase = reportsACase_IMPORT;
const pushCues = pushCues_IMPORT;
const NOT_CARRIED_AFTER = NOT_CARRIED_AFTER_IMPORT;

/**
 * Harm called for or wished in pieces, where no verb of violence meets its victim: "Lads, Nina Gill's
 * doing a walkabout in Feltham market Saturday. Go and make sure she regrets it", "Somebody needs to
 * take McLeish oot the game, permanently. Any volunteers?", "Jo Cox got what was coming. So will this
 * one". Kinds of cue:
 *  - RECRUIT: others asked ("any volunteers", "lads", "someone needs to", "to whoever", "RT if");
 *  - SINISTER: a wink that something worse is meant ("you know what to do", "if you get me", "come
 *    ready", "do what you want with that info", "make sure she regrets it", "who's next");
 *  - HARM: an injury or weapon ("kneecapped", "broken legs", "bring a bat", "what's coming to him";
 *    not "a bomb shelter", "knife crime");
 *  - ENCOUNTER: catching the person alone ("in a dark car park", "walking home alone after dark");
 *  - WISH: hoping ("fingers crossed", "dream scenario", "please let", "I just want");
 *  - PRAISE: for whoever does it ("deserves a knighthood", "I'd shake the hand of", "shoulda used rocks");
 *  - PAST: a murdered or attacked member ("Jo Cox", "Amess", "the lad who glassed");
 *  - WHEN: a day or a place the person will be ("Saturday", "his surgery", "outside the Red Lion").
 * The post must be about someone (a name, an @mention, "him" / "her"), not about an election or a
 * court case. It calls for harm when a wink meets others asked, harm, an encounter or a when; when
 * others asked, a wish or praise meet harm or an encounter; when a murdered member meets harm, a wink
 * or praise (not a wish or others asked: "Remembering Jo Cox. I hope we honour her" and thanks to "the
 * Jo Cox Foundation's volunteers" are memorials). Quotation, reporting and condemnation are judged by
 * the guards as for every rule ("whoever said 'someone needs to kneecap her' should be arrested" is not
 * a call).
 */
const RECRUIT = 1;
const SINISTER = 2;
const HARM = 4;
const ENCOUNTER = 8;
const WISH = 16;
const PAST = 32;
const WHEN = 64;
const PRAISE = 128;
const KIND_NAMES = new Map<number, string>([
  [RECRUIT, 'recruit'],
  [SINISTER, 'wink'],
  [HARM, 'harm'],
  [ENCOUNTER, 'encounter'],
  [WISH, 'wish'],
  [PAST, 'past-attack'],
  [WHEN, 'when'],
  [PRAISE, 'praise'],
]);

/** The phrases of each kind. */
export const INCITEMENT_PHRASES: [number, string[]][] = [
  [
    RECRUIT,
    [
      'any volunteers',
      'whos up for it',
      'who is up for it',
      'anyone up for',
      'anyone fancy',
      'anyone got a',
      'anyone with a',
      'any ex',
      'lads',
      'spread the word',
      'rt if',
      'retweet if',
      'dm me',
      'man up',
      'someone needs to',
      'somebody needs to',
      'someone needs tae',
      'somebody needs tae',
      'someone should',
      'somebody should',
      'someone in',
      'somebody in',
      'every decent person',
      'youse',
      'if anyone',
      'whoever gets to',
      'the next person',
      'somebody gan',
      'somebody gie',
      'someone gie',
      'someone wants to',
      'somebody wants to',
      'somebody sort',
      'someone sort',
      'crowdfund',
      'im in for',
      'rt to spread',
      'make it happen',
      'perfect opportunity',
      'if anyone fancies',
      'plenty of us',
      'next time go for',
      'to whoever',
      'to anyone who',
      'whoever puts',
      'legal fees',
      'plenty of you',
      'whos in',
      'who is in',
      'for the lads',
      'rt widely',
      'welcoming committee',
      'anyone in',
      'any of you near',
      // blind67 (twenty-fourth session)
      'whos with me',
      'who is with me',
      'whos brave enough',
      'one of you lot',
      'are we all cowards',
      'best one gets done',
      'you are someone',
    ],
  ],
  [
    SINISTER,
    [
      'you know what to do',
      'u know what to do',
      'you know what i mean',
      'if you get me',
      'if u get me',
      'do what you want with that',
      'do what you like with that',
      'take it from there',
      'come ready',
      'go in hard',
      'make sure she regrets',
      'make sure he regrets',
      'make sure they regret',
      'do the country a service',
      'do the country a favour',
      'whit needs done',
      'what needs doing',
      'what needs to be done',
      'say hello properly',
      'just putting it out there',
      'remind him who',
      'remind her who',
      'outnumber the police',
      'sort him out',
      'sort her out',
      'sort him oot',
      'sort her oot',
      'oot the game',
      'out the game',
      'get the message',
      'one person with the guts',
      'needs one person',
      'whos next',
      'one brave man',
      'crack on',
      'go say hi',
      'go say hello',
      'might want to pop',
      'just a thought',
      'just helping out',
      'away ye go',
      'bring whatever',
      'finish this',
      'a go at him',
      'a go at her',
      'hard objects',
      'done anything about',
      'perfect chance to show',
    ],
  ],
  [
    HARM,
    [
      'kneecapped',
      'kneecap',
      'kneecapping',
      'broken legs',
      'broken fingers',
      'broken arms',
      'break his',
      'break her',
      'a bat',
      'baseball bat',
      'rocks',
      'bricks',
      'a brick',
      'a bomb',
      'acid',
      'petrol',
      'a knife',
      'whats coming',
      'what was coming',
      'still breathing',
      'pull through',
      'found dead',
      'reverse back over',
      'reversed back over',
      'reverse and go again',
      'run him over',
      'run her over',
      'in hospital',
      'a kicking',
      'a hiding',
      'a beating',
      'teach him a lesson',
      'teach her a lesson',
      'teach these',
      'hunting season',
      'and worse',
      'consequences of his',
      'consequences of her',
      'broke his neck',
      'broke her neck',
      'break his neck',
      'break her neck',
      'plane go down',
      'plane goes down',
      'a blade',
      'something sharp',
      'mowed down',
      'lined up and shot',
      'a bullet',
      'under a train',
      'under a bus',
      'under the train',
      'a doin',
      'do him over',
      'do her over',
      'summat heavy',
      'something heavy',
      'something harder',
      'does worse',
      'set on fire',
      'off a cliff',
      'dies screaming',
      'heart attack',
      'sepsis',
      'caught something nasty',
      'didnt make it',
      'hitman',
      'hit man',
      'car bomb',
      'acid thrown',
      'in a wheelchair',
      'him in a e',
      'her in a e',
      '@user in a e',
      'mp in a e',
      'spits in',
      'a corpse',
      'with a hammer',
      'pull the lever',
      'chokes on',
      'choke on',
      'choaks on',
      'packs in',
    ],
  ],
  [
    ENCOUNTER,
    [
      'dark car park',
      'dark entry',
      'dark alley',
      'after dark',
      'walking home alone',
      'home alone',
      'alone in a',
      'catches him alone',
      'catches her alone',
      'finds her alone',
      'finds him alone',
      'bumps into',
      'nothing to lose',
      'pay him a visit',
      'pay her a visit',
      'pay them a visit',
      'caught up with her',
      'caught up with him',
      'no security',
      'on his own',
      'on her own',
    ],
  ],
  [
    WISH,
    [
      'i hope',
      'hope someone',
      'praying',
      'cant wait',
      'would love to see',
      'dream scenario',
      'fingers crossed',
      '🤞',
      'too much to ask',
      'i just want',
      'please let',
      'pray for',
      'pray that',
      'would be bostin',
      'be tidy if',
      'wouldnt it be lovely',
      'would be lovely if',
      'id be made up',
      'would improve',
      'laugh my head off',
      'nae loss',
      'no loss',
    ],
  ],
  [
    PRAISE,
    [
      'best thing to happen',
      'a knighthood',
      'a medal',
      'shake the hand',
      'big up',
      'street party',
      'shoulda',
      'should have used',
      'shouldve used',
      'champagne',
      'throw a party',
      'balloons',
      'best tv',
      'best telly',
      'statue',
      'did this country a service',
      'let him out',
      'cracking open',
    ],
  ],
  [
    PAST,
    [
      'jo cox',
      'jo coxs',
      'amess',
      'ammess',
      'who got stabbed',
      'who stabbed',
      'who glassed',
      'who killed',
      'that killed',
      'who shot',
      'who attacked',
      'went at',
    ],
  ],
  [
    WHEN,
    [
      ...WEEKDAYS,
      'his surgery',
      'her surgery',
      'his office',
      'her office',
      'outside the',
      'walkabout',
      'does his shop',
      'does her shop',
      'where she drinks',
      'where he drinks',
      'his car',
      'her car',
      'bides',
      'his house',
      'her house',
      'his address',
      'her address',
      'at the match',
      'usually',
    ],
  ],
];

/** Kinds that open the scan (W_ABUSE_CUE, rules/abuseCues.ts): wishes and praise are read once it is open. */
export const INCITEMENT_OPENING = SINISTER | HARM | ENCOUNTER | PAST | RECRUIT | WHEN;
/** Every incitement cue kind (bits 0-7; the other cue rules use 8-23: rules/abuseCues.ts). */
export const INCITEMENT_KINDS = INCITEMENT_OPENING | WISH | PRAISE;

/** A harm as a thing talked about: "a bomb shelter", "a knife crime", "petrol prices". */
const NOT_HARM_AFTER = new Set([
  'shelter',
  'shelters',
  'scare',
  'squad',
  'disposal',
  'hoax',
  'threat',
  'threats',
]);

/** "him", "her", "them": who the call is about when no name is spelt out. */
const THIRD = new Set(['him', 'her', 'his', 'he', 'she', 'hes', 'shes']);

/** The cue kinds whose combination calls for harm (see the comment at the top). */
function calling(kinds: number): boolean {
  if ((kinds & SINISTER) !== 0 && (kinds & (RECRUIT | HARM | ENCOUNTER | WHEN)) !== 0) return true;
  if ((kinds & (RECRUIT | WISH | PRAISE)) !== 0 && (kinds & (HARM | ENCOUNTER)) !== 0) return true;
  // Not a wish or others asked beside a murdered MP: "Remembering Jo Cox. I hope we honour her",
  // "thank you to the Jo Cox Foundation's volunteers" are memorials.
  return (kinds & PAST) !== 0 && (kinds & (HARM | SINISTER | PRAISE)) !== 0;
}

/** A harm named as a topic ("a bomb shelter", "knife crime") is not a cue. */
export function incitementCueAccepted(ctx: Context, kind: number, to: number): boolean {
  if (kind !== HARM) return true;
  const next = ctx.tok.keys[to] ?? '';
  return !NOT_CARRIED_AFTER.has(next) && !NOT_HARM_AFTER.has(next);
}

/** A call for harm, from the cues found in the post (rules/abuseCues.ts scans for them). */
export function incitementFromCues(ctx: Context, kinds: number, found: Found[], hits: RuleHit[]): void {
  const { count } = ctx.tok;
  if ((kinds & INCITEMENT_OPENING) === 0 || !calling(kinds)) return;
  if (!aimedAtSomeone(ctx) && !windowHas(ctx, THIRD, 0, count)) return;
  if (windowHas(ctx, ctx.lex.sets.electoral, 0, count) || reportsACase(ctx)) return;
  pushCues(found, KIND_NAMES, 'harm_incitement', 'harm', hits);
}
