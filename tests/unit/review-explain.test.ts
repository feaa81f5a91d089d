import { describe, expect, it } from 'vitest';
import type { ReviewLabel } from '../../electron/api/types';
import {
  describeFeature,
  describeRule,
  explainLabel,
  modelScoresLine,
} from '../../renderer/src/review/explain';
import { segmentText } from '../../renderer/src/review/segments';

const names: Record<string, string> = {
  threat: 'Threat',
  self_harm: 'Encouraging self-harm',
  party_abuse: 'Party abuse',
  dehumanisation: 'Dehumanisation',
};
const nameOf = (k: string) => names[k] ?? k;

describe('highlight segments', () => {
  it('slices plain text into unmarked and marked runs, in order, covering every character once', () => {
    const text = '@mp I know where you live and I am coming for you.';
    const segs = segmentText(text, [
      { start: 4, end: 25, category: 'threat', rule: 'lex:threat:i know where you live' },
      { start: 35, end: 49, category: 'threat', rule: 'lex:threat:coming for you' },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(text);
    expect(segs.map((s) => [s.text, s.spans.length])).toEqual([
      ['@mp ', 0],
      ['I know where you live', 1],
      [' and I am ', 0],
      ['coming for you', 1],
      ['.', 0],
    ]);
  });

  it('splits overlapping spans, strongest first, and ignores spans outside the text', () => {
    const segs = segmentText(
      'you rat scum',
      [
        { start: 4, end: 12, category: 'dehumanisation' },
        { start: 0, end: 7, category: 'threat' },
        { start: 40, end: 50, category: 'threat' },
        { start: 5, end: 5, category: 'threat' },
      ],
      (s) => (s.category === 'threat' ? 4 : 3),
    );
    expect(segs.map((s) => [s.text, s.spans.map((x) => x.category)])).toEqual([
      ['you ', ['threat']],
      ['rat', ['threat', 'dehumanisation']],
      [' scum', ['dehumanisation']],
    ]);
  });

  it('keeps markup in a post as plain text (it is only ever sliced, never parsed)', () => {
    const text = '<img src=x onerror=alert(1)> die';
    const segs = segmentText(text, [{ start: 29, end: 32, category: 'threat' }]);
    expect(segs[0]!.text).toBe('<img src=x onerror=alert(1)> ');
    expect(segs[1]!.text).toBe('die');
  });

  it('handles surrogate pairs by UTF-16 offsets, as the classifier reports them', () => {
    const text = 'You are dead. 🐀';
    const segs = segmentText(text, [{ start: 14, end: 16, category: 'dehumanisation' }]);
    expect(segs[1]!.text).toBe('🐀');
  });
});

describe('why, in plain words', () => {
  it('describes rule ids', () => {
    expect(describeRule('lex:threat:i know where you live', nameOf)).toBe(
      'matched the phrase “i know where you live” (Threat word list)',
    );
    expect(describeRule('lex:self_harm:kys', nameOf)).toBe(
      'matched the word “kys” (Encouraging self-harm word list)',
    );
    expect(describeRule('threat:intent-kill-person', nameOf)).toBe(
      'matched the threat pattern “I will + kill + a person”',
    );
    expect(describeRule('threat:you-will-die', nameOf)).toBe('matched the threat pattern “you will … die”');
    expect(describeRule('threat:visit-with-weapon', nameOf)).toBe(
      'says they will be at the person’s office or home, with a weapon',
    );
    expect(describeRule('threat:cue-aftermath', nameOf)).toMatch(
      /^intimidation, one of several signs together: what is left/,
    );
    expect(describeRule('threat:cue-foretold', nameOf)).toMatch(/what will become of them/);
    expect(describeRule('threat:cue-condition', nameOf)).toMatch(/a vote or decision made the condition/);
    expect(describeRule('threat:cue-consequence', nameOf)).toMatch(/not for their seat/);
    expect(describeRule('harm:gloat', nameOf)).toMatch(/^gloats over the person’s illness/);
    expect(describeRule('threat:meant-literally', nameOf)).toMatch(/not a figure of speech/);
    expect(describeRule('threat:never-again', nameOf)).toMatch(
      /^the writer guarantees the person will never walk/,
    );
    expect(describeRule('threat:conditional-harm', nameOf)).toBe(
      'a veiled threat: “a shame / a pity if” something happened to them, their family or home',
    );
    expect(describeRule('self_harm:suggested-means', nameOf)).toBe(
      'suggests the person harm themselves, and names a way to do it',
    );
    expect(describeRule('harm:wish-dies', nameOf)).toBe('matched the harm-wish pattern “hope / wish + dies”');
    expect(describeRule('doxxing:postcode', nameOf)).toBe('shares a UK postcode');
    expect(describeRule('self_harm:self-ending', nameOf)).toMatch(/^tells the person to end themselves/);
    expect(describeRule('harm:incite-kick-person', nameOf)).toBe(
      'calls on others to kick a person (“someone should + kick”)',
    );
    expect(describeRule('doxxing:registration', nameOf)).toBe('shares a car registration');
    expect(describeRule('doxxing:routine', nameOf)).toBe(
      'describes someone’s private routine: where they go, and when',
    );
    expect(describeRule('doxxing:home-details', nameOf)).toMatch(/^describes someone’s home/);
    expect(describeRule('doxxing:home-pinned', nameOf)).toMatch(/^says which door is someone’s home/);
    expect(describeRule('threat:death-emoji-reply', nameOf)).toBe(
      'a reply made only of emoji of killing and death (🔪, 🩸, ⚰️)',
    );
    expect(describeRule('sexualised:emoji-only-reply', nameOf)).toBe(
      'a reply made only of sexual emoji (🍑, 🍆, 💦…)',
    );
    expect(describeRule('harm:swarm', nameOf)).toMatch(/^calls on others to swarm the person online/);
    expect(describeRule('harm:only-good-dead', nameOf)).toMatch(/^wishes death on a whole group/);
    expect(describeRule('ableism:stammer-mocked', nameOf)).toMatch(/^types out a stammer to mock the person/);
    expect(describeRule('doxxing:whereabouts-sought', nameOf)).toBe(
      'asks others where someone lives, or which house or car is theirs',
    );
    expect(describeRule('threat:cue-denied-purpose', nameOf)).toBe(
      'intimidation, one of several signs together: a harmless reason for coming, denied (“I’m not coming to ask a question”)',
    );
    expect(describeRule('threat:cue-watching', nameOf)).toMatch(/watch or follow the person/);
    expect(describeRule('threat:cue-place', nameOf)).toMatch(/the person’s own places or people/);
    expect(describeRule('harm:cue-wink', nameOf)).toBe(
      'a call for harm, one of several signs together: a hint that something worse is meant (“you know what to do”, “if you get me”)',
    );
    expect(describeRule('harm:cue-past-attack', nameOf)).toMatch(/a murdered or attacked member$/);
    expect(describeRule('self_harm:cue-means', nameOf)).toMatch(
      /^encouraging self-harm, one of several signs together: a way to die/,
    );
    expect(describeRule('self_harm:cue-urge', nameOf)).toMatch(/the writer pushing/);
    expect(describeRule('sexualised:cue-leer', nameOf)).toBe(
      'sexualised abuse, one of several signs together: looking or rating (“too busy staring”, “zoomed in”)',
    );
    expect(describeRule('sexualised:cue-bed', nameOf)).toMatch(/a bed or an invitation/);
    expect(describeRule('doxxing:cue-family', nameOf)).toBe(
      'exposes someone’s private life, one of several signs together: someone’s family or staff (“his wife”, “her little boy”)',
    );
    expect(describeRule('doxxing:cue-hint', nameOf)).toMatch(/the writer handing the details on/);
    expect(describeRule('identity:cue-sneer', nameOf)).toBe(
      'contempt for who the person is, one of two signs together: a sneer that leaves the reader to draw the conclusion (“funny how”, “oh wait”, “your lot”)',
    );
    expect(describeRule('identity:cue-trait', nameOf)).toMatch(/a trait of the person’s identity/);
    expect(describeRule('threat:no-innocent-reading', nameOf)).toMatch(
      /^nothing in the post gives the menacing phrase an innocent reading \(no election, news/,
    );
    expect(describeRule('harm:no-innocent-reading', nameOf)).toBe(
      describeRule('threat:no-innocent-reading', nameOf),
    );
    expect(describeRule('threat:watch-precise-detail', nameOf)).toMatch(
      /^shows the writer knows the person’s private life, one of several signs together: a precise detail/,
    );
    expect(describeRule('threat:watch-knowing-hint', nameOf)).toMatch(/“small world”/);
    expect(describeRule('self_harm:no-innocent-reading', nameOf)).toBe(
      describeRule('threat:no-innocent-reading', nameOf),
    );
    expect(describeRule('misogyny:cue-pet-name', nameOf)).toMatch(
      /^misogyny, one of several signs together: a patronising name/,
    );
    expect(describeRule('misogyny:cue-unfit', nameOf)).toMatch(/women called unfit/);
    expect(describeRule('harm:cheered-punched', nameOf)).toMatch(/^cheers on the person getting punched/);
    expect(describeRule('threat:getting-hurt', nameOf)).toMatch(/^says the person is going to get hurt/);
    expect(describeRule('harm:bounty', nameOf)).toBe('offers a reward to whoever harms the person');
    expect(describeRule('harm:celebrated', nameOf)).toBe(
      'celebrates harm to the person in advance (“if someone … I’d cheer”, “will be a national holiday”)',
    );
    expect(describeRule('harm:illness-worse', nameOf)).toBe(
      'hopes the person’s illness gets worse (“hope it spreads”, “hope the chemo doesn’t work”)',
    );
    expect(describeRule('harm:order-follow', nameOf)).toBe(
      'tells others to follow the person home or to their car (“follow Declan home from the gym”)',
    );
    expect(describeRule('threat:depicted', nameOf)).toMatch(
      /^describes a picture, edit or GIF of the person with a weapon/,
    );
    expect(describeRule('sexualised:depicted', nameOf)).toMatch(/naked, in lingerie or in pornography$/);
    expect(describeRule('identity:depicted', nameOf)).toMatch(/in blackface or as a minstrel$/);
    expect(describeRule('doxxing:journey', nameOf)).toBe(
      'says which train someone takes and where they sit on it (“the 17:42, carriage C”)',
    );
    expect(describeRule('harm:why-no-one', nameOf)).toBe(
      'asks why no one has harmed the person yet (“why has no one shot …”)',
    );
    expect(describeRule('harm:call-hanged', nameOf)).toBe(
      'says the person should be harmed (“should be / deserves + hanged”)',
    );
    expect(describeRule('harm:call-to-punch', nameOf)).toBe(
      'calls for someone to punch the person (“they must / you should + punch”)',
    );
    expect(describeRule('harm:wish-to-execute', nameOf)).toBe(
      'hopes someone will execute the person (“hope they execute her”)',
    );
    expect(describeRule('self_harm:told-to-choke', nameOf)).toBe(
      'says the person should choke themselves (“should just choke herself”)',
    );
    expect(describeRule('self_harm:tell-to-kill', nameOf)).toMatch(/^asks others to tell the person/);
    expect(describeRule('self_harm:should-have', nameOf)).toMatch(/should have killed themselves/);
    expect(describeRule('self_harm:not-yet', nameOf)).toMatch(/not killed themselves yet/);
    expect(describeRule('sexualised:desire-nail', nameOf)).toBe(
      'the writer’s sexual intent towards the person (“I’d nail her”)',
    );
    expect(describeRule('harm:order-shoot', nameOf)).toBe('orders the person harmed (“shoot her / him”)');
    expect(describeRule('threat:fire-through-letterbox', nameOf)).toBe(
      'pictures fire put through the person’s letterbox (“petrol through the letterbox tonight”)',
    );
    expect(describeRule('harm:praised-attack', nameOf)).toBe(
      'praises or eggs on someone who attacked an elected member (“hero”, “you missed a spot”)',
    );
    expect(describeRule('self_harm:if-i-were-you', nameOf)).toMatch(/^wishes the writer’s own death/);
    expect(describeRule('threat:future-injury-ambulance', nameOf)).toBe(
      'tells the person they will end up in an ambulance',
    );
    expect(describeRule('threat:future-injury-pieces', nameOf)).toBe(
      'tells the person they will end up in pieces',
    );
    expect(describeRule('threat:knows-private-life', nameOf)).toMatch(/^tells the person the writer knows/);
    expect(describeRule('threat:alone-at-time', nameOf)).toBe(
      'tells the person when and where they are on their own',
    );
    expect(describeRule('threat:fire-with-person-inside', nameOf)).toBe(
      'pictures a fire set to the person’s home, office or car with them inside',
    );
    expect(describeRule('threat:weapon-in-ribs', nameOf)).toBe(
      'pictures a weapon in the person’s ribs (“a blade between your ribs”)',
    );
    expect(describeRule('self_harm:take-the-lot', nameOf)).toMatch(
      /^tells the person to take all of a means/,
    );
    expect(describeRule('threat:named-for-rope', nameOf)).toBe(
      'says there is a rope with the person’s name on it',
    );
    expect(describeRule('threat:same-fate', nameOf)).toMatch(/^holds out what happened to another member/);
    expect(describeRule('threat:menace', nameOf)).toMatch(
      /^tells the person what will happen to them and when/,
    );
    expect(describeRule('threat:beating-kicking', nameOf)).toBe(
      'says the person should be given a kicking (“give him a good kicking”)',
    );
    expect(describeRule('threat:injured-head', nameOf)).toBe(
      'pictures the person’s head injured (“her face smashed in”)',
    );
    expect(describeRule('threat:injure-face', nameOf)).toBe(
      'says the writer will injure the person’s face (“I’ll smash your face in”)',
    );
    expect(describeRule('harm:injure-legs', nameOf)).toBe(
      'calls for or wishes an injury to the person’s legs (“someone should break his legs”)',
    );
    expect(describeRule('harm:beating-hidin', nameOf)).toMatch(/^calls for or wishes the person a hidin/);
    expect(describeRule('harm:no-jury', nameOf)).toMatch(/^excuses harm to the person in advance/);
    expect(describeRule('self_harm:cue-literal', nameOf)).toMatch(
      /^encouraging self-harm, one of several signs together: the writer saying it is meant literally/,
    );
    expect(describeRule('self_harm:cue-figure', nameOf)).toMatch(/a figure of speech for quitting/);
    expect(describeRule('identity:scare-quoted-wife', nameOf)).toBe(
      'puts “wife” in scare quotes to deny the person’s gender or marriage (“her ‘wife’”)',
    );
    expect(describeRule('threat:armed', nameOf)).toBe(
      'mentions a weapon the writer has, in a post addressed to the person',
    );
    expect(describeRule('party:tories+lex:dehumanisation:vermin', nameOf)).toBe(
      'abuse aimed at “tories” members as a group: matched the word “vermin” (Dehumanisation word list)',
    );
    expect(describeRule('something:new', nameOf)).toBe('matched rule “something:new”');
  });

  it('describes the identity-abuse rules in plain words, naming the category', () => {
    const named = (k: string) => ({ islamophobia: 'Islamophobia', racism: 'Racism' })[k] ?? k;
    expect(describeRule('identity:generalised-islamophobia', named)).toBe(
      'makes a sweeping claim about a whole group (“… are a drain”, “… can’t integrate”) (Islamophobia)',
    );
    expect(describeRule('identity:excluded-racism', named)).toBe(
      'says people of a group should be kept out of public life, expelled or punished, or cannot be trusted (“shouldn’t be allowed to stand”, “should be deported”) (Racism)',
    );
    expect(describeRule('identity:unfit-misogyny', (k) => (k === 'misogyny' ? 'Misogyny' : k))).toBe(
      'says women are unfit to lead or decide by nature (“women can’t handle …”, “… are too emotional”) (Misogyny)',
    );
    expect(describeRule('identity:foregone-racism', named)).toBe(
      'gives the person’s background as the explanation of what they did (“What do you expect from a Pakistani MP?”) (Racism)',
    );
    expect(describeRule('misogyny:cue-looks', nameOf)).toMatch(
      /^misogyny, one of several signs together: her looks or age/,
    );
    expect(describeRule('identity:sneer-racism', named)).toBe(
      'makes the person’s background a joke about their fitness for office (“A blind MP?”, “a woman chancellor 😂”) (Racism)',
    );
    expect(describeRule('identity:hatred-islamophobia', named)).toBe(
      'says the writer hates a whole group (“I hate …”, “… make me sick”) (Islamophobia)',
    );
    expect(describeRule('identity:typical-racism', named)).toBe(
      'sneers at the person’s background as the explanation (“Typical Pole.”) (Racism)',
    );
    expect(describeRule('identity:sent-home', named)).toBe(
      'tells the person to go back to another country (“back to Karachi”)',
    );
  });

  it('describes model features', () => {
    expect(describeFeature('w:idiot', nameOf)).toBe('the word “idiot”');
    expect(describeFeature('w:you idiot', nameOf)).toBe('the words “you idiot”');
    expect(describeFeature('c:idi', nameOf)).toBe('the letters “idi”');
    expect(describeFeature('lex:threat', nameOf)).toBe('words from the Threat word list');
  });

  it('explains a model label with its head score and the words the model weighed', () => {
    const label: ReviewLabel = {
      id: 1,
      category: 'party_abuse',
      source: 'model',
      score: 0.894,
      severity: 2,
      classifierVersion: 'x',
      createdAt: '2025-01-01T00:00:00.000Z',
      explanation: {
        spans: [{ start: 0, end: 3, category: 'party_abuse', rule: 'lex:party_abuse:the lot of them' }],
        features: [
          { feature: 'lex:party_abuse:the lot of them', weight: 0.2 },
          { feature: 'lex:profanity', weight: 1.485 },
          { feature: 'w:look', weight: 0.11 },
        ],
        model: { offensive: 0.935, targeted: 0.876, sexism: 0.213, antisemitism: 0.52 },
      },
    };
    expect(explainLabel(label, nameOf)).toEqual({
      source: 'Trained model',
      modelLine: 'model: offensive 0.94',
      reasons: [
        'matched the phrase “the lot of them” (Party abuse word list)',
        'the model weighed words from the profanity word list, the word “look”',
      ],
    });
    expect(modelScoresLine(label.explanation.model)).toBe(
      'offensive 0.94 · aimed at a person 0.88 · sexism 0.21 · antisemitism 0.52',
    );
  });

  it('says who decided for a human label', () => {
    const human = explainLabel(
      {
        id: 2,
        category: 'threat',
        source: 'human',
        score: 1,
        severity: 4,
        classifierVersion: 'human',
        createdAt: '',
        explanation: { spans: [], features: [], model: null, reviewer: 'Sam Patel' },
      },
      nameOf,
    );
    expect(human).toEqual({ source: 'Reviewer', reasons: ['decided by Sam Patel'], modelLine: null });
  });
});
