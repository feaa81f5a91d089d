import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Threats the rules missed in blind65 and the older studied sets (2026-12-06, twenty-fourth session; the
 * sentences paraphrase the misses, tests/fixtures/classify/README.md), each beside the harmless post
 * the same words make.
 */

describe('an injury to the whole of a part, and in other voices', () => {
  it('finds "break every bone in that smug face" and "every bone in your body"', () => {
    expect(
      keys("The day you come back to Marlow Street I'm going to break every bone in that smug face"),
    ).toContain('threat');
    expect(keys("I'm going to break every bone in your body, Hollis")).toContain('threat');
  });

  it('finds Scots, Geordie and Yorkshire forms', () => {
    expect(keys('Am gonnae batter ye, Baird, see when ye come up the road')).toContain('threat');
    expect(
      keys("Haway man Dunkerley ye'll get yer heed kicked in next time ye show up on Shields Road"),
    ).toContain('threat');
    expect(keys("Tha'll be gettin' thi face rearranged if tha shows up at Calderby market again")).toContain(
      'threat',
    );
    expect(keys("if ah catch ye at the gala ah'll tan yer jaw in")).toContain('threat');
    expect(keys("Pellow ye'll be gettin chibbed if ye come doon the Quayside again")).toContain('threat');
  });

  it('is not an accident, a complaint or an idiom', () => {
    expect(abusive("This winter you'll break every bone in your body on these icy pavements")).toBe(false);
    expect(abusive('I broke every bone in my foot on that pothole, @CllrBrown')).toBe(false);
    expect(abusive("Tha'll be gettin' thi face on the telly again after that speech, Stanmore")).toBe(false);
  });
});

describe('a guarantee that the person will never walk or feel safe again', () => {
  it('finds "I will personally see to it that X never walks properly again"', () => {
    expect(keys('I will personally see to it that Lewis Carnduff never walks properly again.')).toContain(
      'threat',
    );
    expect(keys('Keep voting for this and I will make sure your wife never feels safe again')).toContain(
      'threat',
    );
  });

  it('is not a promise about votes, nor an injury nobody brings about', () => {
    expect(abusive("I'll make sure you never get elected again, Carnduff")).toBe(false);
    expect(
      abusive("I'll make sure he never walks into this constituency again without answering for it"),
    ).toBe(false);
    expect(abusive('We will make sure no family ever feels unsafe again')).toBe(false);
    expect(
      abusive('After the crash doctors fear the councillor may never walk again. Thoughts with her family'),
    ).toBe(false);
  });
});

describe('what the person is left as', () => {
  it('finds teeth off the pavement, a new set of teeth, a last breath', () => {
    expect(keys("she'll no be smilin' when she's pickin her teeth up aff the pavement")).toContain('threat');
    expect(keys("you'll need a new set of teeth by Christmas @SandraBrimbleCllr")).toContain('threat');
    expect(keys("You'll be taking your last breath soon enough @JoelMarksMP")).toContain('threat');
    expect(keys("if that hotel opens his house is next to go up. i'll light it myself")).toContain('threat');
  });

  it('is not a dentist or a toothpick', () => {
    expect(
      abusive('Waited two years for an NHS dentist. I need a new set of teeth by Christmas at this rate'),
    ).toBe(false);
    expect(abusive('She was picking her teeth at PMQs, absolutely no interest in the debate')).toBe(false);
  });
});

describe('an injury or its aftermath foretold to the person', () => {
  it('finds hospital food, a neck brace, teeth in the ballot box, a surgeon putting them back together', () => {
    expect(keys("Hope you like hospital food Kwame because you'll be on it for months.")).toContain('threat');
    expect(keys("you'll be spitting your own teeth into the ballot box @ImranShafiqMP")).toContain('threat');
    expect(
      keys("By the time we're done the surgeon'll need a jigsaw to put you back together, Pennock"),
    ).toContain('threat');
    expect(keys("next time you do a walkabout you'll be going home in a neck brace, Cllr Haddad")).toContain(
      'threat',
    );
  });

  it('is not waiting for care, nor a headline about what is left of someone', () => {
    expect(abusive("You'll be waiting 12 hours for an ambulance under this government, Kwame")).toBe(false);
    expect(abusive("Under your cuts you'll be in a corridor on a trolley before you see a surgeon")).toBe(
      false,
    );
    expect(abusive("Chillin with my homie or what's left of him: that photo is sickening")).toBe(false);
  });
});

describe('a campaign to get something fixed, and boundaries', () => {
  it("is not a threat to be at someone's surgery every week until the damp is fixed", () => {
    expect(
      abusive("I'll be at your surgery every week until the damp in my daughter's flat gets fixed"),
    ).toBe(false);
    expect(keys("I'll be waiting at your house until you come home")).toContain('threat');
  });

  it('reads "your days are numbered" beside a boundary review as electoral', () => {
    expect(abusive('Your days are numbered Cllr Tranter, the boundary review abolishes your ward')).toBe(
      false,
    );
  });
});

describe('a beating promised to someone else', () => {
  it('finds "she\'s gonna get proper leathered", "gettin chibbed the minute", "a right hidin next time"', () => {
    expect(
      keys("that Kerr one wants to watch herself. she's gonna get proper leathered an left in the Mersey"),
    ).toContain('threat');
    expect(keys("Cllr Shafiq's gettin chibbed the minute he steps aff the train at Queen Street")).toContain(
      'threat',
    );
    expect(keys("Cllr Tranter's gonna get a right hidin next time she comes down the market")).toContain(
      'threat',
    );
  });

  it('is not a press mauling, a defeat or an accident waiting to happen', () => {
    expect(abusive("he's getting battered by the press this week")).toBe(false);
    expect(abusive("She's gonna get a right hiding at the ballot box in May")).toBe(false);
    expect(abusive("she's gonna get hurt if they don't fix these pavements")).toBe(false);
  });
});

describe('an end foretold, then said not to be a figure of speech', () => {
  it('finds "you\'re finished. Not politically.", "Not his career. Him."', () => {
    expect(keys("Abstain on Thursday and you're finished. Not politically. Finished.")).toContain('threat');
    expect(keys("I'm going to end Dominic Ashgrove. Not his career. Him.")).toContain('threat');
  });

  it('is not a policy that will kill people, nor a denial that opens a sentence', () => {
    expect(
      abusive('Cutting disability benefits and calling it reform. This will kill people. Not a metaphor.'),
    ).toBe(false);
    expect(abusive("The minister's career is over. Not politically dead yet, but close")).toBe(false);
  });
});

describe('a vote made the condition of what will happen to the person', () => {
  it('finds "sign off that wind farm and something of yours…", "vote wrong and … your last one"', () => {
    expect(
      keys('Sign off that wind farm and something of yours will be on the bonfire, Cllr Daltry'),
    ).toContain('threat');
    expect(keys("one vote. that's all it takes. vote wrong and friday's surgery is your last one")).toContain(
      'threat',
    );
    expect(keys("Keep voting like that and you'll be needing bodyguards, Minister.")).toContain('threat');
  });

  it('is not an electoral warning or a policy consequence', () => {
    expect(abusive('Vote for the cuts and see what happens at the next election, Minister')).toBe(false);
    expect(
      abusive(
        'Keep voting until Brussels gets the result it wants. Call another referendum and see what happens',
      ),
    ).toBe(false);
    expect(
      abusive('Vote for this budget and it will be your last as Chancellor, the backbenches will see to it'),
    ).toBe(false);
    expect(abusive('Close the library and your kids will have nowhere to do their homework')).toBe(false);
  });
});

describe('a beating told as a noun', () => {
  it('is a defeat at the hustings or in the press, but a punch at the hustings happened', () => {
    expect(
      abusive('she got a kicking at the hustings in Ipswich last night and deserved every second of it'),
    ).toBe(false);
    expect(
      keys('bev hartigan getting punched at that hustings was the best thing ive seen all year'),
    ).toContain('harm_incitement');
  });
});

describe('something to burn with, beside their home', () => {
  it('finds "your kids\' bedroom … full of flammable stuff"', () => {
    expect(
      keys(
        "Your kids' bedroom is the one over the garage isn't it Tom. Garages are full of flammable stuff.",
      ),
    ).toContain('threat');
  });

  it('is not fire safety advice', () => {
    expect(abusive('Garages are full of flammable stuff, so check your smoke alarm this bonfire night')).toBe(
      false,
    );
  });
});
