import { describe, expect, it } from 'vitest';
import { abusive, keys } from './classifyProbe';

/**
 * Harmless posts that look like abuse to a word matcher, as harmless2 showed them (2026-12-06,
 * twenty-first session; the sentences paraphrase its false alarms, tests/fixtures/classify/README.md),
 * each beside the abuse the same words still make.
 */

describe('banter and the writer about themselves', () => {
  it('a mild insult in a warm post, or of the writer, is not an insult', () => {
    expect(
      abusive('@CllrJoHale you absolute plonker, you left your keys in my van again. Ta for the lift'),
    ).toBe(false);
    expect(abusive('Happy birthday to the grumpiest old git on the council, @CllrJoHale 🎂')).toBe(false);
    expect(abusive("I'm the muppet for believing the manifesto, honestly. Never again.")).toBe(false);
    expect(keys('@CllrJoHale you absolute plonker, worst councillor this ward has had')).toContain(
      'personal_insult',
    );
    expect(keys('Thanks for nothing, you absolute muppet @CllrJoHale')).toContain('personal_insult');
    // Sarcastic thanks: for a harm done, or about a policy.
    expect(keys('Thanks a lot @CllrJoHale, you absolute muppet, for closing our library')).toContain(
      'personal_insult',
    );
    expect(
      keys('Cheers @CllrJoHale you plonker, the cuts to the bus budget have wrecked my commute'),
    ).toContain('personal_insult');
    expect(abusive("Oi @TillyBrookMP you plonker, you left your phone in the cab. Cuppa's on you")).toBe(
      false,
    );
    // An insult said of an animal, not of a channel called Fox.
    expect(abusive('Ta @CllrJoHale for the new bins. Bastard fox had been ripping the old ones open')).toBe(
      false,
    );
    expect(keys('@CllrJoHale is a total asshole. Fox should drop him')).toContain('personal_insult');
    // Sarcasm: the other is the idiot.
    expect(keys("@CllrJoHale you blocked me and I'm the idiot? Pathetic idiot.")).toContain(
      'personal_insult',
    );
  });
});

describe('animals, emoji and figures of speech', () => {
  it('an animal emoji that illustrates animals talked of, and pigs at the trough', () => {
    expect(
      abusive(
        'Rat the size of a cat by the bins on Carlton Terrace again 🐀 @CllrBevMills pest control please',
      ),
    ).toBe(false);
    expect(abusive('MPs are still pigs at the trough with their expenses. Nothing changes 🐖')).toBe(false);
    expect(abusive('@CllrBevMills 🐀🐀🐀')).toBe(true);
  });

  it('a weapon emoji beside a laugh, or after the word it illustrates', () => {
    expect(abusive('Cutting youth services is a ticking time bomb 💣 @NadiaVeleyMP')).toBe(false);
    expect(abusive('@RhysPennMP got headshotted 40 times at the gaming night 🎮🔫😂')).toBe(false);
    expect(abusive('@NadiaVeleyMP 🔫🔫 see you at the surgery')).toBe(true);
  });
});

describe('addresses given freely, news and medicine', () => {
  it("an event's venue and the writer's own address are not exposure", () => {
    expect(
      abusive(
        "Summer fete Sat 14 June, 12–4pm, St Mary's, Church Lane, Ashby LE65 1HA. Tombola and dog show",
      ),
    ).toBe(false);
    expect(
      abusive(
        "I've lived at 4 Tannery Row for 30 years and the bus is now twice a day. Thanks for nothing, committee.",
      ),
    ).toBe(false);
    expect(
      keys("She's lived at 4 Tannery Row for 30 years. Go and tell her what you think of her."),
    ).toContain('doxxing');
    // The writer's own office, postcode and phone; someone else's number is still exposure.
    expect(
      abusive(
        "I'm the MP and I do read these. Please contact me via my office: 9 Castle Chambers, Wrexford, WR1 4HT, or 01632 960118. Not via my family.",
      ),
    ).toBe(false);
    expect(keys('Got her personal number: 07700 900123. Ring it any time, she loves a chat')).toContain(
      'doxxing',
    );
  });

  it('an identity word the writer also uses of themselves', () => {
    expect(
      abusive("Tribunal delays are hitting autistic adults hardest. I'm autistic and still waiting."),
    ).toBe(false);
  });

  it('a court report quoting the abuse, naloxone training, a Dyke March', () => {
    expect(
      abusive(
        'Court report: a man pleaded guilty after emailing @NadiaVeleyMP that she "deserved to be raped".',
      ),
    ).toBe(false);
    expect(
      abusive('Naloxone training Thursday 6pm: learn to reverse an opioid overdose. @CllrJimRoe hosting'),
    ).toBe(false);
    expect(abusive("Dyke march was huge this year. Shame our MP didn't come.")).toBe(false);
  });
});

describe('elections told in threats', () => {
  it('"in May" is the local elections, unless the writer rules the contest out', () => {
    expect(abusive("We'll bury you in May, @CllrMartinCrowe. Every door I knock on says never again.")).toBe(
      false,
    );
    expect(abusive('Lost three by-elections and still here. Your days are numbered, @FionaLeeMP')).toBe(
      false,
    );
    expect(abusive("We'll bury you in May, @CllrMartinCrowe, and I don't mean at the polls.")).toBe(true);
  });
});
