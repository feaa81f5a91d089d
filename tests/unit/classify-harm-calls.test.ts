import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Calls for harm and self-harm encouragement that blind59 and the older studied sets showed the rules
 * missing (2026-12-06, twenty-third session; the sentences paraphrase the misses,
 * tests/fixtures/classify/README.md), each beside the harmless post the same words make.
 */

describe('a call for harm on people a relative clause describes', () => {
  it('finds "every MP who voted for the bill should be lined up and shot"', () => {
    expect(
      keys('Every MP who voted for the Harbour bill should be lined up and shot. Start with Tennant.'),
    ).toContain('harm_incitement');
    expect(keys('anyone who backed this should be hanged')).toContain('harm_incitement');
  });

  it("is not someone else's view, nor a call to vote them out", () => {
    expect(abusive('People who say she should be shot are sick and should be reported')).toBe(false);
    expect(abusive('Every MP who voted for the bill should be ashamed of themselves')).toBe(false);
    expect(abusive('The MPs who backed this should be voted out in May')).toBe(false);
  });
});

describe('an injury ordered or wished on a part of the person', () => {
  it('finds "break both of his legs", "break his fingers", an order opening its clause', () => {
    expect(
      keys("Someone should break both of Aldridge's legs so he knows what waiting feels like"),
    ).toContain('harm_incitement');
    expect(keys("Any chance someone could pop round and break Hargreaves's fingers")).toContain(
      'harm_incitement',
    );
    expect(keys("Break his legs, that'll stop him canvassing our street")).toContain('harm_incitement');
    expect(keys('Somebody needs tae gie her a right good hidin')).toContain('harm_incitement');
  });

  it('is not an idiom or a complaint', () => {
    expect(abusive("Don't break your arm patting yourself on the back, Minister")).toBe(false);
    expect(abusive('I broke my arm on that pothole, @CllrBrown please get it fixed')).toBe(false);
    expect(abusive("He'll twist your arm to vote for it, he always does")).toBe(false);
  });
});

describe('an attack praised or egged on', () => {
  it('finds praise for whoever did it, and a call to go further', () => {
    expect(keys("I'd shake the hand of anyone who put Gethin Probert in A&E. Genuinely.")).toContain(
      'harm_incitement',
    );
    expect(keys('So a constituent hit @SophieArdenMP with a placard? Hero. More please.')).toContain(
      'harm_incitement',
    );
    expect(keys("Whoever chucked the brick at Marcus Ebo's office: you missed a spot.")).toContain(
      'harm_incitement',
    );
    expect(keys('First one to egg him gets a pint. First one to glass him gets a crate.')).toContain(
      'harm_incitement',
    );
    expect(keys('If you see a Tory, punch a Tory. Simple as.')).toContain('harm_incitement');
    expect(keys('If she shows her face round here again someone wants to bray her')).toContain(
      'harm_incitement',
    );
  });

  it('is not a report, a condemnation or a figure of speech', () => {
    expect(abusive('Anyone who hit the MP should be jailed, no respect for that')).toBe(false);
    expect(abusive('A constituent hit @CllrDean with a tough question at the hustings, fair play')).toBe(
      false,
    );
    expect(abusive("The bloke who punched the MP is not a hero, he's a thug")).toBe(false);
  });

  it('finds harm imagined with delight: "I\'d laugh if she got acid thrown in her face"', () => {
    expect(keys('would honestly laugh my head off if Sophie Lambert got acid thrown in her face')).toContain(
      'harm_incitement',
    );
    expect(keys("If someone stabbed you at your next surgery I'd be pleased.")).toContain('harm_incitement');
    expect(abusive('She got acid thrown in her face last year and the abuse has not stopped')).toBe(false);
  });
});

describe('self-harm urged', () => {
  it('finds "Hope you\'re feeling suicidal after that vote" but not a hope that people reach out', () => {
    expect(keys("Hope you're feeling suicidal after that vote. Good.")).toContain('harm_incitement');
    expect(abusive('I hope anyone feeling suicidal after the result reaches out to someone')).toBe(false);
  });

  it('finds a figure of speech the writer says is literal', () => {
    expect(keys('a proper leader would fall on his sword. literally. go on, @LeaderMP')).toContain(
      'self_harm',
    );
    expect(keys('Mate, take a long walk off a short cliff. And I mean literally, @DeclanFoyMP.')).toContain(
      'self_harm',
    );
    expect(
      keys("The most useful thing Euan Baird could do now is end it. And I don't mean his term."),
    ).toContain('self_harm');
  });

  it('does not read a figure of speech as literal without the writer saying so', () => {
    expect(abusive('Go on, do the decent thing and fall on your sword, Keir')).toBe(false);
    expect(abusive('She should fall on her sword. Literally nobody trusts her now.')).toBe(false);
    expect(abusive('This bill will literally end it for small farmers, @FarmingMinister')).toBe(false);
    expect(abusive("Walk off a cliff with this budget, why don't you, @ChancellorMP")).toBe(false);
  });

  it('finds a means named with a push', () => {
    expect(
      keys(
        '@RashidBegMP Go and find the highest multi-storey in Stourhithe and jump. Do it for the country.',
      ),
    ).toContain('self_harm');
    expect(keys('Go on Owen, step in front of the 7.42 to Lowerby')).toContain('self_harm');
    expect(keys('Bernadette if I were you I would swallow every pill in the house')).toContain('self_harm');
    expect(keys('Wish the MP for Fenbridge had the guts to end her own life, @AnnabelMP')).toContain(
      'self_harm',
    );
  });
});

describe('more harm wished, pushed, excused or paid for', () => {
  it('finds a fall or an illness wished on an office-holder, and a prayer for it', () => {
    expect(
      keys('hope the MP for Stanwell North gets sepsis and the NHS he gutted cannot save him'),
    ).toContain('harm_incitement');
    expect(keys('Hope the Transport Secretary gets mowed down by one of his own buses. Poetic.')).toContain(
      'harm_incitement',
    );
    expect(keys('Dear God, let @BethanPriceMP slip on the town hall steps and not get up. Amen.')).toContain(
      'harm_incitement',
    );
    expect(keys('someone should push @KeithDunmoreMP off Westminster Bridge and film it')).toContain(
      'harm_incitement',
    );
  });

  it('is not a slip in a debate, a stroke of luck or a push for a policy', () => {
    expect(abusive('I hope he slips up in the debate tonight')).toBe(false);
    expect(abusive('hope the MP gets a stroke of luck for once')).toBe(false);
    expect(abusive('hope the minister acts on cancer waiting times')).toBe(false);
    expect(abusive('someone should push the minister to resign')).toBe(false);
    expect(abusive('we should push him on the bus fares issue')).toBe(false);
  });

  it('finds harm excused or paid for in advance', () => {
    expect(keys('If anyone ever did chin @HollyBarrMP, no jury in Lincolnshire would convict.')).toContain(
      'harm_incitement',
    );
    expect(
      keys("Wouldn't it be funny if somebody rammed @CllrHewitt's car outside the council offices"),
    ).toContain('harm_incitement');
    expect(keys("if someone battered Caroline Dutton I'd be made up la")).toContain('harm_incitement');
    expect(keys('whoever gets to pryce-holloway first deserves a knighthood')).toContain('harm_incitement');
    expect(
      keys("Someone egged Cllr Amblethwaite's car last week. Eggs. Amateurs. Step it up lads."),
    ).toContain('harm_incitement');
  });

  it('is not a trial, a race or a joke about a bill', () => {
    expect(abusive('No jury in Leeds would convict him, the evidence was thin')).toBe(false);
    expect(abusive('Whoever gets to the polling station first gets a free pint from me')).toBe(false);
    expect(abusive("Wouldn't it be funny if someone shot down this bill in the Lords")).toBe(false);
  });
});

describe('reported abuse the writer endorses', () => {
  it('is the writer\'s own: "telling you to kill yourself. Maybe listen to them."', () => {
    expect(
      keys(
        "There's a reason thousands of people are telling you to kill yourself, @MP. Maybe listen to them.",
      ),
    ).toContain('self_harm');
  });

  it('is not when the writer says not to listen', () => {
    expect(abusive("People keep telling you to kill yourself, @MP. Don't listen to them.")).toBe(false);
  });
});

describe("someone's whereabouts handed to readers with a nudge", () => {
  it('finds a routine, "plenty of you", "crack on", "no security"', () => {
    expect(
      keys(
        'Anyone in Swindon free on Thursday? He does his advice surgery alone at the community centre, no security.',
      ),
    ).toContain('harm_incitement');
    expect(
      keys(
        "Mate's seen him at the Harvester every Saturday night with his missus. Plenty of you live round there. Crack on.",
      ),
    ).toContain('harm_incitement');
  });

  it('is not a call to volunteer, to come to a surgery or to a fundraiser', () => {
    expect(
      abusive('Anyone in Swindon fancy helping at the food bank on Thursday? @CllrAmy will be there'),
    ).toBe(false);
    expect(
      abusive(
        'Plenty of you live round there, so come to the surgery on Saturday and tell @CllrAmy what you think',
      ),
    ).toBe(false);
    expect(
      abusive(
        'Samaritans volunteers are at the bridge fundraiser Saturday, @HelenMarchMP. Would be great if you could pop by.',
      ),
    ).toBe(false);
  });
});
