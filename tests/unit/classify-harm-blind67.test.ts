import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Wishing and glorifying harm the rules missed in blind67 (2026-12-06, twenty-fourth session; the
 * sentences paraphrase the misses, tests/fixtures/classify/README.md), each beside the harmless post
 * the same words make.
 */

describe('a real misfortune gloated over (rules/gloating.ts)', () => {
  it('finds "couldn\'t happen to a nicer bloke", "hope it\'s the fast sort", "stable. shame."', () => {
    expect(
      keys("cllr sowerby's in intensive care after the crash. couldn't happen to a nicer bloke 😂"),
    ).toContain('harm_incitement');
    expect(keys("heard hebblethwaite's got parkinson's. hope it's the fast sort")).toContain(
      'harm_incitement',
    );
    expect(keys('Cllr Mahmood was attacked outside the library. Popcorn out 🍿')).toContain(
      'harm_incitement',
    );
    expect(keys('Minister Dunmore is in hospital and is "stable". Shame.')).toContain('harm_incitement');
  });

  it('is not sympathy, condemnation of gloaters, or a car crash interview', () => {
    expect(
      abusive('So sorry to hear Cllr Sowerby is in intensive care after the crash. Get well soon, Dave'),
    ).toBe(false);
    expect(
      abusive(
        "People calling Cllr Marsh's cancer karma are vile. Whatever her politics, nobody deserves that",
      ),
    ).toBe(false);
    expect(
      abusive('Cllr Dunmore is in hospital but stable. Thank goodness, what a shame it happened at all'),
    ).toBe(false);
    expect(abusive("Another car crash interview from Pryce 😂 couldn't happen to a nicer bloke")).toBe(false);
  });
});

describe('a name typed in lower case with its "\'s"', () => {
  it('is a person: "hope oakenshaw\'s car crashes"', () => {
    expect(keys("hope oakenshaw's car crashes on the way to dunmere")).toContain('harm_incitement');
  });

  it("is not the town's, nor a leadership bid that crashes", () => {
    expect(abusive("hope the town's bypass goes off the rails, what a waste of money")).toBe(false);
    expect(
      abusive("hope oakenshaw's leadership bid crashes and burns. she'd be a disaster for the party"),
    ).toBe(false);
  });
});

describe('praise for whoever attacked them, in more words', () => {
  it('finds honours, a broken nose, "set fire to"', () => {
    expect(
      keys('the woman who threw bleach at cllr tunnicliffe should be on the new year honours list'),
    ).toContain('harm_incitement');
    expect(keys("the man who broke imran chaudry's nose is my personal hero")).toContain('harm_incitement');
  });

  it('is not a scoop, nor a sentence handed down', () => {
    expect(abusive('The journalist who broke the story about Cllr Haddad deserves a medal')).toBe(false);
    expect(abusive("The man who broke Cllr Haddad's nose was jailed today. Hero to nobody")).toBe(false);
  });
});

describe('others asked, and a price on their head, in more words', () => {
  it('finds "who\'s brave enough to do what needs doing", a bounty in pounds, "pay the fine"', () => {
    expect(
      keys("who's brave enough to do what needs doing to Cllr Tunnicliffe? asking for the whole of Wexcombe"),
    ).toContain('harm_incitement');
    expect(
      keys("£500 to whoever gets a proper hit on Fairlie at the count. video or it didn't happen"),
    ).toContain('harm_incitement');
    expect(
      keys("i'll pay the fine for anyone who lamps Cllr Dunmore at full council thursday. dm me"),
    ).toContain('harm_incitement');
  });

  it('is not a prize for a petition or a question', () => {
    expect(abusive('£500 to whoever gets the most signatures on the petition to save the library')).toBe(
      false,
    );
    expect(abusive("£5 to anyone who can explain the Chancellor's plan")).toBe(false);
    expect(
      abusive(
        "who's with me? Let's pack the council meeting on Thursday and ask Cllr Dunmore about the bins",
      ),
    ).toBe(false);
  });
});

describe('mishaps wished in more words', () => {
  it('finds a car off the road, a tree, a prayer, "if there\'s any justice"', () => {
    expect(keys('i prayed tonight that the ministers car goes off the road on the way to Dunmere')).toContain(
      'harm_incitement',
    );
    expect(
      keys('her office manager blocked me. hope he wraps that nice car round a tree on the way home'),
    ).toContain('harm_incitement');
    expect(
      keys("if there's any justice in this world Siobhan Devlin gets a nice aggressive cancer"),
    ).toContain('harm_incitement');
    expect(keys('Minister Dunmore is "stable" after the attack. Shame.')).toContain('harm_incitement');
  });

  it('is not a policy hope', () => {
    expect(
      abusive("if there's any justice the minister will be voted out and the cancer waiting lists will fall"),
    ).toBe(false);
    expect(abusive('I hope the new bypass takes the lorries off the road through the village')).toBe(false);
    expect(abusive("I hope the new bus lane doesn't land us with more traffic, Cllr Pryce")).toBe(false);
  });
});

describe('a violent question answered no', () => {
  it('is not a call: "Hang them all? No. Vote them all out? Absolutely."', () => {
    expect(abusive('Hang them all? No. Vote them all out? Absolutely. Democracy is the weapon.')).toBe(false);
    expect(abusive('@GarethOwensMP Drop dead? No. Drop out of the race? Absolutely, and today please.')).toBe(
      false,
    );
  });

  it('is a call when answered yes, and an insult stays one', () => {
    expect(keys('Should we hang the traitors? Yes. Start with Pryce.')).toContain('threat');
    expect(abusive('Really, you stupid bitch? No.')).toBe(true);
  });
});

describe('the means of self-harm, handed over plainly (older studied sets)', () => {
  it('finds a chair and a rope, the platform edge, a hosepipe', () => {
    expect(
      keys('@EmmaThwaiteMP less about your feelings and more about a chair and a rope. Please.'),
    ).toContain('self_harm');
    expect(
      keys(
        "There's a train every ten minutes through Harnford, Phillips. Just stand a bit closer to the edge.",
      ),
    ).toContain('self_harm');
    expect(
      keys("@ImogenCrossMP got a garage? got a hosepipe? then you've got plans for the weekend"),
    ).toContain('self_harm');
  });

  it('is not a recession, platform safety or gardening', () => {
    expect(abusive("We're closer to the edge of a recession than the Chancellor admits")).toBe(false);
    expect(abusive('Passengers should never stand closer to the edge than the yellow line')).toBe(false);
    expect(abusive('Hosepipe ban lifted at last, Cllr Rigg. Got a hosepipe? Water those beans')).toBe(false);
  });
});
