/**
 * Why a post was tagged, in plain words: rule ids and model features from the classifier's
 * explanation turned into sentences a welfare officer can read at a glance.
 */
import type { LabelExplanation, ReviewLabel } from '../../../electron/api/types';

type NameOf = (categoryKey: string) => string;

const HEADS: Record<string, string> = {
  offensive: 'offensive',
  targeted: 'aimed at a person',
  sexism: 'sexism',
  antisemitism: 'antisemitism',
};

/** Which model head speaks for a category (as the classifier's decision step uses them). */
const HEAD_FOR: Record<string, keyof NonNullable<LabelExplanation['model']>> = {
  misogyny: 'sexism',
  antisemitism: 'antisemitism',
};

const DOXXING: Record<string, string> = {
  postcode: 'shares a UK postcode',
  mobile: 'shares a mobile phone number',
  landline: 'shares a landline phone number',
  freephone: 'shares a phone number',
  'parliament-phone': 'shares a parliamentary phone number',
  'street-address': 'shares a street address',
  'street-name': 'names a street',
  'family-routine': 'mentions family members and their routine',
  'home-details':
    'describes someone’s home in the detail a visitor would need (gate, cameras, doors, photos)',
  'home-pinned':
    'says which door is someone’s home (a house number, “the one above…”, “the end of” a street)',
  registration: 'shares a car registration',
  routine: 'describes someone’s private routine: where they go, and when',
  'whereabouts-sought': 'asks others where someone lives, or which house or car is theirs',
  journey: 'says which train someone takes and where they sit on it (“the 17:42, carriage C”)',
};

const quote = (s: string): string => `“${s}”`;

/** The cues rules/identityCues.ts combines into identity contempt told as innuendo. */
/** rules/corroborate.ts: a weak menacing phrase, taken at its word. */
const NO_INNOCENT_READING =
  'nothing in the post gives the menacing phrase an innocent reading (no election, news, thanks, organising or policy talk), so it is taken at its word';

const IDENTITY_CUES: Record<string, string> = {
  trait: `a trait of the person’s identity (${quote('accent')}, ${quote('mosque')}, ${quote('wheelchair')}, ${quote('pronouns')})`,
  sneer: `a sneer that leaves the reader to draw the conclusion (${quote('funny how')}, ${quote('oh wait')}, ${quote('your lot')})`,
};

/** The cues rules/doxxingCues.ts combines into exposure without an address or a number. */
const DOXXING_CUES: Record<string, string> = {
  hint: `the writer handing the details on (${quote('just saying')}, ${quote('go say hello')})`,
  family: `someone’s family or staff (${quote('his wife')}, ${quote('her little boy')})`,
  work: `where or when someone works (${quote('works nights')}, ${quote('on reception')})`,
  home: `where someone lives or stays (${quote('lives above')}, ${quote('second home')})`,
  when: `a day or a time (${quote('Mondays')}, ${quote('at 12')})`,
  place: `a place to find them (${quote('nursery')}, ${quote('marina')}, a street)`,
};

/** The cues rules/intimidation.ts combines: each is ordinary talk alone, a threat together. */
const INTIMIDATION_CUES: Record<string, string> = {
  presence: `the writer says they will be there (${quote('I’ll be waiting')})`,
  watching: `the writer says they watch or follow the person (${quote('timed it twice')})`,
  omen: `a warning of something to come (${quote('for now')}, ${quote('tick tock')})`,
  weapon: 'a weapon or something to burn with, not as a policy topic',
  injury: `an injury as the outcome (${quote('in an ambulance')})`,
  condition: `a vote or decision made the condition (${quote('approve that scheme and')})`,
  consequence: `what will follow for the person, not for their seat (${quote('your last')}, ${quote('see what happens')})`,
  aftermath: `what is left of someone after an attack (${quote('a neck brace')}, ${quote('your own teeth')})`,
  foretold: `told to the person as what will become of them (${quote('you’ll be')}, ${quote('by the time we’re done')})`,
  place: `the person’s own places or people (${quote('your surgery')}, ${quote('your kids')})`,
  time: 'a day or a time',
  warning: `a warning with only one meaning (${quote('be careful how you vote')})`,
  'denied-purpose': `a harmless reason for coming, denied (${quote('I’m not coming to ask a question')})`,
};

/** The cues rules/surveillance.ts combines: intimidation by showing what the writer knows. */
const WATCH_CUES: Record<string, string> = {
  'private-life': `the person’s family, home or things (${quote('your daughter')}, ${quote('your car')})`,
  'precise-detail': `a precise detail (${quote('7.40')}, ${quote('room 12')}, ${quote('the red coat')})`,
  routine: `their routine (${quote('every morning')}, ${quote('same table')})`,
  'knowing-hint': `a knowing hint (${quote('just saying')}, ${quote('small world')}, ${quote('isn’t it?')})`,
};

/** The cues rules/incitementCues.ts combines into a call for harm. */
const INCITEMENT_CUES: Record<string, string> = {
  recruit: `others asked to act (${quote('any volunteers?')}, ${quote('someone needs to')})`,
  wink: `a hint that something worse is meant (${quote('you know what to do')}, ${quote('if you get me')})`,
  harm: `an injury or a weapon (${quote('kneecapped')}, ${quote('bring a bat')})`,
  encounter: `catching the person alone (${quote('in a dark car park')})`,
  wish: `a wish (${quote('fingers crossed')}, ${quote('dream scenario')})`,
  praise: `praise for whoever does it (${quote('deserves a knighthood')})`,
  'past-attack': 'a murdered or attacked member',
  when: 'a day or a place the person will be',
};

/** The cues rules/selfHarmCues.ts combines into encouraging self-harm. */
const SELF_HARM_CUES: Record<string, string> = {
  means: `a way to die (${quote('rope')}, ${quote('top floor')}, ${quote('the train tracks')})`,
  end: `the person’s death in other words (${quote('end it')}, ${quote('nobody would miss you')})`,
  urge: `the writer pushing (${quote('go on')}, ${quote('you know what to do')})`,
  figure: `a figure of speech for quitting (${quote('fall on your sword')}, ${quote('a long walk off a short cliff')})`,
  literal: `the writer saying it is meant literally (${quote('Literally.')}, ${quote('and I don’t mean his term')})`,
};

/** The cues rules/sexualCues.ts combines into sexualised abuse. */
const SEXUAL_CUES: Record<string, string> = {
  'sex-act': `sex told plainly (${quote('in the sack')}, ${quote('slept her way up')})`,
  bed: `a bed or an invitation (${quote('hotel room')}, ${quote('dms open')})`,
  undressed: `the person undressed (${quote('in her lingerie')}, ${quote('the rest of her')})`,
  body: `a part of her body (${quote('her legs')}, ${quote('that blouse')})`,
  leer: `looking or rating (${quote('too busy staring')}, ${quote('zoomed in')})`,
  emoji: 'a sexual emoji',
  wink: 'a suggestive emoji (😏 😉 👀)',
};

/** The cues rules/misogynyCues.ts combines into contempt for a woman as a woman. */
const MISOGYNY_CUES: Record<string, string> = {
  'pet-name': `a patronising name (${quote('sweetheart')}, ${quote('little lady')})`,
  home: `the kitchen, children or a husband as where she belongs (${quote('go make a sandwich')})`,
  hormones: `hormones or moods as her judgement (${quote('PMS')}, ${quote('hysterical')})`,
  unfit: `women called unfit or out of place (${quote('women can’t handle')}, ${quote('token woman')})`,
  shush: `told to smile, calm down, sit down or run along (${quote('smile love')}, ${quote('out of your depth')})`,
  looks: `her looks or age as her worth (${quote('frumpy')}, ${quote('past it')}, ${quote('no man would want her')})`,
};

export function headName(head: string): string {
  return HEADS[head] ?? head;
}

export function formatScore(n: number): string {
  return (Math.round(n * 100) / 100).toFixed(2);
}

/** One rule id → a sentence fragment, e.g. 'matched the phrase “i know where you live” (Threat word list)'. */
export function describeRule(rule: string, nameOf: NameOf): string {
  const [kind = '', ...rest] = rule.split(':');
  const tail = rest.join(':');
  switch (kind) {
    case 'lex': {
      const i = tail.indexOf(':');
      if (i === -1) return `words from the ${nameOf(tail)} word list`;
      const cat = tail.slice(0, i);
      const term = tail.slice(i + 1);
      return `matched the ${/\s/.test(term) ? 'phrase' : 'word'} ${quote(term)} (${nameOf(cat)} word list)`;
    }
    case 'misogyny': {
      const cue = /^cue-(.+)$/.exec(tail);
      const cueText = cue ? MISOGYNY_CUES[cue[1] ?? ''] : undefined;
      return cueText ? `misogyny, one of several signs together: ${cueText}` : `matched rule ${quote(rule)}`;
    }
    case 'sexualised': {
      const cue = /^cue-(.+)$/.exec(tail);
      const cueText = cue ? SEXUAL_CUES[cue[1] ?? ''] : undefined;
      if (cueText) return `sexualised abuse, one of several signs together: ${cueText}`;
      if (tail === 'emoji-only-reply') return 'a reply made only of sexual emoji (🍑, 🍆, 💦…)';
      if (tail === 'depicted')
        return 'describes a picture, edit or GIF that puts the person naked, in lingerie or in pornography';
      const desire = /^desire-(.+)$/.exec(tail);
      return desire
        ? `the writer’s sexual intent towards the person (${quote(`I’d ${desire[1]} her`)})`
        : `sexualised abuse (${tail})`;
    }
    case 'threat': {
      let m = /^intent-(.+)-person$/.exec(tail);
      if (m) return `matched the threat pattern ${quote(`I will + ${m[1]} + a person`)}`;
      m = /^you-will-(.+)$/.exec(tail);
      if (m) return `matched the threat pattern ${quote(`you will … ${m[1]}`)}`;
      if (tail === 'weapon-emoji') return 'weapon emoji aimed at someone';
      if (tail === 'death-emoji-reply') return 'a reply made only of emoji of killing and death (🔪, 🩸, ⚰️)';
      if (tail === 'visit-with-weapon')
        return 'says they will be at the person’s office or home, with a weapon';
      if (tail === 'rape') return `matched the threat pattern ${quote('I will + rape + a person')}`;
      m = /^getting-(.+)$/.exec(tail);
      if (m)
        return `says the person is going to get ${m[1]}: ${quote('you’re getting hurt')}, or with a time (${quote('the minute she sets foot here')})`;
      m = /^future-injury-(.+)$/.exec(tail);
      if (m) {
        const place = m[1] ?? '';
        const article = ['pieces', 'hospital', 'traction', 'bags'].includes(place)
          ? ''
          : /^[aeiou]/.test(place)
            ? 'an '
            : 'a ';
        return `tells the person they will end up in ${article}${place}`;
      }
      m = /^cue-(.+)$/.exec(tail);
      if (m) {
        const cue = INTIMIDATION_CUES[m[1] ?? ''];
        if (cue) return `intimidation, one of several signs together: ${cue}`;
      }
      if (tail === 'fire-with-person-inside')
        return `pictures a fire set to the person’s home, office or car with them inside`;
      if (tail === 'fire-through-letterbox')
        return `pictures fire put through the person’s letterbox (${quote('petrol through the letterbox tonight')})`;
      m = /^weapon-in-(.+)$/.exec(tail);
      if (m) return `pictures a weapon in the person’s ${m[1]} (${quote('a blade between your ribs')})`;
      m = /^named-for-(.+)$/.exec(tail);
      if (m) return `says there is a ${m[1]} with the person’s name on it`;
      if (tail === 'same-fate')
        return `holds out what happened to another member (${quote('you’ll get what that MP got')})`;
      m = /^beating-(.+)$/.exec(tail);
      if (m) return `says the person should be given a ${m[1]} (${quote('give him a good kicking')})`;
      m = /^injured-(.+)$/.exec(tail);
      if (m) return `pictures the person’s ${m[1]} injured (${quote('her face smashed in')})`;
      m = /^injure-(.+)$/.exec(tail);
      if (m) return `says the writer will injure the person’s ${m[1]} (${quote('I’ll smash your face in')})`;
      if (tail === 'meant-literally')
        return `tells the person they are finished, then says it is not a figure of speech (${quote('Not politically.')})`;
      if (tail === 'never-again')
        return `the writer guarantees the person will never walk or feel safe again (${quote('I’ll see to it you never walk again')})`;
      if (tail === 'alone-at-time') return 'tells the person when and where they are on their own';
      if (tail === 'menace')
        return `tells the person what will happen to them and when (${quote('next time you’re in the Crown you won’t be walking out')})`;
      if (tail === 'knows-private-life')
        return `tells the person the writer knows their private life (${quote('we know your route home')})`;
      if (tail === 'armed') return 'mentions a weapon the writer has, in a post addressed to the person';
      if (tail === 'no-innocent-reading') return NO_INNOCENT_READING;
      if (tail === 'depicted')
        return `describes a picture, edit or GIF of the person with a weapon, a noose, a coffin or an effigy (${quote('*body bag gif* @MP soon')})`;
      m = /^watch-(.+)$/.exec(tail);
      if (m && WATCH_CUES[m[1] ?? ''])
        return `shows the writer knows the person’s private life, one of several signs together: ${WATCH_CUES[m[1] ?? '']}`;
      if (tail === 'conditional-harm')
        return `a veiled threat: ${quote('a shame / a pity if')} something happened to them, their family or home`;
      return `matched a threat pattern (${tail})`;
    }
    case 'harm': {
      const call = /^incite-(.+)-person$/.exec(tail);
      if (call) return `calls on others to ${call[1]} a person (${quote(`someone should + ${call[1]}`)})`;
      const active = /^call-to-(.+)$/.exec(tail);
      if (active)
        return `calls for someone to ${active[1]} the person (${quote(`they must / you should + ${active[1]}`)})`;
      const called = /^call-(.+)$/.exec(tail);
      if (called) return `says the person should be harmed (${quote(`should be / deserves + ${called[1]}`)})`;
      if (tail === 'order-follow')
        return `tells others to follow the person home or to their car (${quote('follow Declan home from the gym')})`;
      const order = /^order-(.+)$/.exec(tail);
      if (order) return `orders the person harmed (${quote(`${order[1]} her / him`)})`;
      if (tail === 'bounty') return 'offers a reward to whoever harms the person';
      if (tail === 'no-innocent-reading') return NO_INNOCENT_READING;
      const cue = /^cue-(.+)$/.exec(tail);
      const cueText = cue ? INCITEMENT_CUES[cue[1] ?? ''] : undefined;
      if (cueText) return `a call for harm, one of several signs together: ${cueText}`;
      if (tail === 'gloat')
        return `gloats over the person’s illness, injury or loss as deserved (${quote('couldn’t happen to a nicer bloke')})`;
      if (tail === 'praised-attack')
        return `praises or eggs on someone who attacked an elected member (${quote('hero')}, ${quote('you missed a spot')})`;
      if (tail === 'swarm')
        return `calls on others to swarm the person online until they give up (${quote('flood her DMs')}, ${quote('mass report him')}, ${quote('keep going till she deletes')})`;
      if (tail === 'only-good-dead')
        return `wishes death on a whole group (${quote('the only good … is a dead …')})`;
      if (tail === 'no-jury')
        return `excuses harm to the person in advance (${quote('if anyone did … no jury would convict')})`;
      const body = /^(weapon-in|injure|injured|beating)-(.+)$/.exec(tail);
      if (body?.[1] === 'beating')
        return `calls for or wishes the person a ${body[2]} (${quote('someone should give him a good kicking')})`;
      if (body)
        return `calls for or wishes an injury to the person’s ${body[2]} (${quote('someone should break his legs')})`;
      if (tail === 'celebrated')
        return `celebrates harm to the person in advance (${quote('if someone … I’d cheer')}, ${quote('will be a national holiday')})`;
      if (tail === 'why-no-one')
        return `asks why no one has harmed the person yet (${quote('why has no one shot …')})`;
      const cheered = /^cheered-(.+)$/.exec(tail);
      if (cheered)
        return `cheers on the person getting ${cheered[1]} (${quote('best thing I’ve seen all year')})`;
      if (tail === 'illness-worse')
        return `hopes the person’s illness gets worse (${quote('hope it spreads')}, ${quote('hope the chemo doesn’t work')})`;
      const wished = /^wish-to-(.+)$/.exec(tail);
      if (wished)
        return `hopes someone will ${wished[1]} the person (${quote(`hope they ${wished[1]} her`)})`;
      const m = /^wish-(.+)$/.exec(tail);
      return m
        ? `matched the harm-wish pattern ${quote(`hope / wish + ${m[1]}`)}`
        : `matched a harm-wish pattern (${tail})`;
    }
    case 'self_harm': {
      const cue = /^cue-(.+)$/.exec(tail);
      const cueText = cue ? SELF_HARM_CUES[cue[1] ?? ''] : undefined;
      if (cueText) return `encouraging self-harm, one of several signs together: ${cueText}`;
      if (tail === 'no-innocent-reading') return NO_INNOCENT_READING;
      if (tail === 'suggested-means') return 'suggests the person harm themselves, and names a way to do it';
      if (tail === 'if-i-were-you')
        return `wishes the writer’s own death on the person as a comparison (${quote('if I was as useless as you I’d have hanged myself')})`;
      if (tail === 'take-the-lot')
        return `tells the person to take all of a means of self-harm (${quote('pills … take the lot')})`;
      if (tail === 'self-ending')
        return `tells the person to end themselves in other words (${quote('delete yourself')}, ${quote('finish yourself off')})`;
      if (tail === 'tell-to-kill')
        return `asks others to tell the person to kill themselves (${quote('someone tell him to kill himself')})`;
      if (tail === 'should-have')
        return `says the person should have killed themselves (${quote('you should’ve drowned yourself')})`;
      if (tail === 'not-yet')
        return `asks why the person has not killed themselves yet (${quote('why haven’t you killed yourself yet')})`;
      if (tail.startsWith('told-to-'))
        return `says the person should ${tail.slice(8)} themselves (${quote(`should just ${tail.slice(8)} herself`)})`;
      return `encourages self-harm (${tail})`;
    }
    case 'doxxing': {
      const cue = /^cue-(.+)$/.exec(tail);
      const cueText = cue ? DOXXING_CUES[cue[1] ?? ''] : undefined;
      if (cueText) return `exposes someone’s private life, one of several signs together: ${cueText}`;
      return DOXXING[tail] ?? `shares private information (${tail})`;
    }
    case 'trope':
      return tail === 'jewish-control'
        ? 'repeats the antisemitic trope of Jewish control'
        : `repeats a trope (${tail})`;
    case 'echo':
      return 'uses antisemitic “echo” brackets (((…)))';
    case 'identity': {
      const cue = /^cue-(.+)$/.exec(tail);
      const cueText = cue ? IDENTITY_CUES[cue[1] ?? ''] : undefined;
      if (cueText) return `contempt for who the person is, one of two signs together: ${cueText}`;
      const scare = /^scare-quoted-(.+)$/.exec(tail);
      if (scare)
        return `puts ${quote(scare[1] ?? '')} in scare quotes to deny the person’s gender or marriage (${quote('her ‘wife’')})`;
      if (tail === 'depicted')
        return `describes a picture or edit of the person in blackface or as a minstrel`;
      if (tail === 'sent-home')
        return `tells the person to go back to another country (${quote('back to Karachi')})`;
      const m = /^(typical|excluded|generalised|hatred|sneer|unfit|foregone)-(.+)$/.exec(tail);
      const group = m ? ` (${nameOf(m[2] ?? '')})` : '';
      if (m?.[1] === 'typical')
        return `sneers at the person’s background as the explanation (${quote('Typical Pole.')})${group}`;
      if (m?.[1] === 'excluded')
        return `says people of a group should be kept out of public life, expelled or punished, or cannot be trusted (${quote('shouldn’t be allowed to stand')}, ${quote('should be deported')})${group}`;
      if (m?.[1] === 'sneer')
        return `makes the person’s background a joke about their fitness for office (${quote('A blind MP?')}, ${quote('a woman chancellor 😂')})${group}`;
      if (m?.[1] === 'hatred')
        return `says the writer hates a whole group (${quote('I hate …')}, ${quote('… make me sick')})${group}`;
      if (m?.[1] === 'foregone')
        return `gives the person’s background as the explanation of what they did (${quote('What do you expect from a Pakistani MP?')})${group}`;
      if (m?.[1] === 'unfit')
        return `says women are unfit to lead or decide by nature (${quote('women can’t handle …')}, ${quote('… are too emotional')})${group}`;
      if (m?.[1] === 'generalised')
        return `makes a sweeping claim about a whole group (${quote('… are a drain')}, ${quote('… can’t integrate')})${group}`;
      return `identity-based abuse (${tail})`;
    }
    case 'party': {
      const plus = tail.indexOf('+');
      if (plus === -1) return `abuse aimed at a party's members as a group`;
      return `abuse aimed at ${quote(tail.slice(0, plus))} members as a group: ${describeRule(tail.slice(plus + 1), nameOf)}`;
    }
    case 'ableism':
      return tail === 'stammer-mocked'
        ? `types out a stammer to mock the person (${quote('S-s-s-sad')}, ${quote('c-c-can’t even ask')})`
        : `matched rule ${quote(rule)}`;
    case 'political':
      return 'uses the language of political criticism (policy, votes, record)';
    case 'model': {
      const i = tail.indexOf(':');
      return i === -1 ? 'model evidence' : describeFeature(tail.slice(i + 1), nameOf);
    }
    default:
      return `matched rule ${quote(rule)}`;
  }
}

/** A model feature → 'the word “look”', 'the letters “idi”', or a rule description. */
export function describeFeature(feature: string, nameOf: NameOf): string {
  if (feature.startsWith('w:')) {
    const words = feature.slice(2);
    return `the ${/\s/.test(words) ? 'words' : 'word'} ${quote(words)}`;
  }
  if (feature.startsWith('c:')) return `the letters ${quote(feature.slice(2))}`;
  return describeRule(feature, nameOf);
}

export interface LabelReasons {
  /** 'Word list or pattern', 'Trained model' or 'Reviewer'. */
  source: string;
  /** Matched words, patterns and model evidence, strongest first, without repeats. */
  reasons: string[];
  /** The model head that backs this label, e.g. 'model: offensive 0.91'. */
  modelLine: string | null;
}

export function explainLabel(label: ReviewLabel, nameOf: NameOf): LabelReasons {
  const e = label.explanation;
  if (label.source === 'human') {
    const by = e.reviewer ? `decided by ${e.reviewer}` : 'a reviewer’s decision';
    return { source: 'Reviewer', reasons: [by], modelLine: null };
  }
  const reasons: string[] = [];
  const add = (s: string) => {
    if (!reasons.includes(s)) reasons.push(s);
  };
  for (const s of e.spans) if (s.rule) add(describeRule(s.rule, nameOf));
  let modelLine: string | null = null;
  if (label.source === 'model') {
    const head = HEAD_FOR[label.category] ?? 'offensive';
    if (e.model) modelLine = `model: ${headName(head)} ${formatScore(e.model[head])}`;
    const weighed = e.features
      .filter((f) => f.weight > 0 && !e.spans.some((s) => s.rule === f.feature))
      .slice(0, 4)
      .map((f) => describeFeature(f.feature, nameOf));
    if (weighed.length) add(`the model weighed ${weighed.join(', ')}`);
  } else {
    for (const f of e.features) add(describeFeature(f.feature, nameOf));
  }
  return { source: label.source === 'rule' ? 'Word list or pattern' : 'Trained model', reasons, modelLine };
}

/** 'offensive 0.94 · aimed at a person 0.88 · sexism 0.21 · antisemitism 0.52' */
export function modelScoresLine(model: LabelExplanation['model']): string | null {
  if (!model) return null;
  return (Object.keys(HEADS) as (keyof typeof model)[])
    .filter((k) => typeof model[k] === 'number')
    .map((k) => `${headName(k)} ${formatScore(model[k])}`)
    .join(' · ');
}
