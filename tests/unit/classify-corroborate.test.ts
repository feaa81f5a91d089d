import { describe, expect, it } from 'vitest';
import { abusive, keys, rules } from './classifyProbe';

/**
 * A weak menacing phrase taken at its word when nothing in the post explains it away
 * (rules/corroborate.ts), next to the same phrases in election talk, news, thanks, organising, a
 * visit's stated purpose, a thing harmed and a friendly sign-off.
 */
describe('menace with no innocent reading', () => {
  it('a weak threat phrase said to someone, with nothing else in the post, is a threat', () => {
    expect(keys('Patience runs out, Councillor Okafor. So does luck.')).toContain('threat');
    expect(keys('Tell Mrs Pryce she won’t make it to the hustings.')).toContain('threat');
    expect(keys('Whoever is on the desk at Halworth’s surgery on Saturday, wear a helmet.')).toContain(
      'threat',
    );
    expect(rules('Patience runs out, Councillor Okafor. So does luck.', 'threat:no-innocent')).toEqual([
      'threat:no-innocent-reading',
    ]);
  });

  it('a weak call for harm with nothing else in the post is incitement', () => {
    expect(keys('Anyone with a van and a spare evening? He parks behind the Co-op on Thursdays.')).toContain(
      'harm_incitement',
    );
    expect(
      rules('Anyone with a van and a spare evening? He parks behind the Co-op on Thursdays.', 'harm:'),
    ).toEqual(['harm:no-innocent-reading']);
  });

  it('a weak push towards self-harm with nothing else in the post; not a call to resign, nor the writer about themselves', () => {
    expect(keys('Stop apologising on the radio, Nadia, and just jump.')).toContain('self_harm');
    expect(rules('Stop apologising on the radio, Nadia, and just jump.', 'self_harm:no-innocent')).toEqual([
      'self_harm:no-innocent-reading',
    ]);
    expect(abusive('Do the decent thing and resign, Nadia. Your position is untenable.')).toBe(false);
    expect(abusive('Four hours on this tax return, I want to slit my wrists. Back to it tomorrow.')).toBe(
      false,
    );
  });

  it('the same phrases in election talk, news, thanks and organising are not abuse', () => {
    expect(abusive('Halworth loses the seat in May, mark my words.')).toBe(false);
    expect(abusive('News: MPs’ offices are getting panic alarms after a rise in threats.')).toBe(false);
    expect(
      abusive('Thank you for sorting my mum’s housing case. Patience runs out with the council, not you!'),
    ).toBe(false);
    expect(abusive('Bring banners and bring your mates. Patience runs out, Halworth.')).toBe(false);
    // Without those readings the same phrases are threats (the first test).
    expect(keys('Patience runs out, Halworth.')).toContain('threat');
  });

  it('a visit with its purpose, a thing harmed and a friendly sign-off are not threats', () => {
    expect(abusive("I'll be at your surgery on Friday to discuss the bus cuts.")).toBe(false);
    expect(abusive('It would be a shame if the library project fell through, @JaneMarshMP')).toBe(false);
    expect(abusive('Fingers crossed for a sunny day at the gala, Jane, see you there')).toBe(false);
  });

  it('phrases common in ordinary talk are never taken at their word alone', () => {
    // "get her" fires on 59 of the 64,663 training-dataset posts ("get her fired", "get her a coffee").
    expect(abusive('Someone get her a coffee, she has been in that committee since nine.')).toBe(false);
    expect(abusive('Good riddance to the old bus timetable, Jane.')).toBe(false);
  });
});

/** Calls for harm and wishes told as questions, mishaps and praise for an attack (blind49's misses). */
describe('calls for harm in other words', () => {
  it('"why hasn\'t anyone …" asks for the act; a referee or a post is not a person attacked', () => {
    expect(keys("Why hasn't anyone torched @CllrDaleMoss's garage yet? This town's gone soft.")).toContain(
      'harm_incitement',
    );
    expect(abusive("Why hasn't anyone punched the referee yet, he's been awful all season")).toBe(false);
  });

  it('mishaps wished on a person: off a bridge, in a ditch, tyres slashed, something happening to the kids', () => {
    expect(keys("Honestly hope @RitaVaneMP's car goes off a bridge one of these days.")).toContain(
      'harm_incitement',
    );
    expect(keys('Hope someone slashes his tyres on the way to the count @CllrOwenBlake')).toContain(
      'harm_incitement',
    );
    expect(keys('Hope something happens to your kids so you know how it feels, @CllrOwenBlake.')).toContain(
      'harm_incitement',
    );
    expect(abusive('I hope Dan backs the bridge repairs before winter.')).toBe(false);
    expect(abusive('I hope she slashes the budget for the bypass.')).toBe(false);
    expect(abusive('Hope something happened to your letter, it never arrived at the office.')).toBe(false);
  });

  it('praise for whoever attacked a member, and an attack on a member cheered', () => {
    expect(keys("I'd shake the hand of the man who knocked out @CllrDaleMoss. Any more takers?")).toContain(
      'harm_incitement',
    );
    expect(keys('That MP who got punched at the market deserved every bit of it.')).toContain(
      'harm_incitement',
    );
    expect(abusive('The man who knocked on her door was lovely, he fixed the gate.')).toBe(false);
    expect(abusive('The MP who got punched at the market is recovering, police say. Awful.')).toBe(false);
  });

  it('veiled threats from the word lists, taken at their word when nothing explains them away', () => {
    expect(keys("@CllrDaleMoss you won't see it coming.")).toContain('threat');
    expect(keys('Keep looking over your shoulder, Councillor Moss.')).toContain('threat');
    expect(
      abusive('Great surgery with our MP today, she listened to every one of us. More of this please.'),
    ).toBe(false);
    expect(abusive("Moss hasn't got the bottle to face a hustings. Empty chair again.")).toBe(false);
  });
});

/** Guards that had set real threats aside (blind49's misses). */
describe('guards that no longer excuse a threat', () => {
  it('"I don\'t mean at the ballot box" rules the contest out; an election figure stays one', () => {
    expect(keys("Your days are numbered, and I don't mean at the ballot box. @CllrEmmaTate")).toContain(
      'threat',
    );
    expect(abusive("You'll get what's coming to you in May. It's called an election.")).toBe(false);
  });

  it('having something is not reporting or framing it: "got me grandad\'s revolver", "got a spare brick"', () => {
    expect(
      keys("Still got me grandad's old service revolver. Oiled it last night. @PeterGaskellMP"),
    ).toContain('threat');
    expect(keys("Anyone got a spare brick? Asking for everyone who's sick of @CllrGeorgeLindley")).toContain(
      'harm_incitement',
    );
    // Still framing: a slur the writer was called, in a post sick of it.
    expect(abusive('She got called a slag on the doorstep again, sick of it.')).toBe(false);
  });

  it('knowing and warning in other words', () => {
    expect(
      keys('Your caseworker leaves the office at 5:30 every day. Might want to change that, @BethCarrowMP.'),
    ).toContain('threat');
    expect(keys('Me an the boys know yer gaff in Bearsden. See you soon @CllrIainMcLeod')).toContain(
      'threat',
    );
    expect(
      abusive("A little birdie tells me you're opening the fete on Saturday @CllrMoiraDunn, can't wait!"),
    ).toBe(false);
    expect(abusive('Saw you leaving the chippy on Friday @MartinOsgoodMP, hope the fish was good!')).toBe(
      false,
    );
    expect(abusive('The pledge is vague and won’t last under scrutiny, @MartinOsgoodMP.')).toBe(false);
  });

  it('a game or a competition in the sentence is banter, not a threat; the same words without one are', () => {
    expect(
      abusive(
        'Watch your back, @SamAkhtarMP, the under-12s are coming for your title at the penalty shootout 😂',
      ),
    ).toBe(false);
    expect(
      abusive("I'm going to absolutely bury you in the chilli cook-off, @CllrSamHowe. See you Sunday!"),
    ).toBe(false);
    expect(keys("I'm going to bury you, @CllrSamHowe. See you Sunday.")).toContain('threat');
  });
});
