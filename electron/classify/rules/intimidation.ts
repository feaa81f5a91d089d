import type { Context } from '../context';
import {
  addressedInPost as addressedInPost_IMPORT,
  sentenceEnd as sentenceEnd_IMPORT,
  sentenceStart as sentenceStart_IMPORT,
} from '../guards';
import { windowHas as windowHas_IMPORT } from '../tokenWindow';
import { W_CUE as W_CUE_IMPORT, W_CUE_WEAK as W_CUE_WEAK_IMPORT } from '../wordFlags';
import { indexByAnchor, phraseAt as phraseAt_IMPORT } from './anchoredPhrases';
import {
  anchorRank,
  isFrequent,
  namesSomeone as namesSomeone_IMPORT,
  pushCues as pushCues_IMPORT,
} from './cueScan';
import type { RuleHit } from './hit';
import { WEEKDAYS } from './menace';
import {
  CARRIED as CARRIED_IMPORT,
  CARRIED_POSSESSIVE,
  carriedAt as carriedAt_IMPORT,
  NOT_CARRIED_AFTER as NOT_CARRIED_AFTER_IMPORT,
} from './threat';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const addressedInPost = addressedInPost_IMPORT;
const windowHas = windowHas_IMPORT;
const sentenceEnd = sentenceEnd_IMPORT;
const sentenceStart = sentenceStart_IMPORT;
const W_CUE = W_CUE_IMPORT;
const W_ANY_CUE = W_CUE | W_CUE_WEAK_IMPORT;
const CARRIED = CARRIED_IMPORT;
const carriedAt = carriedAt_IMPORT;
const NOT_CARRIED_AFTER = NOT_CARRIED_AFTER_IMPORT;
const phraseAt = phraseAt_IMPORT;
const namesSomeone = namesSomeone_IMPORT;
const pushCues = pushCues_IMPORT;

/**
 * Intimidation without a threat verb. Most threats MPs receive say nothing a phrase list can hold:
 * "I'm sat outside ur surgery right now. I wouldn't come out the front", "The crossbow's had a
 * service. Just a matter of finding the right window", "You've got till the vote. After that we come
 * round". Each piece is ordinary talk; what makes the threat is that several kinds of cue meet in one
 * post aimed at someone:
 *  - PRESENCE: the writer there ("I'm outside", "I'll be waiting", "ten mins from mine", "we know the");
 *  - WATCH: the writer watching or following ("timed it", "been clocking your car", "spotted you");
 *  - OMEN: warning of something to come ("for now" ending a sentence, "tick tock", "borrowed time",
 *    "mark my words", "if you get home", "sort your will out");
 *  - WEAPON: a weapon or accelerant, not as a policy topic or a sport ("crossbow", "something sharp",
 *    🔪; not "knife crime", "gun control", "air rifle lanes", "a bread knife");
 *  - INJURY: what the person ends up as ("in an ambulance", "stitches", "a body bag");
 *  - PLACE: the person's places and people after "your" ("your surgery", "your kids", "your gate");
 *  - TIME: a day or a time ("Friday", "tonight", "every morning");
 *  - DENIED: a harmless reason for a visit denied by the writer ("I'm not coming to ask a question",
 *    "it isn't a petition");
 *  - STRONG: a warning with one meaning only ("be careful how you vote", "not the talking kind");
 *  - AFTERMATH: what is left of someone after an attack ("hospital food", "a neck brace", "teeth");
 *  - FORETOLD: the person told what will become of them ("you'll be", "by the time we're done");
 *  - CONDITION: a vote or decision made the condition ("approve that scheme and", "keep voting");
 *  - CONSEQUENCE: what follows for the person, not their seat ("your last", "will be you").
 * An aftermath foretold is a threat unless the post is about waiting for care; so is a condition met
 * by a consequence (the twenty-fourth session, from blind65).
 * A threat needs someone aimed at (a second-person word, an @mention or a name) and one of: a denied
 * reason for coming or a strong warning; an omen, a weapon or watching together with a second kind
 * (a time counts as that second kind only beside a weapon or watching, and only in a post that speaks
 * to the person); an injury with the writer's presence. Never PRESENCE + PLACE alone ("see you at your
 * surgery on Friday" is a visit), nor an injury beside a place ("your hospital has no beds"), nor any
 * of it in a post about elections ("count the days till the by-election"). Quotation, reporting and
 * solidarity are judged by the guards as for every rule. Each cue found becomes its own piece of
 * evidence (rule `threat:cue-<kind>`), so the Review screen highlights every one and says what each is.
 */
const PRESENCE = 1;
const OMEN = 2;
const WEAPON = 4;
const INJURY = 8;
const PLACE = 16;
const DENIED = 32;
const WATCH = 64;
const TIME = 128;
const STRONG = 256;
const FORETOLD = 512;
const AFTERMATH = 1024;
const CONDITION = 2048;
const CONSEQUENCE = 4096;
const KIND_NAMES = new Map<number, string>([
  [CONDITION, 'condition'],
  [CONSEQUENCE, 'consequence'],
  [FORETOLD, 'foretold'],
  [AFTERMATH, 'aftermath'],
  [WATCH, 'watching'],
  [TIME, 'time'],
  [STRONG, 'warning'],
  [PRESENCE, 'presence'],
  [OMEN, 'omen'],
  [WEAPON, 'weapon'],
  [INJURY, 'injury'],
  [PLACE, 'place'],
  [DENIED, 'denied-purpose'],
]);

const PHRASES: [number, string[]][] = [
  [
    PRESENCE,
    [
      // Watching, nearness and weapons as threats name them (blind245, blind247, blind255).
      'round the corner from you',
      'down the road from you',
      'live near you',
      'see you there',
      'im outside',
      'im sat outside',
      'sat outside',
      'stood outside',
      'parked outside',
      'waiting outside',
      'ill be waiting',
      'ill be waitin',
      'ahll be waitin',
      'ahll be waiting',
      'be waiting for you',
      'waitin for thee',
      'waiting for thee',
      'waitin for ye',
      'waitin on ye',
      'well be waiting',
      'be seeing you',
      'see you soon',
      'see you around',
      'well be at the',
      'might come watch',
      'might pop in',
      'see ye there',
      'see u there',
      'know where you',
      'know where u',
      'know where she',
      'know where he',
      'know which',
      'getting closer',
      'im closer',
      'mins from mine',
      'minutes from mine',
      'mins from my',
      'minutes from my',
      'from my house to',
      'pay you a visit',
      'paying you a visit',
      'pay her a visit',
      'pay him a visit',
      'we come round',
      'well come round',
      'coming round',
      'coming for you',
      'coming for u',
      'first in the queue',
      'front row',
      'rows back',
      'i know the',
      'we know the',
      'know the motor',
      'got the address',
      'got your address',
      'the timings',
      'travel schedule',
      'your schedule',
      'your routine',
      'seen you at',
      'saw you at',
      'i see you at',
      'check behind you',
      'ill be there',
      'well be there',
      'ill be in row',
      'be parked',
      'just waiting',
      'waitin on',
      'waiting on ye',
      'when i catch',
      'when ah see',
      'next time i see',
      'next time ah see',
      'from mine',
      'been to your door',
    ],
  ],
  [
    WATCH,
    [
      // Watching, nearness and weapons as threats name them (blind245, blind247, blind255).
      'clocked you',
      'clocked your',
      'noticed you',
      'same time every',
      'your movements',
      // Menace told as care, know-how or a routine learnt (blind219, blind235, blind237).
      'which train',
      'patterns of life',
      'what time he gets',
      'what time she gets',
      'what time you get',
      'been watching you',
      'been watching your',
      'been watching ur',
      'been watching her',
      'been watching him',
      'im watching you',
      'im watching u',
      'were watching you',
      'watching you',
      'watching your',
      'watching ur',
      'timed it',
      'followed you',
      'followed her',
      'followed him',
      'spotted you',
      'watched you',
      'been behind you',
      'one step behind',
      'been clocking',
      'clocking your',
      'we see you',
      'i see you every',
      'noticed last night',
      'been outside your',
      'been outside ur',
      'which school',
      'school gates',
      'get into the back',
      // The writer knows where they drink or drive (blind49, twentieth session).
      'know yer gaff',
      'know your gaff',
      'ken the road',
      'know the road',
      // The writer knows the person's habits (blind83, twenty-sixth session): "You always leave by the
      // side door", "she's always last out", "Same time tomorrow yeah", "a lot of us follow u".
      'you always leave',
      'u always leave',
      'you always park',
      'u always park',
      'you always walk',
      'u always walk',
      'always last out',
      'always the last out',
      'same time tomorrow',
      'a lot of us follow',
      'how easy it is to get into',
      // The writer has seen their family or home (blind93, twenty-seventh session; not "saw your kids", said by friends): "ive been past yours three times this week", "lights were on late at yours".
      'saw your wife',
      'saw ur wife',
      'saw your husband',
      'saw ur husband',
      'saw your son',
      'saw your daughter',
      'saw u in the',
      'saw you in the',
      'been past yours',
      'been past your',
      'drove past yours',
      'drove past your',
      'go past every day',
      'lights were on',
      'lights on late',
      'been admiring',
      'in the front window',
      'routine down to',
      'know which car',
      'had a nice chat',
      'didnt know who i was',
      'always watching',
      'left your office at',
      'left ur office at',
      // A pile-on (blind95): "we know which mosque she goes to", "we know where the surgery is".
      'know which mosque',
      'know which church',
      'know where the surgery',
      'know where your surgery',
      'know where ur surgery',
      'enjoy the walk home',
      'know where your constituency office',
      'careful walking home',
    ],
  ],
  [
    STRONG,
    [
      // Menace told as care, know-how or a routine learnt (blind219, blind235, blind237).
      'a promise not a threat',
      'not a threat just an observation',
      'not the talking kind',
      'wont be using words',
      'wont just be watching',
      'ambulance on standby',
      'careful how you vote',
      'careful how u vote',
      'careful how ye vote',
      'wont know which one',
      'be a widower by',
      'be a widow by',
      'not a threat its a promise',
      'its not a threat its a promise',
    ],
  ],
  [
    TIME,
    [
      'next time',
      'next week',
      'next month',
      'this week',
      'this weekend',
      'one night',
      'some night',
      'at night',
      'every night',
      'every nite',
      '1 nite',
      'tonight',
      'last night',
      'tomorrow',
      'tmrw',
      'the morra',
      'on the way home',
      'after work',
      'by christmas',
      'before christmas',
      ...WEEKDAYS,
      'every morning',
      'counting down',
    ],
  ],
  [
    OMEN,
    [
      // Menace told as care, know-how or a routine learnt (blind219, blind235, blind237).
      'sleep well',
      'sleep tight',
      'drive safe',
      'drive safely',
      'be careful out there',
      'hope you like surprises',
      'would be a shame',
      'dangerous world these days',
      'matter of time',
      'your time is coming',
      'your times coming',
      'youll need it',
      'you will need it',
      'lets see how',
      'well see how',
      'not nicely',
      'update your will',
      'updated your will',
      'sort your will',
      'write your will',
      'made your will',
      'watch yourself',
      'watch himself',
      'watch herself',
      'wants to be careful',
      'want to be careful',
      'you know what for',
      'whod ever know',
      'who would ever know',
      'for now',
      'tick tock',
      'ticktock',
      'borrowed time',
      'count the days',
      'counting the days',
      'one of these days',
      'wait and see',
      'wait n see',
      'remember i said',
      // Menace told as concern or a remark (blind93): "shame if she had to pay", "would hate for it to get tested", "enjoy it while its quiet", "just a bit of friendly advice".
      'enjoy it while',
      'alone this time',
      'would hate for',
      'shame if',
      'for your sake',
      'friendly advice',
      'anyone could turn up',
      'not the only thing that',
      'wont always have',
      'gan home eventually',
      'go home eventually',
      'see how brave',
      'notices a stranger',
      'go up in minutes',
      'hold up',
      'drive careful',
      'lock her car',
      'lock his car',
      'mind how ye go',
      'in this day and age',
      'no need to reply',
      'give her my regards',
      'give him my regards',
      'look just like you',
      // blind95: "close our ward and see what happens to you", "enjoy the walk home… gets dark early".
      'see what happens to you',
      'see what happens to u',
      'gets dark early',
      'wont remember much',
      'gonna need them',
      'going to need them',
      'good locks',
      'mark my words',
      'youve been warned',
      'consider yourself warned',
      'last warning',
      'final warning',
      'if you get home',
      'if you make it',
      'if u get home',
      'wont be safe',
      'wont feel safe',
      'feel safe',
      'watch your back',
      'watch ur back',
      'one eye open',
      'while you can',
      'while u can',
      'accidents happen',
      'go missing',
      'wont always be',
      'one day it wont',
      'cant protect you',
      'wont protect you',
      'see how brave',
      'see how he likes',
      'see how she likes',
      'see how you like',
      'your move',
      'nothing left to lose',
      'nowt left to lose',
      'nothing to lose',
      'youve got till',
      'youve got until',
      'you have until',
      'after that we',
      'or else',
      'before the police',
      'police escort',
      'protection officer',
      'panic button',
      'wear a helmet',
      'if i was you',
      'if i were you',
      'not my decision anymore',
      'matter of finding',
      'right window',
      'long memories',
      'youll find out',
      'you will find out',
      'when the police',
      'when your security',
      'shame if',
      'nobody saw me',
      'nobodys about',
      'no cameras',
      'nae cameras',
      'no witnesses',
      'ive checked',
      'lose your footing',
      'awful if',
      'be awful',
      'enjoy this one',
      'enjoy the drive',
      'last polite',
      'next step',
      'start properly',
      'ive got time',
      'im just patient',
      'not a threat',
      'just a prediction',
      'you remind me',
      'crossed the wrong',
      'they found him',
      'they found her',
      'summat for',
      'got something for',
      'have something for',
      'ive something for',
      'present none',
      'happens to people',
      'very unlucky',
      'bring security',
      'bodyguard',
      'when it happens',
      'till its you',
      'until its you',
      'might be me',
      'could be you',
      'one day ill',
      'next to go',
      'matter of if',
      'the warm up',
      'just the start',
      'just the beginning',
      'a widower',
      'a widow',
      'last breath',
      'under my car',
      'bodyguards',
      'wont make it to',
      'nice and isolated',
      'see what happens',
      'mark ma words',
      'finish this myself',
      'be careful on',
      'be careful getting',
      'be careful walking',
      'might want to change',
      'be a shame',
      'so will we',
      'youd not enjoy',
      'checked lately',
      'when im done',
      'when ive finished',
      // Scots: "when ah'm done wi ye"
      'when ahm done',
      'when am done',
    ],
  ],
  [
    INJURY,
    [
      'ambulance',
      'stitches',
      'in a bed',
      'bed of his own',
      'bed of her own',
      'bed of your own',
      'hospital bed',
      'intensive care',
      'body bag',
      'bodybag',
      'wooden box',
      'your will',
      'next of kin',
      'dental records',
      'found dead',
      'mp found',
      'stop breathing',
      'be breathing',
      'no breathin',
      'skull',
      'kneecaps',
      'in pieces',
      'someone gets hurt',
      'get hurt',
      'getting hurt',
      'gets hurt',
      'the damage',
      'your teeth',
      'ur teeth',
      'yer teeth',
      'gumshield',
      'dentist',
      'your grave',
      'stop movin',
      'stop moving',
      'every bone',
      'smashed',
      'wake up one',
      'flowers outside',
      'the quarry',
    ],
  ],
  [
    // What is left of the person after an attack: said of "you" as what will be, it is a threat.
    AFTERMATH,
    [
      'surgeon',
      'a e',
      'hospital food',
      'neck brace',
      'wheelchair',
      'crutches',
      'physio',
      'casket',
      'coffin',
      'burial',
      'cemetery',
      'morgue',
      'mortuary',
      'your funeral',
      'teeth',
      'your blood',
      'bones',
      'collarbone',
      'jaw',
      'straw',
      'stretcher',
      'in traction',
      'plaster cast',
      'left hand',
      'stitches',
      'kneecaps',
      'skull',
      'body bag',
      'in pieces',
      'dental records',
      'gumshield',
      'every bone',
      'intensive care',
      'hospital bed',
      'ambulance',
      'next of kin',
      'wooden box',
      'stop breathing',
    ],
  ],
  [
    // A vote or a decision made the condition of what follows: "Approve that scheme and…", "if that
    // LTN goes in…", "keep voting like that and…".
    CONDITION,
    [
      'vote for',
      'vote against',
      'vote yes',
      'vote no',
      'vote wrong',
      'vote to',
      'votes for',
      'keep voting',
      'keep votin',
      'keep pushing',
      'keep backing',
      'approve that',
      'approve the',
      'approve this',
      'pass the',
      'pass that',
      'sign off',
      'support the',
      'back the',
      'scrap the',
      'close the',
      'close that',
      'shut the',
      'touch the',
      'touch our',
      'goes through',
      'gets through',
      'goes in',
      'goes ahead',
      'before you vote',
      'abstain on',
    ],
  ],
  [
    // What follows the condition, said of the person and not of their seat.
    CONSEQUENCE,
    [
      'your last',
      'be the one who',
      'be the one going',
      'be the ones paying',
      'wont be around',
      'get yours',
      'will be you',
      'see what happens',
      'see whit happens',
      'gets done',
      'needing bodyguards',
      'the cemetery',
      'see you buried',
      'only thing burning',
      'stay that way',
      'something of yours',
      'weve got planned',
      'see who needs',
      'wont be driving',
      'expect to be driving',
    ],
  ],
  [
    // The writer telling the person what will become of them.
    FORETOLD,
    [
      'youll be',
      'yell be',
      'thall be',
      'youre gonna be',
      'youre going to be',
      'you will be',
      'youll need',
      'yell need',
      'youll want',
      'theyll need',
      'theyll be',
      'by the time were done',
      'by the time were finished',
      'by the time im done',
      'by the time ive finished',
      'when were finished',
      'when theyre finished',
      'when were done',
      'when theyre done',
      'gonna know your',
      'better hope',
      'better start',
      'might not have',
      'shes gonna',
      'hes gonna',
    ],
  ],
  [
    WEAPON,
    [
      // Watching, nearness and weapons as threats name them (blind245, blind247, blind255).
      'a blade',
      'the ting',
      'a shank',
      'crowbar',
      'a bat',
      // Menace told as care, know-how or a routine learnt (blind219, blind235, blind237).
      'sniper',
      'balaclava',
      'balaclavas',
      'something sharp',
      'somethin sharp',
      'summat sharp',
      'sharpen',
      'sharpening',
      'blades',
      'revolver',
      'pistol',
      'rifle',
      'ammo',
      'bullets',
      'petrol can',
      'lighter fluid',
      'jerry can',
      'jerrycan',
      'flammable',
      'accelerant',
      'baseball bat',
      'cricket bat',
      'knuckleduster',
      'knuckle duster',
      'knuckle dusters',
      'noose',
      'stanley',
      'bleach',
      'glassed',
      'pint glass',
      'white powder',
      'fist',
      'knuckles',
      'rope',
      '🔪',
      '🔫',
      '🪓',
      '🗡',
      '🪢',
      '🧨',
      '💣',
      '⚰',
    ],
  ],
];

/** The person's places and people, after "your" / "ur" (not "your house of cards"). */
const PLACE_NOUNS = new Set([
  // (possessive forms typed without the apostrophe's own token: "your wife's pretty")
  'wifes',
  'husbands',
  'partners',
  'mums',
  'surgery',
  'office',
  'house',
  'home',
  'flat',
  'cottage',
  'car',
  'kids',
  'children',
  'daughter',
  'son',
  'wife',
  'husband',
  'partner',
  'mum',
  'mam',
  'staff',
  'dog',
  'dug',
  'door',
  'gate',
  'window',
  'windows',
  'garage',
  'drive',
  'driveway',
  'street',
  'train',
  'route',
  'school',
  'address',
  'garden',
  'bedroom',
  'kitchen',
  'extension',
  'face',
  'sister',
  'brother',
  'boat',
  'lad',
  'lass',
  'bairns',
  'weans',
  'doorbell',
  'doorstep',
  'step',
  'bins',
  'motor',
  'van',
  'parents',
  'mother',
  'father',
  'dad',
  'kid',
  'baby',
  'grandkids',
  'agent',
  'staffer',
  'staffers',
  'twins',
  'grandchildren',
  'missus',
  'girlfriend',
  'boyfriend',
  'fiance',
  'fiancee',
  'caseworker',
  'researcher',
]);
// Second person only: "his wife", "her house" are as often news or a story about someone.
const PLACE_OWNERS = new Set(['your', 'ur', 'yer', 'yor']);

/** A harmless reason for turning up, denied: "not coming to ask a question", "it isn't a petition". */
const PURPOSES = new Set([
  'question',
  'questions',
  'petition',
  'petitions',
  'complaint',
  'clipboard',
  'leaflet',
  'leaflets',
  'placard',
  'chat',
  'selfie',
  'autograph',
  'flowers',
  'fan',
]);
const COMING = new Set(['coming', 'comin', 'come', 'bringing', 'bringin', 'bring', 'isnt', 'aint']);
const DENIALS = new Set(['not', 'wont', 'isnt', 'aint', 'no', 'nae', 'never', 'without']);
/** Who denies it: the writer, or "it" (the thing brought). "Why did she not come with the letter" is not a visit. */
const DENIERS = new Set(['i', 'im', 'ill', 'ive', 'id', 'we', 'were', 'well', 'it', 'its', 'ah', 'am']);
/** A weapon as a policy topic: "gun confiscation", "a stance on knives", "ban guns". */
const TOPIC_AFTER = new Set([
  'edge',
  'carrying',
  'licenses',
  'licensing',
  'carriers',
  'crime',
  'confiscation',
  'rights',
  'violence',
  'lobby',
  'ownership',
  'ban',
  'bans',
  'debate',
  'policy',
  'fight',
  'fighting',
  'owner',
]);
// Also kitchen knives: "a bread knife", "the carving knife".
const TOPIC_BEFORE = new Set([
  'on',
  'about',
  'ban',
  'banning',
  'anti',
  'pro',
  'against',
  'of',
  'bread',
  'kitchen',
  'butter',
  'carving',
  'steak',
  'cheese',
]);
/** Shooting and archery as sport: "Range day Sunday, air rifle lanes open", "deer stalking with my own rifle". */
const SPORT = new Set([
  'range',
  'ranges',
  'downrange',
  'lanes',
  'stalking',
  'deer',
  'clay',
  'clays',
  'pheasant',
  'grouse',
  'shooting',
  'archery',
  'club',
  'targets',
  'competition',
  'season',
  // Pest control on a farm, and the firearms certificate it needs: "shotgun cert … fox control at night".
  'cert',
  'fox',
  'foxes',
  'rabbits',
  'pest',
  'pests',
  'lamping',
]);
/** "cost a bomb", "spent a bomb": money. */
const MONEY = new Set(['cost', 'costs', 'costing', 'spent', 'spend', 'paid', 'pay', 'charge', 'charged']);

/** Omens only at the end of a sentence: "Door's locked. For now." but not "for now I'm fine". */
const ENDING = new Set(['for now', 'tick tock', 'your move', 'or else']);

/** Every cue phrase, found from its rarest word (anchoredPhrases.ts). */
const BY_ANCHOR = indexByAnchor(
  PHRASES.flatMap(([kind, list]) =>
    list.map((text): [string[], { kind: number; ending: boolean }] => [
      text.split(' '),
      { kind, ending: ENDING.has(text) },
    ]),
  ),
  anchorRank,
);
/** Kinds that never make a threat without a stronger one: their words mark a cue but do not open the rule. */
const WEAK_KINDS = PRESENCE | PLACE | TIME | FORETOLD | CONDITION;
const anchorsOf = (weak: boolean) =>
  [...BY_ANCHOR]
    .filter(([, list]) => list.some((e) => ((e.data.kind & WEAK_KINDS) !== 0) === weak))
    .map(([w]) => w);
/** Words that open the rule (W_CUE). */
export const CUE_WORDS = [
  ...anchorsOf(false).filter((w) => !isFrequent(w)),
  ...PURPOSES,
  ...CARRIED,
  // Not "guns": as a plural it is common, and opening this rule for it cost 0.8% of the classifier's
  // time (paired runs) for one threat in the never-read sets ("the gun's loaded").
  ...[...CARRIED_POSSESSIVE].filter((w) => w !== 'guns'),
];
/** Words of the weaker cues (W_CUE_WEAK), and of phrases too common to open the rule: read once it is open. */
export const WEAK_CUE_WORDS = [...anchorsOf(true), ...anchorsOf(false).filter(isFrequent), ...PLACE_NOUNS];

function policyTopic(keys: string[], t: number): boolean {
  // An adjective: "full of flammable stuff" is no debate about flammables.
  if (keys[t] === 'flammable') return false;
  const next = keys[t + 1] ?? '';
  const before = keys[t - 1] ?? '';
  if (before === 'a' && MONEY.has(keys[t - 2] ?? '')) return true;
  return NOT_CARRIED_AFTER.has(next) || TOPIC_AFTER.has(next) || TOPIC_BEFORE.has(before);
}

/** Whether only the person addressed ("Your move, @PriyaNairMP") is left of the sentence from token `to`. */
function endsSentence(ctx: Context, to: number): boolean {
  const end = sentenceEnd(ctx, to - 1);
  for (let k = to; k < end; k++) if (ctx.tok.keys[k] !== '@user' && ctx.person[k] !== 1) return false;
  return true;
}

/** The cue kinds whose combination makes a threat (see the comment at the top). */
function threatening(kinds: number): boolean {
  if ((kinds & (DENIED | STRONG)) !== 0) return true;
  if ((kinds & CONDITION) !== 0 && (kinds & CONSEQUENCE) !== 0) return true;
  if ((kinds & INJURY) !== 0 && (kinds & PRESENCE) !== 0) return true;
  // A time counts with a weapon or with watching ("Got a claw hammer today. Your surgery's Friday"),
  // not with an omen alone ("Mark my words, they'll be massacred on Thursday" is about a vote).
  const core = kinds & ~(TIME | FORETOLD | AFTERMATH | CONDITION | CONSEQUENCE);
  if ((core & (OMEN | WEAPON | WATCH)) === 0) return false;
  if ((core & (core - 1)) !== 0) return true; // two kinds
  return (kinds & TIME) !== 0 && (core & (WEAPON | WATCH)) !== 0;
}

/**
 * An injury or its aftermath told to the person as what will become of them ("you'll be spitting your
 * own teeth into the ballot box", "by the time we're done the surgeon'll need a jigsaw"), unless the
 * post is about waiting for care ("you'll be waiting 12 hours for an ambulance under this lot").
 */
function foretoldInjury(ctx: Context, kinds: number): boolean {
  return (
    (kinds & FORETOLD) !== 0 && (kinds & AFTERMATH) !== 0 && !windowHas(ctx, CARE_TALK, 0, ctx.tok.count)
  );
}
/** Talk of waiting for care, where an ambulance or a surgeon is the service, not the outcome. */
const CARE_TALK = new Set([
  'nhs',
  'waiting',
  'wait',
  'waits',
  'queue',
  'list',
  'lists',
  'beds',
  'funding',
  'underfunded',
  'appointment',
  'appointments',
  'patients',
  'corridor',
  'corridors',
  'trolley',
  'shortage',
  'shortages',
  'gp',
  'prescription',
]);

/** Whether the only second kind is a time: then the post must speak to the person, not of them ("found with a knife in his chest on Monday" is news). */
function onlyTimed(kinds: number): boolean {
  const core = kinds & ~TIME;
  return (core & (DENIED | STRONG)) === 0 && (core & (core - 1)) === 0 && (kinds & INJURY) === 0;
}

/** Before a weapon word, a tool ("radar gun", "glue gun"); after it, a rope or a blade at work ("rope access", "rope swing"). */
const TOOL_BEFORE = new Set([
  'radar',
  'speed',
  'glue',
  'water',
  'nerf',
  'staple',
  'nail',
  'heat',
  'spray',
  'starting',
  'skipping',
  'climbing',
]);
const TOOL_AFTER = new Set([
  // "the blade runners": the people who cut down traffic cameras.
  'runners',
  'runner',
  'access',
  'swing',
  'bridge',
  'burns',
  'burn',
  'team',
  'ladder',
  'course',
  'walk',
]);

/** The weapon word at [from, to) names a tool or a rope at work, or an idiom, not a weapon. */
function toolCompound(keys: string[], from: number, to: number): boolean {
  return (
    TOOL_BEFORE.has(keys[from - 1] ?? '') ||
    TOOL_AFTER.has(keys[to] ?? '') ||
    // "I was at the end of my rope": at the limit of coping.
    (keys[from] === 'rope' && keys[from - 3] === 'end' && keys[from - 2] === 'of')
  );
}

export function intimidationRules(ctx: Context, hits: RuleHit[]): void {
  const { keys, count } = ctx.tok;
  let kinds = 0;
  // A weapon named as a policy topic anywhere ("gun control") makes the post a debate about it:
  // "What's the difference between that and a gun?" is then not the writer's weapon.
  let debate = false;
  // Whether the post is about shooting or archery as a sport: looked up once, at its first weapon.
  let sport: boolean | undefined;
  const topic = (t: number) => policyTopic(keys, t) || (sport ??= windowHas(ctx, SPORT, 0, count));
  const found: [number, number, number][] = []; // kind, first token, one past the last
  for (let t = 0; t < count; t++) {
    if ((ctx.flagsAt(t) & W_ANY_CUE) === 0) continue;
    const w = keys[t] ?? '';
    for (const {
      phrase,
      at,
      data: { kind, ending },
    } of BY_ANCHOR.get(w) ?? []) {
      if ((kinds & kind) !== 0 || !phraseAt(keys, t - at, phrase)) continue;
      if (ending && !endsSentence(ctx, t - at + phrase.length)) continue;
      if (kind === WEAPON && topic(t)) {
        debate = true;
        continue;
      }
      if (kind === WEAPON && toolCompound(keys, t - at, t - at + phrase.length)) continue;
      kinds |= kind;
      found.push([kind, t - at, t - at + phrase.length]);
    }
    if (carriedAt(ctx, t) && !toolCompound(keys, t, t + 1)) {
      if (topic(t)) debate = true;
      else if ((kinds & WEAPON) === 0) {
        kinds |= WEAPON;
        found.push([WEAPON, t, t + 1]);
      }
    }
    if ((kinds & PLACE) === 0 && PLACE_NOUNS.has(w)) {
      const owner = PLACE_OWNERS.has(keys[t - 1] ?? '')
        ? t - 1
        : PLACE_OWNERS.has(keys[t - 2] ?? '')
          ? t - 2
          : -1;
      if (owner >= 0 && keys[t + 1] !== 'of') {
        kinds |= PLACE;
        found.push([PLACE, owner, t + 1]);
      }
    }
    if ((kinds & DENIED) === 0 && PURPOSES.has(w)) {
      let denial = -1;
      let coming = false;
      for (let k = Math.max(0, t - 6); k < t; k++) {
        // Said by the writer, or with the subject left out at the start of a sentence ("Won't be
        // bringing a question"): "why did she not come with the letter" is not a visit.
        const w0 = keys[k] ?? '';
        if (
          DENIALS.has(w0) &&
          (DENIERS.has(keys[k - 1] ?? '') || DENIERS.has(keys[k - 2] ?? '') || sentenceStart(ctx, k) === k)
        )
          denial = k;
        if (denial >= 0 && COMING.has(w0)) coming = true;
      }
      if (denial >= 0 && coming) {
        kinds |= DENIED;
        found.push([DENIED, denial, t + 1]);
      }
    }
  }
  if (debate && (kinds & WEAPON) !== 0) {
    kinds &= ~WEAPON;
    found.splice(
      found.findIndex(([k]) => k === WEAPON),
      1,
    );
  }
  if (!threatening(kinds) && !foretoldInjury(ctx, kinds)) return;
  const addressed = addressedInPost(ctx);
  if (!addressed && (onlyTimed(kinds) || !namesSomeone(ctx))) return;
  if (windowHas(ctx, ctx.lex.sets.electoral, 0, count)) return;
  pushCues(found, KIND_NAMES, 'threat', 'threat', hits);
}
