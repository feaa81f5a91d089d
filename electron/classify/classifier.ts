import fs from 'node:fs';
import path from 'node:path';
import { buildContext as buildContext_IMPORT, type Context } from './context';
import { decide as decide_IMPORT, DEFAULT_THRESHOLDS } from './decide';
import { fnv1a } from './hash';
import { expandHashtags, withHashtagsRead } from './hashtags';
import { buildLexicon, lexiconVersion, type Lexicon, type LexiconOverrides } from './lexicon';
import { loadModel, modelHash, scoreModel as scoreModel_IMPORT, type Model } from './model';
import { runRules as runRules_IMPORT } from './rules';
import type { Classification, ModelScores, Thresholds } from './types';

// Module-local bindings (tsx/vitest compile imports to getters called on every use).
const runRules = runRules_IMPORT;
const scoreModel = scoreModel_IMPORT;
const decide = decide_IMPORT;
const buildContext = buildContext_IMPORT;

/**
 * createClassifier(): rules and lexicons plus the trained linear model, combined by decide.ts into
 * explained labels. Pure Node (no Electron), synchronous, and fast enough to run inline on import
 * (see tests/bench/classify.bench.ts). The model and lexicons are loaded once per classifier.
 */
/**
 * The rule code's version, stored in every label's classifier version with the lexicons' fingerprint
 * and the model's hash (which change by themselves). Bump it with any change to what a rule decides,
 * so staff can tell labels made before and after. rules-2: the menace rule (rules/menace.ts). rules-3:
 * identity abuse by exclusion (rules/identity.ts) and insults in a sentence of their own (rules/target.ts).
 * rules-4: hatred of a group, smearing questions, sneers at a person's group (rules/identity.ts);
 * condemnation excuses only nearby abuse (guards.ts); fire through a letterbox (rules/arson.ts).
 * rules-5: calls for harm with the person and the harm apart, and orders to harm (rules/callToHarm.ts);
 * the writer's sexual intent towards a person (rules/sexualDesire.ts). rules-6: an identity word the
 * writer uses of themselves or their family ("I'm a Jew", "my son is autistic") is not abuse
 * (guards.ts); "the trash", "a knob" are things, not insults, after a determiner alone (rules/target.ts).
 * rules-7: a post that stands with someone tells of the attack rather than making it ("Sending love
 * after her car was set alight outside her house"; supportGuards.ts); damage promised to someone's
 * office, windows or tyres is a threat (rules/threat.ts). rules-8: intimidation told in cues that
 * are ordinary talk alone ("I'm outside your office. Door's locked. For now."; rules/intimidation.ts).
 * rules-9: calls for harm, self-harm encouragement, sexualised abuse and misogyny told in cues ("Lads,
 * she's at the market Saturday. You know what to do"; "Rope's a fiver at B&Q, Minister. I'll even chip
 * in"; "Imagine getting her in a hotel room 😏"; "Sweetheart, the grown-ups are talking";
 * rules/incitementCues.ts, selfHarmCues.ts, sexualCues.ts, misogynyCues.ts). rules-10: exposure told in
 * cues (rules/doxxingCues.ts) and identity contempt told in a trait and a sneer (rules/identityCues.ts).
 * rules-11: a weak threat or incitement phrase is taken at its word when nothing in the post gives it
 * an innocent reading (rules/corroborate.ts). rules-12: more self-harm pushes (third person, dialect,
 * rivers and baths; rules/selfHarmCues.ts) and casework set apart: a repair reported with its address,
 * rope at work or play, help named beside a place, "you know what to do" before a vote (guards.ts);
 * look-alikes set apart: banter with a mild insult in a warm post, the writer's own address, an
 * event's venue, an animal emoji illustrating animals, a weapon emoji beside a laugh. rules-13: a
 * weapon the writer keeps ready ("the hammer's in the van", "machete under the bed"), a fire with the
 * person in it ("burn it AND you", "on fire with you still belted in"), the classic death sentences
 * ("the last thing you'll ever do", "you won't live to see Christmas"; lexicons/threat.json). rules-14:
 * calls for harm on people a relative clause describes, injuries ordered on a part of the person,
 * attacks praised or egged on, a figure of speech for quitting said to be meant literally ("fall on
 * his sword. Literally."; rules/callToHarm.ts, bodyHarm.ts, harmDone.ts, selfHarmCues.ts); a gender
 * or a marriage in scare quotes (rules/scareQuotes.ts); more coded identity traits and sneers.
 * rules-15: "every bone in" a part, Scots, Geordie and Yorkshire forms of threats ("gonnae", "ye'll",
 * "thi face", "heed", "chibbed"), the writer's guarantee that someone will "never walk again"
 * (rules/threat.ts guaranteedHarm); "never walk again" alone is no longer a threat (news of an injury).
 * rules-16: women called unfit by nature ("women can't handle…", "put a woman in charge and…"), looks
 * and age, dismissals and address-only pet names as misogyny cues, a chore given as an order; a
 * politician's origin as the foregone explanation of their act, racist stock phrases.
 * rules-17: "I'll" in Brummie and Geordie, habits known as intimidation, threats as real replies put
 * them (blind83); "dead to me", video games, court reports and pest control set aside. rules-18: harm
 * the writer wants to watch ("I want to see him bleed"), "needs his legs breaking", "wants kneecapped"
 * (blind85); a visit "and ask", a sum of money beside someone's children, a keeper who "wants
 * shooting" set aside. rules-19: "women don't belong in the cabinet" (rules/womenUnfit.ts), identity
 * stock phrases (blind87); a reclaimed word after "as a … I", a named emoji, graffiti reported set aside.
 * rules-20: crude sexual talk about a woman politician and women told their place, as real replies
 * put them (blind89); "I'm not saying …, but" is said, not denied or reported (guards.ts). rules-21:
 * "I'll kill you for …" with a laugh and a kiss is a friend's hyperbole (guards.ts `playful`). rules-22:
 * insults in British voices, an insult aimed by the handle after it, a likeness ("scum like @x"), a
 * sentence that is only a name for someone (blind91); "@user's" read as the handle; the writer's own
 * failing, a pet, a policy called a disease and "rats off a sinking ship" set aside. rules-23: the
 * crowd asked where someone lives (rules/whereabouts.ts), a relative's work with a hint to go there, a
 * registration whose owner is named after it, intimidation told as a remark (blind93); a lost-pet
 * notice's number and an acronym made a verb ("FOI'd") set aside. rules-24: a pile-on's stock phrases
 * in every category, "should be sent back to…" as a command, a scare quote inside a phrase (blind95);
 * a quoted "(((echo)))" reported, and people asking the pile-on to stop, set aside. rules-25: local
 * news comments' stock phrases (blind97); lost-and-found notices, a planning objection and a surname
 * after a Facebook name tag ("@Gary Pratt") set aside. rules-26: comments under women politicians'
 * videos and selfies (blind99): sexual, misogynist, threatening and racist stock phrases; "the back of
 * a fag packet" set aside. rules-27: a reply made only of two or more sexual emoji (rules/lexiconHits.ts).
 * rules-28: a reply made only of emoji of killing and death ("🔪🩸 soon", "⚰️⚰️").
 * rules-29: abuse written to slip past moderation (blind101) and typed live during televised politics
 * (blind103): coded and algospeak stock phrases; "wouldn't mind…" is a wish, a negation ends at "but"
 * (and "stop…" at "and"), "nothing says…" and "should tell…" are the writer's own words, "got where
 * she is" is not a report; an "if you feel…" help post and a sword with a crown set aside.
 * rules-30: regional voices (blind105): sectarian slurs and chants (filed as racism), every phrase also
 * read in Scots and Northern spelling ("ye", "yer", "hoose", "wi", "tae", "ahll"), a dropped g
 * ("gettin") read as the "-ing" word the lexicon knows; tropes and calls to act around the Gaza votes
 * (blind107); a trope named to be talked about ("a dual loyalty trope") and "stop telling…" set aside.
 * rules-31: a crowd called on to swarm someone online until they give up (rules/swarm.ts, blind111);
 * the conspiracy movements' trials, gallows and "citizen's arrests" (blind109); PMQs read as a
 * politician's career for its figures of speech ("Dead man walking #PMQs").
 * rules-32: death wished and threats made under ordinary posts (blind113); the manosphere's vocabulary
 * ("roastie", "AWALT", "hit the wall", blind115), set aside in a post about that vocabulary ("the
 * incel lexicon", "manosphere forums", `guards.ts`). rules-33: "doxxed" and "doxed" left the doxxing
 * word list ("she's been doxxed" tells of it; "dox her", "doxx him" still count). rules-34: a quoted
 * word in a post that tells where abuse landed ("according to my mentions", "thrown at her") is told of.
 * rules-35: threats and harm aimed at a politician's staff, volunteers and family ("your caseworker will
 * get stabbed", "hope the canvassers get hurt"; rules/entourage.ts, blind117); a stammer typed out to
 * mock someone ("S-s-s-sad", rules/stammer.ts, blind119); a reclaimed word naming a community ("the crip
 * community") set aside; a negated public word ("isn't on the council website") no longer makes an
 * address public; "whoever writes his tweets is…" is not a report.
 * rules-36: long letters and contact-form messages (blind121): the veiled threats that end them ("check
 * under your car", "glass breaks easy", "you won't know when"); "Dear Ms …" opening a letter is no pet
 * name, "the end of my rope" no weapon, "on Monday alone" no one alone.
 * rules-37: the ULEZ, camera and farmers' fights (blind123): violence moved from cameras to councillors
 * ("first the cameras, then the councillors"); "nobody was hurt", "you're not on your own" and "the
 * blade runners" read as they are; abuse told as a joke (blind125): "the only good X is a dead X"
 * (rules/onlyGood.ts), "someone tell the old hag…" is an order, not a report; "a piece of scum".
 * rules-38: the grooming-gang arguments (blind127) and an election's count (blind129): an office holder
 * picked out as the one threatened ("I'll stab the next councillor who…"), not a policy they own ("kill
 * the minister's bill"); "his political obituary" is his career.
 * rules-39: emoji that say it (blind131): a house and fire, a bridge and a drop, a sexual sequence;
 * emoji named as what others send ("anyone sending 🍆💦 to…", "the 🔥🏠 replies") set aside; "DM me…"
 * is an invitation, not a report; terrace chants (blind133): an order to kill or hang an office holder
 * or their staff ("Kill the minister, kill the minister", rules/callToHarm.ts).
 * rules-40: identity abuse of minority politicians (blind135) and the planning rows over Traveller
 * sites, mosques and asylum hotels (blind137): lexicon entries only ("remember what happened to the
 * last MP", "tinkers", "useless eaters").
 * rules-41: abuse of politicians' faith (blind139), the sex-and-gender arguments (blind141), sarcasm
 * (blind143), the asylum-hotel riots (blind145) and Scottish, Welsh and Ulster dialect (blind147): a
 * gendered slur aimed at a woman named anywhere in the post ("Bryony Halsall … Hysterical cow."); an
 * insult after "=" ("Adeyemi = clueless muppet"); "a special kind of moron"; "run Councillor Mistry
 * over"; "sad if someone waited outside … with a baseball bat", "shame if the crowd got a bit
 * physical"; "No 10" is not a negation.
 * rules-42: code-switched abuse (blind149), the Gaza arguments (blind151) and pile-ons (blind153):
 * romanised Urdu, Hindi, Punjabi, Bengali and Polish insults and slurs; words handed out to send
 * ("every time she posts, reply 'go back where you came from'", quotedOrders.ts) are the writer's own;
 * an event notice's place and time ("… celebration, Millbeck Park, 2pm. Bring the whole family.") are
 * not someone's whereabouts; "flood her mentions with thank-yous" and "bury her office in handwritten
 * letters" are campaigns, not attacks.
 * rules-43: replies to politicians' illness, grief and families (blind155), conspiracy "justice"
 * (blind157) and abuse of age, looks and class (blind159): an illness wished worse ("hope it spreads"
 * in a post about cancer, "hope the chemo doesn't work", "pray it's stage 4"; rules/harm.ts), not
 * wished away ("hope the cancer doesn't spread"); "the fat jokes in his mentions" describe messages.
 * rules-44: councillors' everyday business (blind161), fixated messages (blind163) and "traitor"
 * rhetoric (blind165): "the country would be better off if someone just shot the Speaker" celebrates
 * harm (rules/celebrate.ts); "under a Tube train"; a service's number "book online or ring …" is a
 * notice's; lexicon entries.
 * rules-45: abuse typed in text-speak and disguised (blind167), party-directed abuse (blind169) and
 * live reactions to TV and radio (blind171): text-speak spellings read as their words ("sum1 shud put
 * a brick thru ur window", textspeak.ts); a word between two stars is emphasis, not a masked slur
 * ("Fascists *and* AntiFa" is not "randi"); "my spirit animal" is a figure of speech.
 * rules-46: the climate, hunting and countryside fights (blind173) and posts about abuse beside posts
 * that endorse it (blind175): "replying", "painted" and "removed" report the words quoted after them
 * ("Jamie Hollis replying to 'f…, stay away from schools' with a link…", "the office window was
 * painted with 'M… out'", "Removed under our hateful conduct policy: …"); lexicon entries.
 * rules-47: where politicians are (blind177), young politicians (blind179), pictures described in
 * words (blind181), conscience votes (blind183) and endorsed abuse (blind175): someone's train to the
 * carriage (rules/journey.ts); "follow Declan home" (rules/callToHarm.ts); a weapon, noose, nudity or
 * blackface in a described picture of someone (rules/depicted.ts); "*noose gif*" reads "noose";
 * agreement with quoted abuse ("they've got a point", "Correct.") makes it the writer's own; "cousin
 * marriage" is not contempt in a post about the ban; lexicon entries.
 * rules-48: disabled and neurodivergent politicians (blind185), class war and strikes (blind187),
 * foreign wars and influence (blind189), race, religion and sex together (blind191): disability words
 * and sneers at them for the trait-and-sneer rule (rules/identityCues.ts); mockery of the person who
 * reports abuse ("honest advertising", "rookie numbers") as agreement with it; lexicon entries.
 * rules-49: one-liners (blind193), parody (blind195), livestream chat (blind197), crime and punishment
 * (blind199): "Vermin." alone is said to whoever it answers (rules/target.ts); fake quotes and parody
 * diaries are the writer's own words; calls to punish criminals as a class are not calls for harm;
 * "the man who left a noose…" tells a deed; a home address talked about with a platform or the police
 * is not doxxing; lexicon entries.
 * rules-50: Northern Ireland (blind201), Irish, Polish, Romanian and Traveller politicians (blind203),
 * smears (blind205), self-harm urged on politicians who spoke about their mental health (blind207):
 * means, ends and urges for the self-harm cue rule (rules/selfHarmCues.ts); lexicon entries.
 * rules-51: hashtags (blind209), the online-speech fight (blind211), reviews of MPs' offices
 * (blind213), the small boats (blind215): a harmless-looking post is read again with its CamelCase tags
 * split ("#HangTheTraitors", hashtags.ts) and a phrase found in a tag counts; lexicon entries.
 * rules-52: Wales (blind217), veterans (blind219), politicians' families (blind221), expenses
 * (blind223), the NHS (blind225), emails to MPs' offices (blind227), algospeak (blind229), Reddit
 * (blind231), older people's Facebook comments (blind233), backhanded compliments (blind235), the days
 * after an attack (blind237), reality TV (blind239): a line quoted with ">" is what a reply answers
 * (quotedLines.ts); a letter's sender's own details are not doxxing (rules/doxxing.ts); the harm after
 * someone is led away (rules/callToHarm.ts); lexicon entries.
 * rules-53: reposts (blind241), manosphere language (blind243), drill slang (blind245), voice-typed
 * posts (blind247), abuse from the left (blind249), violence against women (blind251): a repost block
 * whose comment reports or condemns it is someone else's words (quotedLines.ts); "Facts." opening a
 * reply agrees; "not joking" makes a threat surer (tokenWindow.ts); menace told as care or routine
 * (rules/intimidation.ts); lexicon entries.
 * rules-54: the monarchy (blind253), universities (blind255), Bluesky and Mastodon posts (blind257),
 * lawyers and judges (blind259), housing (blind261), festival greetings (blind263): lexicon entries.
 * rules-55: someone clocked or noticed, a place near them and a weapon named in slang ("the ting", "a
 * blade") among the intimidation cues (rules/intimidation.ts).
 * rules-56: self-harm urged by passing it on, by what the person should have done and by impatience
 * that they have not (rules/selfHarmUrged.ts); orders to push someone; Scots spellings read as words;
 * gamer, grave-dancing, parenting-forum, dialect, Budget and welfare lexicon entries.
 * rules-57: "thanks for nothing" is no denial, politeness that announces rudeness ("sorry but", "no
 * offence") is no warmth (everydayGuards.ts), "fag" in a post about smoking is a cigarette; petitions,
 * East and South-East Asian MPs, floods, canvassing, YouTube, schools, police, trains and pubs entries.
 * rules-58: "better hope" / "better pray" said of someone, the masked "c***"; neighbourhood groups,
 * newspaper comments, MPs' staff, meme formats, deepfakes and drugs-policy entries.
 * rules-59: long rants (blind299) and sport (blind311): lexicon entries.
 * rules-60: harm wanted done "for somebody to" do and to "a couple of" them (rules/callToHarm.ts), a
 * threat to "that" named person, a beating "off me" or a Scots "doing" promised (rules/harmDone.ts),
 * "not metaphorically" excuses nothing (guards.ts); Scottish independence, assisted dying, phone-ins,
 * betting, climate, leaked chats, Northern Ireland, sarcasm, farming, housing, NHS and armed-forces
 * entries.
 * rules-61: threats to "that woman" or "the man" (rules/threat.ts), orders to harm "every" councillor or
 * minister and pushes off steps or a pier (rules/callToHarm.ts); universities, Wales, private lives,
 * pensioners, celebrity culture, asylum hotels, count nights and quote-post entries.
 * rules-62: religion, sewage, bare replies, cost of living, disabled MPs and mixed-language entries;
 * "crip" as disabled writers use it of themselves is not ableism.
 * rules-63: two entries of rules-61 ("ministers first", "make it count") removed: each flagged a harmless
 * post in a set never read.
 * rules-64: "she's got" / "has got" is having, not a report (guards.ts); a longer lexicon phrase stands
 * over a figure of speech inside it ("can kiss my arse"); political posts are rescored without their
 * figures of speech ("Kill the bill" chants); a body-harm verb joined by "and" keeps the writer's intent
 * (rules/bodyHarm.ts); trade unions, Brexit, monarchy, local groups, crypto, court reports, Gen Z slang,
 * bots, hunting and gaming entries.
 * rules-65: "hope Dawson gets run over" is a wish for harm (rules/harm.ts); a post saying abusers "make
 * the rest of us look like thugs" stands with the MP (guards.json solidarity); Middle East marches,
 * expenses, MPs' partners, vaccine conspiracies, Traveller sites and protest-policing entries.
 * rules-66: "hope a bus runs her over" is a wish for harm (rules/harm.ts); "backbone of a chocolate"
 * removed (said of standing up to a front bench, it is criticism); floods, culture wars, Bonfire Night,
 * schools, pubs and trains entries.
 * rules-67: a negation earlier in the clause no longer excuses an insult called out with "you" ("where
 * the sun doesn't shine you prick", guards.ts); festival-greeting and looks-and-photos entries.
 * rules-68: "getting to know your routine" is no report (guards.ts); "I pray every night that …" and
 * "gets trampled" are wishes for harm (rules/harm.ts); "sheep subsidy", "livestock farming" are farming
 * (rules/target.ts); "school run" alone is weak evidence of exposure; "not saying … just saying" across
 * sentences and "not politically" after a beating are no denials (guards.ts); energy, farming, radio,
 * NHS, devolution and campus entries.
 * rules-69: "Mark my words." after a prediction about a policy that names no one is a prediction
 * (rules/corroborate.ts); "I'd pay to watch her get slapped", "hope she has a miscarriage" are wishes for
 * harm (rules/harm.ts); a bill that will "kill every pub" is a figure of speech (guards.json);
 * disability, coastal, tech, assisted-dying, private-life, driving, defence, prisons, childcare,
 * pensions, water and housing entries.
 * rules-70: "bin the lot of them" at an election is a contest (guards.json); bankrupt-council, gambling
 * and holiday-home entries.
 * rules-71: a politician ordered out of the country ("Deport her.", "Learn English or go home"); an
 * illness wished worse in a reply that names none ("hope its terminal", "hoping for complications",
 * "Gutted it wasn't fatal"); the writer ready to do time for someone; "if you know what I mean" and
 * "any time she likes" as sexual winks; a helpline's "you don't have to … on your own" is comfort.
 * rules-72: after a death, others wished next ("RIP Pannell. Okonkwo next", rules/deathNext.ts); quoted
 * abuse named as a poster or "aimed at" someone is reported, and a policy that "dies a slow painful
 * death" is criticism (guards.ts); a nationality denied ("not English … never will be"), "go back
 * there" after a place of origin, "represents Delhi" (rules/identity.ts); a memorial service for a
 * relative is no disclosure (rules/doxxing.ts); "owt" in "shame if owt happened"; party meetings
 * (AGM, deselection) are contests; "Cancer is a bastard", "slag heap", "the pissing rain" harmless.
 * rules-73: a slur taken back ("dyke and proud", "reclaiming 'poof'") or named as what abusers call
 * someone ("anyone who calls a gay teacher a groomer") is not abuse (guards.ts); a cup tie's legs and
 * halves are a game; an office address is no home's; "represent the Philippines in the fashion show"
 * is no charge; wishes listed ("a long, painful illness", "tinnitus, then cancer"), wished "on her", or
 * left to a force ("praying the tide takes him") are wishes for harm (rules/harm.ts); flags and poppies on
 * lamp posts, someone's dog, and "As a big fat lesbian…" said of the writer are harmless (guards.ts).
 */
export const RULES_VERSION = 'rules-73';

export interface ClassifyOptions {
  thresholds?: Partial<Thresholds>;
  lexiconOverrides?: LexiconOverrides;
  /** Categories never to output (e.g. a team that does not track profanity). */
  disabledCategories?: string[];
  /** Model bytes (a bundler's binary import or fs.readFileSync) or a loaded model; null for rules only. */
  model?: Uint8Array | Model | null;
  /** Where to read weights.bin from when `model` is not given. */
  modelPath?: string;
}

export interface Classifier {
  /** e.g. "rules-1.3fa2c1+model-9b1d0c2e4f11": stored with every label. */
  version: string;
  thresholds: Thresholds;
  classify(text: string): Classification;
}

/**
 * Where weights.bin may be: next to this file (source/tsx), next to the bundle (dist/electron/…),
 * in Electron's resources folder (electron-builder extraResources), or $BULWARK_MODEL.
 */
export function defaultModelPaths(): string[] {
  const here = typeof __dirname === 'string' ? __dirname : process.cwd();
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  return [
    process.env.BULWARK_MODEL,
    path.join(here, 'model', 'weights.bin'),
    path.join(here, 'classify', 'model', 'weights.bin'),
    path.join(here, '..', '..', 'electron', 'classify', 'model', 'weights.bin'),
    resources ? path.join(resources, 'classify', 'weights.bin') : undefined,
    path.join(process.cwd(), 'electron', 'classify', 'model', 'weights.bin'),
  ].filter((p): p is string => typeof p === 'string');
}

/** The model `opts` asks for: bytes still to load, a loaded model, or null (rules only). */
function findModel(opts: ClassifyOptions): Uint8Array | Model | null {
  if (opts.model === null) return null;
  if (opts.model) return opts.model;
  const candidates = opts.modelPath ? [opts.modelPath] : defaultModelPaths();
  for (const p of candidates) if (fs.existsSync(p)) return fs.readFileSync(p);
  if (opts.modelPath) throw new Error(`Model file not found: ${opts.modelPath}`);
  return null;
}

function resolveModel(opts: ClassifyOptions): Model | null {
  const m = findModel(opts);
  return m instanceof Uint8Array ? loadModel(m) : m;
}

/** What every label records: rules, word lists, model and (when not the defaults) thresholds. */
function versionOf(lexicon: string, model: string | null, thresholds: Thresholds): string {
  return `${RULES_VERSION}.${lexicon}+model-${model ?? 'none'}${thresholdsTag(thresholds)}`;
}

/**
 * The version createClassifier(opts) reports, without building the classifier: no word lists
 * compiled, no weights decoded (about 280 ms and tens of MB saved where only the name is needed).
 */
export function classifierVersion(opts: ClassifyOptions = {}): string {
  const m = findModel(opts);
  return versionOf(
    lexiconVersion(opts.lexiconOverrides),
    m === null ? null : m instanceof Uint8Array ? modelHash(m) : m.hash,
    { ...DEFAULT_THRESHOLDS, ...opts.thresholds },
  );
}

let sharedLexicon: Lexicon | null = null;

/**
 * "" at the default thresholds; otherwise "+thresholds-" and a short hash of the ones that differ. The
 * bars decide labels as much as the rules do, so a label's version records them too, and Settings can
 * tell which posts were labelled under other bars (db/labels.ts postsWithOutdatedLabels).
 */
function thresholdsTag(t: Thresholds): string {
  const changed = (Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[])
    .filter((k) => t[k] !== DEFAULT_THRESHOLDS[k])
    .map((k) => `${k}=${t[k]}`);
  if (changed.length === 0) return '';
  return `+thresholds-${fnv1a(changed.join(',')).toString(16).padStart(8, '0').slice(0, 6)}`;
}

export function createClassifier(opts: ClassifyOptions = {}): Classifier {
  const model = resolveModel(opts);
  // The default lexicon is shared: building it costs a few milliseconds and it never changes.
  const lex = opts.lexiconOverrides
    ? buildLexicon(opts.lexiconOverrides)
    : (sharedLexicon ??= buildLexicon());
  const thresholds: Thresholds = { ...DEFAULT_THRESHOLDS, ...opts.thresholds };
  const disabled = new Set(opts.disabledCategories ?? []);
  const version = versionOf(lex.version, model ? model.hash : null, thresholds);
  const probs = new Float64Array(model ? model.header.heads.length : 0);
  const probsMasked = new Float64Array(probs.length);
  const idx = (name: string): number => (model ? (model.headIndex[name] ?? -1) : -1);
  const heads = {
    offensive: idx('offensive'),
    targeted: idx('targeted'),
    sexism: idx('sexism'),
    antisemitism: idx('antisemitism'),
  };
  const read = (p: Float64Array, h: number): number => (h >= 0 ? (p[h] ?? 0) : 0);
  const readScores = (p: Float64Array, into: ModelScores): ModelScores => {
    into.offensive = read(p, heads.offensive);
    into.targeted = read(p, heads.targeted);
    into.sexism = read(p, heads.sexism);
    into.antisemitism = read(p, heads.antisemitism);
    return into;
  };
  // Reused for every post: decide() copies what it returns (the scores are rounded into a new object).
  const scores: ModelScores = { offensive: 0, targeted: 0, sexism: 0, antisemitism: 0 };
  const maskedScores: ModelScores = { offensive: 0, targeted: 0, sexism: 0, antisemitism: 0 };
  return {
    version,
    thresholds,
    classify(text: string): Classification {
      const first = classifyOnce(text ?? '');
      if (first.abusive) return first;
      const expanded = expandHashtags(text ?? '', lex);
      return expanded ? withHashtagsRead(first, classifyOnce(expanded.text), expanded) : first;
    },
  };

  function classifyOnce(text: string): Classification {
    const ctx = buildContext(text, lex);
    const rules = runRules(ctx);
    scores.offensive = scores.targeted = scores.sexism = scores.antisemitism = 0;
    let politicalScores: ModelScores | undefined;
    if (model) {
      // Political posts are also scored without their criticism words ("liar", "stupid decision"):
      // what is left is the offensiveness that criticism does not explain.
      const political = rules.political.policy + rules.political.critique > 0 && rules.masked.length > 0;
      const mask = political ? maskOf(ctx, rules.masked) : undefined;
      scoreModel(
        model,
        ctx.baseTok,
        ctx.norm.text.length,
        probs,
        ctx.lexCategories,
        mask,
        probsMasked,
        ctx.style,
      );
      readScores(probs, scores);
      if (political) politicalScores = readScores(probsMasked, maskedScores);
    }
    return decide({ ctx, rules, scores, politicalScores, model, thresholds, disabled, version });
  }
}

let maskBuf = new Uint8Array(256);

/** 1 for each model token inside the given rule-token ranges (mapped through character offsets). */
function maskOf(ctx: Context, ranges: [number, number][]): Uint8Array {
  const base = ctx.baseTok;
  if (maskBuf.length < base.count) maskBuf = new Uint8Array(base.count * 2);
  const mask = maskBuf;
  mask.fill(0, 0, base.count);
  for (const [a, b] of ranges) {
    const from = ctx.tok.start[a] ?? 0;
    const to = ctx.tok.end[b - 1] ?? 0;
    for (let t = 0; t < base.count; t++) {
      const s = base.start[t] ?? 0;
      if (s >= from && s < to) mask[t] = 1;
    }
  }
  return mask;
}
