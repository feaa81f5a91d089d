import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Threats that blind57 showed the rules missing (2026-12-06, twenty-second session; the sentences
 * paraphrase its misses, tests/fixtures/classify/README.md), each beside the harmless post the same
 * words make: a weapon kept ready, a fire with the person in it, the classic death sentences.
 */

describe('a weapon the writer keeps ready', () => {
  it('is found however it is written: "the hammer\'s in the van", "under the bed", "in me coat"', () => {
    expect(keys("The lump hammer's in the van. You're on Bridge Street Tuesday morning.")).toContain(
      'threat',
    );
    expect(
      keys('machete under the bed since the vote. soon as I see you its coming out @CllrRaviSand'),
    ).toContain('threat');
    expect(
      keys('Kitchen knife in me coat for when @CllrTomBrack does his walkabout in the precinct'),
    ).toContain('threat');
    expect(
      keys('Just bought a new machete off the market. @RuthAllMP you will get to see it up close'),
    ).toContain('threat');
    expect(
      keys("Ye vote fir that bill again an ah'll be waitin ootside fir ye wi somethin sharp @KirstyMSP"),
    ).toContain('threat');
  });

  it('is not a tool, a hobby or a news story', () => {
    expect(
      abusive("The hammer's in the shed if anyone needs it for the community garden, @CllrTomBrack"),
    ).toBe(false);
    expect(
      abusive('Knife skills class at the community kitchen on Friday, thanks @CllrTomBrack for the grant'),
    ).toBe(false);
    expect(
      abusive(
        'soak it in gasoline, put it downrange, hand your girlfriend a rifle loaded with tracers. Great fun',
      ),
    ).toBe(false);
    expect(abusive('Kyle Kashuv says there were dozens of reports about the shooter at my school')).toBe(
      false,
    );
  });
});

describe('a fire with the person in it', () => {
  it('is a threat in any wording', () => {
    expect(keys("back the asylum hotel and we'll burn it AND you @CllrSteveBirt")).toContain('threat');
    expect(
      keys('Nice car @CllrNeilSut. Bet it looks even better on fire with you still belted in'),
    ).toContain('threat');
    expect(
      keys('Letterbox is a lovely wide one at yours @CllrAndyProw. Fits a rag and a bit of petrol perfect.'),
    ).toContain('threat');
  });

  it('is not an idiom or a debate', () => {
    expect(abusive('She was on fire with her answers at PMQs today, brilliant')).toBe(false);
    expect(abusive("They'll burn it and you know it: this bill is dead on arrival")).toBe(false);
    expect(
      abusive(
        'Fire safety week: is your letterbox fitted with a guard? Ask the fire service for a free check',
      ),
    ).toBe(false);
  });
});

describe('the classic death sentences', () => {
  it('are threats when said to someone', () => {
    expect(keys("Sign off the bus cuts and that's the last thing you'll ever sign, Cllr Booth")).toContain(
      'threat',
    );
    expect(keys("That's the last thing you'll ever do @JoBrandMP")).toContain('threat');
    expect(keys("You won't live to see Christmas @JoBrandMP")).toContain('threat');
    expect(keys("Make that speech and I'll make sure it's your last @JoBrandMP")).toContain('threat');
    expect(keys('Close the ward and I will close your eyes for good @JoBrandMP')).toContain('threat');
    expect(keys('gonna bleed you out @CllrLeonPik')).toContain('threat');
    expect(
      keys('If someone runs @JoBrandMP over at the canvass, no jury in the land would convict'),
    ).toContain('harm_incitement');
  });

  it('include the forms threats to MPs are reported in', () => {
    for (const text of [
      "you're going to get what Jo Cox got @JoBrandMP",
      "your family isn't safe @JoBrandMP",
      "you're a marked man @JoBrandMP",
      'line them up against a wall, starting with @JoBrandMP',
      "you're getting a kicking @JoBrandMP",
      'hope your car blows up @JoBrandMP',
    ])
      expect(abusive(text), text).toBe(true);
  });

  it('and so do calls for harm, self-harm pushes and sexism in their common forms', () => {
    expect(keys('round them up and shoot them, @JoBrandMP first')).toContain('harm_incitement');
    expect(keys('the world would be better if you killed yourself @JoBrandMP')).toContain('self_harm');
    expect(keys("she only got the job because she's a woman @JoBrandMP")).toContain('misogyny');
    expect(keys('@JoBrandMP should stick to making sandwiches')).toContain('misogyny');
    expect(keys("can't wait to dance on your grave @JoBrandMP")).toContain('harm_incitement');
    expect(keys('you need a slap @JoBrandMP')).toContain('harm_incitement');
    expect(keys('anyone got her address @JoBrandMP')).toContain('doxxing');
    expect(abusive('That kid needs a slap on the wrist, not prison, says @JoBrandMP')).toBe(false);
    expect(abusive('anyone got the address for the surgery? Want to drop off a petition @JoBrandMP')).toBe(
      false,
    );
    expect(abusive('When Thatcher died people danced on her grave in Brixton, the BBC reported')).toBe(false);
    expect(abusive("She got the job because she's a woman with 20 years in the NHS and the best CV")).toBe(
      false,
    );
  });

  it('are not the same words about a project or a career', () => {
    expect(abusive("He's a marked man in the leadership contest after that vote")).toBe(false);
    expect(
      abusive("Tories are getting a kicking in the polls and you're getting a kicking in May @JoBrandMP"),
    ).toBe(false);
    expect(abusive("Most of us won't live to see HS2 finished at this rate")).toBe(false);
    expect(abusive('This will be the last budget you ever sign off as chancellor, the polls say so')).toBe(
      false,
    );
    expect(abusive("I'm coming for her seat at the next election and I'll win it fair and square")).toBe(
      false,
    );
  });
});

describe('harmless posts that blind57 flagged', () => {
  it('a quote closed after its own full stop is a quote', () => {
    expect(
      abusive(
        "'You'll get what's coming to you.' That's what one message to our councillor said. She's reported it.",
      ),
    ).toBe(false);
    expect(keys("You'll get what's coming to you @CllrJoHale. She reported it? So what.")).toContain(
      'threat',
    );
  });

  it('a weak phrase in a post about the threats someone gets, or beside a protest, is told, not made', () => {
    expect(
      abusive(
        'Huge respect to @HelenTarrMP for speaking about the death threats she has had. No one in public life should need a panic button.',
      ),
    ).toBe(false);
    expect(abusive('Kill the bill. Parliament Square Saturday 12pm, bring placards, bring your mates.')).toBe(
      false,
    );
  });

  it('safety advice, and a pub game', () => {
    expect(
      abusive('Keeping your home address off the ballot paper is your right as a candidate, use it.'),
    ).toBe(false);
    expect(
      abusive('@CllrDerekMoss you got destroyed at darts last night mate. Rematch Thursday, loser buys 🎯'),
    ).toBe(false);
    expect(keys("@CllrDerekMoss you're a loser and everyone knows it")).toContain('personal_insult');
  });
});

describe('harsh criticism in violent figures of speech (critic3)', () => {
  it('a figure said of a thing is not a threat or a call for harm', () => {
    expect(
      abusive('He can spin it however he likes, the pension triple lock pledge is six feet under.'),
    ).toBe(false);
    expect(abusive("The council's new 'consultation' on bins is a firing squad with a feedback form.")).toBe(
      false,
    );
    expect(
      abusive("The 'Levelling Up' mission for Gritham was executed by firing squad at the review."),
    ).toBe(false);
    expect(abusive("Genuinely think the leader's position is untenable. He's a dead man walking.")).toBe(
      false,
    );
    // The same figures said of a person still are.
    expect(keys('@TrevorDunnMP deserves a public execution for the PPE contracts')).toContain(
      'harm_incitement',
    );
  });

  it('a bomb or coffin emoji illustrating a word or mourning a vote is not a threat', () => {
    expect(abusive('💣 Bombshell: @CllrTimGrange knew about the asbestos for TWO YEARS. Resign.')).toBe(
      false,
    );
    expect(
      abusive('⚰️⚰️⚰️ for the Conservative vote in Milborne Cross after @CllrTimGrange and the U-turn'),
    ).toBe(false);
    expect(
      abusive('Even the Whips cannot resuscitate this Bill, @CllrTimGrange. 41 rebels. It is dead. ⚰️'),
    ).toBe(false);
    expect(keys("Yusuf Patel's surgery should come with a bomb disposal team, just in case 💣")).toContain(
      'threat',
    );
    expect(keys('⚰️ @CllrTimGrange see you soon')).toContain('threat');
  });

  it('one bomb or coffin emoji in a post about a record is weak evidence; a knife keeps its weight', () => {
    expect(abusive("⚰️ for Lewis Carnduff's career after that interview 💀💀")).toBe(false);
    expect(
      abusive('Fresh from gutting the library service, @CllrPamRix wants a photo op. The brass neck. ⚰️📚'),
    ).toBe(false);
    expect(keys('jk jk obviously… unless you actually vote for it 🙂🔪')).toContain('threat');
    expect(keys('⚰️ @CllrPamRix soon')).toContain('threat');
  });
});
