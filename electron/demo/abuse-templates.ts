/**
 * Templates for every abuse category in the taxonomy that a classifier is expected to find (the
 * manual-only ones, smears and harassment, are judgements about facts or conduct and are not planted).
 * They are modelled on the patterns documented in UK research on abuse of MPs. Slurs are obfuscated
 * (asterisks, leetspeak, echo brackets) the way abusers themselves obfuscate them, which is exactly
 * what the normaliser has to undo; each category stays recognisable to a human reviewer.
 */
import type { TemplateSet } from './templates';
import type { AbuseKey } from './categories';
import type { Trait } from './cast';

export const ABUSE: Record<AbuseKey, TemplateSet> = {
  profanity: {
    you: [
      'What a load of bollocks.',
      'Give it a f***ing rest about {topic}.',
      'Shut the f*** up about {topic}.',
      'Piss off with your {policy}.',
      'Absolute sh*te answer on {topic}, as usual.',
      'Oh f*ck off.',
      'Bloody hell, what the f*** was that at PMQs?',
    ],
    they: [
      '{n} is talking absolute sh*t about {topic} again.',
      'What the f*** is {n} doing on {topic}?',
      'Bloody hell {n}, get a grip, this is a f***ing mess.',
      'Cannot stand another minute of {n} banging on about the f***ing {policy}.',
      '{n} can piss right off.',
    ],
    general: ['F***ing shambles, the lot of them.', 'What a load of sh*te from the {party} today.'],
  },
  personal_insult: {
    you: [
      'You are an idiot.',
      'You absolute moron.',
      'Thick as two short planks, you.',
      'Nobody can stand your smug face.',
      'What a brainless clown you are.',
      'You are a pathetic, useless waste of space.',
      'You have the brains of a goldfish.',
      'Ugly inside and out. Go away.',
    ],
    they: [
      '{n} is thick as mince.',
      '{n} is an ugly, useless waste of space.',
      '{n} has the brains of a goldfish.',
      'Has anyone ever heard {n} say something intelligent? Absolute moron.',
      '{n} is a pathetic little clown.',
      'Just look at the state of {n}. Face like a smacked arse.',
      '{n} is the thickest person ever to sit in Parliament.',
    ],
  },
  party_abuse: {
    you: ['You and your whole {party} gang are scum.', 'Typical {party} filth. Every one of you is a crook.'],
    they: [
      '{n} and the rest of the {party} are scum.',
      'Typical {party} filth like {n}. Crooks, the lot of them.',
      '{n} proves every {party} member is a traitor.',
    ],
    general: [
      'Every single {party} member is scum.',
      '{party} = a party of traitors and crooks. Scum, all of them.',
      'Never met a {party} voter who was not a brain-dead idiot.',
      'The {party} lot are filth, every last one.',
      'Civvie scum, the whole party.',
    ],
  },
  misogyny: {
    you: [
      'Get back in the kitchen love.',
      'Stupid little girl, know your place.',
      'Typical hysterical woman.',
      'Shut up you silly b*tch.',
      'Women like you should never have been given the vote.',
      'Go and have a baby and leave politics to the men.',
    ],
    they: [
      '{n} should get back in the kitchen and leave politics to men.',
      'Women like {n} have no business in Parliament.',
      '{n} is just a hysterical silly woman.',
      'Who let this dumb b*tch near a microphone? {n} again.',
      '{n} is proof women should not be allowed in Parliament.',
      '{n} must be on her period again. Hormonal nonsense.',
    ],
  },
  racism: {
    you: [
      'Go back to where you came from.',
      'You will never be British, whatever your passport says.',
      'Nobody voted for a foreigner to run {const}.',
      'Go home. This is not your country.',
    ],
    they: [
      '{n} should go back to where {they} came from.',
      '{n} will never be British, whatever {their} passport says.',
      'Another foreigner like {n} telling us how to run our country.',
      'Send {n} back. Simple.',
      'Imagine letting someone like {n} represent an English town.',
    ],
  },
  antisemitism: {
    you: [
      'Who do you really work for? The (((bankers)))?',
      'Your dual loyalty is showing.',
      'Rothschild puppet. Everyone can see who pulls your strings.',
      'Typical z1onist, always about the money.',
    ],
    they: [
      '{n} is just another Rothschild puppet.',
      'Follow the money: (((globalist))) {n}.',
      '{ns} loyalty is to Israel, not Britain.',
      'Typical z1onist {n}, working for the globalists.',
      '{n} and (((their friends))) own the media anyway.',
    ],
  },
  islamophobia: {
    you: [
      'Go back to your mosque.',
      'We do not want your sharia here.',
      'Terrorist sympathiser. Everyone knows what you are.',
      'Mus1im invaders like you are ruining this country.',
    ],
    they: [
      '{n} wants sharia law in {const}.',
      'Never trust a Muslim like {n}, taqiyya in action.',
      '{n} is a terrorist sympathiser, just look at {them}.',
      'Another Islamist in Parliament. {n} should be deported.',
      '{n} is a trojan horse for the caliphate.',
    ],
  },
  anti_lgbtq: {
    you: [
      'You are a disgusting f*ggot.',
      'Groomer. Stay away from our kids.',
      'It is not a gender, it is a mental illness.',
      'Keep your perversion away from our schools.',
    ],
    they: [
      '{n} is a groomer, keep {them} away from kids.',
      '{n} is a disgusting f*g.',
      'Pronouns in bio, brain in the bin. {n} is a freak.',
      'Keep your perversion away from our schools, {n}.',
      '{n} is a tr*nny freak and should not be near children.',
    ],
  },
  ableism: {
    you: ['Are you r*tarded?', 'Total sp*z.', 'You belong in a loony bin.', 'Mong. Absolute mong.'],
    they: [
      '{n} is a complete r*tard.',
      '{n} sounds like a sp*stic at the despatch box.',
      'Someone check {n} back into the psych ward.',
      '{n} is a drooling mong.',
    ],
  },
  dehumanisation: {
    you: [
      'You are vermin.',
      'You rat.',
      'You are a parasite feeding off taxpayers.',
      'Subhuman filth.',
      'You are a cockroach in a suit.',
    ],
    they: [
      '{n} is vermin.',
      '{n} and {their} lot are a cancer on this country.',
      '{n} is a cockroach in a suit.',
      'Subhuman filth like {n} should not be allowed to breed.',
      '{n} is a parasite. Nothing more.',
    ],
    general: [
      '{party} MPs are rats, vermin, the lot of them.',
      'Cockroaches, every one of them in the {party}.',
    ],
  },
  sexualised: {
    you: [
      'Send n00dz and maybe I will vote for you 😏',
      'Nice legs, shame about the mouth 😏',
      'I would show you what a real man is like in bed.',
      'Bet you are a dirty little thing behind closed doors.',
    ],
    they: [
      '{n} would look better on {their} knees.',
      'Bet {n} is a dirty little thing behind closed doors.',
      'Someone should send {n} a d*ck pic to cheer {them} up.',
      'I would bend {n} over the despatch box 😏',
    ],
  },
  harm_incitement: {
    you: [
      'Hope you die in a fire.',
      'Hope someone gives you what you deserve, and soon.',
      'I hope you get cancer.',
      'Wouldn’t shed a tear if you got hit by a bus.',
    ],
    they: [
      'I hope {n} gets cancer.',
      'Someone should sort {n} out once and for all.',
      'Wouldn’t shed a tear if {n} got hit by a bus.',
      'Who is going to pay {n} a visit at the next surgery? Asking for a friend.',
      'Good on whoever egged {n}. Next time use something harder.',
      'Hope {n} drives off a bridge.',
    ],
  },
  doxxing: {
    you: [
      'We know you live at {num} {street}, {town} {postcode}.',
      'Your number is {phone}. Expect calls.',
      'Your kids go to {school}. Pick-up is at 3:15, right?',
    ],
    they: [
      '{n} lives at {num} {street}, {postcode}. Go and tell {them} what you think.',
      'Here is {ns} personal mobile: {phone}. Ring it.',
      '{ns} kids go to {school}, pick-up is 3:15.',
      '{n} is at {venue} right now, table by the window.',
      'Home address of {n}: {num} {street}, {town} {postcode}. Pass it on.',
    ],
  },
  threat: {
    you: [
      'I will find you and I will hurt you.',
      'You are dead. Watch your back.',
      'I know where you live and I am coming for you.',
      'I am going to put a bullet in you.',
      'Your family will not be safe either.',
    ],
    they: [
      'I am going to kill {n}.',
      '{n} will not make it to the next election alive.',
      '{n} better watch {their} back. I know where the office is.',
      'I will be waiting outside {ns} surgery with a knife.',
      'Going to stab {n} at the next surgery in {const}.',
    ],
  },
  self_harm: {
    you: [
      'Just kill yourself.',
      'KYS.',
      'Do everyone a favour and end it.',
      'Nobody would miss you if you jumped.',
      'Go and hang yourself.',
    ],
    they: [
      '{n} should just kill {themself}.',
      'Someone tell {n} to KYS.',
      'The world would be better if {n} ended it.',
    ],
  },
};

/** Racism often names the target's heritage; these add trait-specific variants to the generic set. */
export const RACISM_BY_TRAIT: Partial<Record<Trait, TemplateSet>> = {
  black: {
    you: ['Go back to Africa.', 'Monkey. 🐒'],
    they: ['{n} should go back to Africa.', 'Since when do we let a c00n like {n} run a town?'],
  },
  south_asian: {
    you: ['Go back to your curry house, p*ki.'],
    they: ['{n} is just another p*ki on the take.', '{n} should stick to running a corner shop.'],
  },
  east_asian: {
    you: ['Go back to China, ch*nk.'],
    they: ['{n} is a ch*nk spy for Beijing.'],
  },
  arab: {
    you: ['Go back to the desert.'],
    they: ['{n} should be sent back to the desert.'],
  },
};

/**
 * Phrases quoted back in counter-speech ("calling her a ___ is disgusting"). Chosen to match what each
 * person is actually sent, so the quoted words overlap the abuse lexicon and the case is genuinely tricky.
 */
export const QUOTES: Record<Trait | 'female' | 'any', readonly string[]> = {
  female: ['silly little girl', 'hysterical woman', 'get back in the kitchen'],
  black: ['go back to Africa', 'never be British'],
  south_asian: ['go back where you came from', 'never be British'],
  east_asian: ['spy for Beijing'],
  arab: ['go back to the desert'],
  muslim: ['terrorist sympathiser'],
  jewish: ['Rothschild puppet'],
  lgbtq: ['groomer'],
  disabled: ['cripple'],
  any: ['vermin', 'waste of oxygen', 'kill yourself'],
};
